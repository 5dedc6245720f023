"""The query parameters a public view reads, declared on the view for shared caches.

A view says which parameters it reads and how each is written in one canonical way:

    @query_params(q=FREE_TEXT, ccg=upper, page=number)
    def practice_finder(request): ...

The visitor cache (`llr_site/visitor_cache.py`) then hands the view only those parameters, in
their canonical form, and keys its copy on them: unknown parameters, their order and the case of
their names make no new entries. A request with free text (a search anyone can vary at will) is
rendered and never kept. A value no normaliser accepts (`page=abc`) is rendered and not kept
either; so is a response the view marks `Cache-Control: private` (a filter value that is not one
of its choices), so what is kept is bounded by the site's own data.

A view without a declaration reads no parameters: every parameter is dropped.

Declarations are kept by the view's module and qualified name, which django CMS's apphook
resolver keeps when it wraps a view (it drops the function's other attributes).
"""

FREE_TEXT = "free text"
MAX_NUMBER = 10**6
_declared = {}


def query_params(**normalisers):
    """Declare the parameters a view (a function, or a class whose instances are views) reads:
    name -> a normaliser (a function from the raw value to its canonical text, or None when the
    value is not acceptable) or `FREE_TEXT`."""

    def declare(view):
        _declared[_view_name(view)] = normalisers
        return view

    return declare


def declared_params(view):
    """The parameters declared for `view` (as resolved: possibly wrapped, or an instance)."""
    return _declared.get(_view_name(view), {})


def _view_name(view):
    qualname = getattr(view, "__qualname__", None) or type(view).__qualname__
    return f"{view.__module__}.{qualname}"


def text(value):
    return value


def upper(value):
    return value.upper()


def lower(value):
    return value.lower()


def one_of(*choices):
    """One of a few fixed words, in any case."""

    def normalise(value):
        return value.lower() if value.lower() in choices else None

    return normalise


def number(value):
    """A positive whole number below a million, without leading zeros."""
    if not value.isascii() or not value.isdigit() or int(value) >= MAX_NUMBER:
        return None
    return str(int(value))


def flag(value):
    """A checkbox: on in whatever way a browser or a person writes it, else absent."""
    return "on" if value.lower() in ("on", "1", "true", "yes") else ""


def canonical_query(declared, query):
    """`query` (a QueryDict) reduced to the `declared` parameters in canonical form: a sorted
    list of (name, value) pairs, or None when it holds free text or an unacceptable value.
    Empty values are dropped; of a repeated parameter the last counts, as `QueryDict.get` does."""
    pairs = {}
    for raw_name, values in query.lists():
        name = raw_name.strip().lower()
        if name not in declared:
            continue
        value = " ".join(values[-1].split())
        if not value:
            pairs.pop(name, None)
            continue
        normaliser = declared[name]
        if normaliser == FREE_TEXT:
            return None
        canonical = normaliser(value)
        if canonical is None:
            return None
        if canonical:
            pairs[name] = canonical
    return sorted(pairs.items())
