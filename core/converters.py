"""Path converters for the site's URLs: `<id:pk>` and `<ods_code:code>`.

Both are bounded, so that an odd URL is a 404 and never a value the database cannot take. Under
an apphook django CMS matches the converter's regex but hands the view the string (it rebuilds
`path()` routes as regexes): views pass the value to a selector, which accepts either.
"""


class IdConverter:
    """A database id: 1 to 18 digits, which always fits a 64-bit integer column."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class OdsCodeConverter:
    """An ODS organisation code (C82001, U60176, 04C): letters and digits, at most 10."""

    regex = "[A-Za-z0-9]{1,10}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value
