"""Pages of a query's rows counted in the same query as the page."""

from django.core.paginator import Paginator
from django.db.models import Count, Window

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
