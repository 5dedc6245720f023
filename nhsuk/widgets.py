"""NHS.UK form widgets."""

from functools import lru_cache

from django import forms


class Select(forms.Select):
    """The NHS.UK select (`nhsuk-select`), each distinct one rendered once per process.

    Django renders a select through a template per option, tens of microseconds each: the
    finder's and the library's filters cost one to three milliseconds on every search. What a
    select renders depends only on its name, value, attributes and choices, so its HTML is kept
    under exactly those (the last 512 distinct ones): new choices or a new value render afresh."""

    def __init__(self, attrs=None, choices=()):
        super().__init__({"class": "nhsuk-select", **(attrs or {})}, choices)

    def render(self, name, value, attrs=None, renderer=None):
        if not isinstance(self.choices, list | tuple):  # a query's choices: read each time
            return super().render(name, value, attrs, renderer)
        return _select_html(
            name,
            _frozen(value),
            _frozen(self.attrs),
            _frozen(attrs or {}),
            _frozen(self.choices),
            renderer,
        )


@lru_cache(maxsize=512)
def _select_html(name, value, base_attrs, attrs, choices, renderer):
    return forms.Select(dict(base_attrs), choices).render(name, value, dict(attrs), renderer)


def _frozen(value):
    """`value` made hashable: lists as tuples, dicts as their items (in their order, which is
    the order of the HTML attributes). Only what is not hashable already is walked into: a
    list of (value, label) pairs is one tuple, a select's grouped choices a tuple per group."""
    if isinstance(value, dict):
        return tuple((key, _frozen(item)) for key, item in value.items())
    if isinstance(value, list | tuple):
        flat = tuple(value)
        try:
            hash(flat)
        except TypeError:
            return tuple(_frozen(item) for item in value)
        return flat
    return value
