"""Pages of a query's rows counted in the same query as the page, and pages as kept (rows, number
and count, without the query)."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Count, Window
from django.utils.functional import cached_property

_TOTAL = "paginator_total"
MAX_PAGE_ASKED_DIRECTLY = 10_000


class OneQueryPaginator(Paginator):
    """Django's paginator, counting the whole list with the rows of the page asked for
    (`COUNT(*) OVER ()`): one query where Django's makes two, a count and then the page, each
    repeating a search's matching. `get_page` behaves as Django's: a number that is not one
    shows the first page; one below the first or past the last shows the last (found with a
    count first, then, as Django does)."""

    def get_page(self, number):
        try:
            wanted = _page_number(number)
        except ValueError:
            wanted = 1
        if not 1 <= wanted <= MAX_PAGE_ASKED_DIRECTLY or self.object_list.query.distinct:
            # Below the first page or far past any last one (an offset no database takes); or
            # rows made distinct after the window has counted them.
            return super().get_page(number)
        bottom = (wanted - 1) * self.per_page
        counted = self.object_list.annotate(**{_TOTAL: Window(Count("pk"))})
        rows = list(counted[bottom : bottom + self.per_page])
        if rows:
            self.count = getattr(rows[0], _TOTAL)  # Paginator.count is a cached property
        elif wanted == 1:
            self.count = 0
        else:
            return super().get_page(number)
        return self._get_page(rows, wanted, self)


def _page_number(number):
    """`number` read as Django's paginator reads it; ValueError when it is not a number."""
    try:
        if isinstance(number, float) and not number.is_integer():
            raise ValueError
        return int(number)
    except TypeError as error:
        raise ValueError from error


class CountedPaginator(Paginator):
    """Django's paginator over a list whose count is known already (not counted again)."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


@dataclass(frozen=True)
class PageRows:
    """A page of a list, as it can be kept: its rows, its number and the list's count."""

    rows: list
    number: int
    count: int

    def page(self, per_page):
        """The Django page these are, for templates (numbers, next and previous, page ranges)."""
        return Page(self.rows, self.number, CountedPaginator(self.rows, per_page, self.count))


def page_rows_read(object_list, per_page, number, count=None):
    """PageRows of page `number` of `object_list` (a queryset), asked for as Django's `get_page`
    reads it; in one query with OneQueryPaginator, or with the `count` given."""
    if count is None:
        paginator = OneQueryPaginator(object_list, per_page)
    else:
        paginator = CountedPaginator(object_list, per_page, count)
    page = paginator.get_page(number)
    return PageRows(list(page.object_list), page.number, paginator.count)
