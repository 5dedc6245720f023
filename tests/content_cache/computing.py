"""A computation that notes each time it runs, for tests of what is kept."""


def counted(calls, value):
    """A compute function returning `value` that appends it to `calls` each time it runs."""

    def compute():
        calls.append(value)
        return value

    return compute
