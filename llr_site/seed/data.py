"""Reads the seed's data files (TOML, under `content/`) and checks their shape.

A file the loader cannot use is refused before anything is written, with a message that names the
file and the entry, so that an editor who mistyped a field knows where to look.
"""

import datetime
import tomllib
from pathlib import Path

CONTENT = Path(__file__).resolve().parent / "content"


class SeedDataError(Exception):
    """A seed data file that is missing, is not valid TOML or does not have the expected fields."""


def toml_read(path):
    """The TOML document at `path`, as a dict."""
    try:
        with open(path, "rb") as file:
            return tomllib.load(file)
    except OSError as error:
        raise SeedDataError(f"{path}: cannot be read ({error.strerror}).") from error
    except tomllib.TOMLDecodeError as error:
        raise SeedDataError(f"{path}: not valid TOML ({error}).") from error


def manifest_read(path, table):
    """A manifest holding only `[[table]]` entries: its data, or a SeedDataError naming the file."""
    data = toml_read(path)
    unknown = sorted(set(data) - {table})
    if unknown:
        raise SeedDataError(f"{path}: unknown table(s) {', '.join(unknown)}; expected [[{table}]].")
    return data


def entries(data, name, path, required, optional=None, where=""):
    """The tables of the array `[[name]]` in `data`, checked and completed with defaults.

    `required` maps each field that must be given to its type, or to the tuple of the texts it
    may be (a model's choices); `optional` maps each field that may be left out to its default
    (whose type it must have). Any other field is refused: a misspelt name would otherwise be
    silently ignored.
    """
    optional = optional or {}
    tables = data.get(name, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise SeedDataError(f"{path}: {where}{name!r} must be an array of tables ([[{name}]]).")
    checked = []
    for number, table in enumerate(tables, 1):
        entry = f"{where}[[{name}]] number {number}"
        unknown = sorted(set(table) - set(required) - set(optional))
        if unknown:
            raise SeedDataError(f"{path}: {entry} has unknown field(s) {', '.join(unknown)}.")
        for field, kind in required.items():
            if field not in table:
                raise SeedDataError(f"{path}: {entry} lacks the field {field!r}.")
            _check_type(path, entry, field, table[field], kind)
        for field, default in optional.items():
            if field in table:
                _check_type(path, entry, field, table[field], type(default))
        checked.append({**optional, **table})
    return checked


def _check_type(path, entry, field, value, kind):
    if isinstance(kind, tuple):
        if value not in kind:
            raise SeedDataError(
                f"{path}: {entry}: {field!r} must be one of {', '.join(kind)}, not {value!r}."
            )
        return
    # TOML booleans are Python ints too; a count given as `true` is a mistake.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SeedDataError(
            f"{path}: {entry}: {field!r} must be {_TYPE_NAMES.get(kind, kind.__name__)}, "
            f"not {value!r}."
        )


_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
    dict: "a table",
    datetime.date: "a date (YYYY-MM-DD)",
}
