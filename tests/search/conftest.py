import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the index's receivers, the text-reading task) as the
    block ends, as a real commit would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
