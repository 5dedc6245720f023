"""Reads: a page of search results, best bets, the search report for staff."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Q, Sum
from django.utils import timezone

from search import conf
from search.backends import Filters, backend_get
from search.models import BestBet, Entry, QueryCount
from search.query import query_normalise, query_parse


@dataclass
class Results:
    """What the results page shows for a query."""

    query: object
    hits: list = field(default_factory=list)
    total: int = 0
    kind_counts: dict = field(default_factory=dict)
    suggestion: str | None = None
    best_bets: list = field(default_factory=list)
    page: int = 1
    pages: int = 0


def search_results(text, *, kinds=(), ccg="", withdrawn=False, page=1):
    """Results for the words `text` (any string), filtered; `page` counts from 1."""
    query = query_parse(text)
    results = Results(query=query, page=page)
    if query.is_empty:
        return results
    filters = Filters(today=timezone.localdate(), kinds=tuple(kinds), ccg=ccg, withdrawn=withdrawn)
    backend = backend_get()
    per_page = conf.SEARCH_RESULTS_PER_PAGE
    found = backend.search(query, filters, offset=(page - 1) * per_page, limit=per_page)
    results.kind_counts = found.kind_counts
    results.total = (
        sum(found.kind_counts.get(kind, 0) for kind in kinds) if kinds else found.total_all_kinds
    )
    results.pages = -(-results.total // per_page)
    results.hits = found.hits
    results.best_bets = best_bet_list(query.text, filters.today) if page == 1 else []
    if not results.total:
        results.suggestion = backend.suggest(query, filters)
    return results


def best_bet_list(text, today):
    """The best bets for a query with the entries they pin, only those the public may see."""
    bets = list(BestBet.objects.filter(query=query_normalise(text)))
    if not bets:
        return []
    entries = {
        entry.url: entry
        for entry in Entry.objects.filter(
            Q(visible_from__isnull=True) | Q(visible_from__lte=today),
            url__in=[bet.url for bet in bets],
            withdrawn=False,
        )
    }
    return [(bet, entries[bet.url]) for bet in bets if bet.url in entries]


def entry_public_with_url(url):
    """The entry at `url` that the public may find today, or None."""
    today = timezone.localdate()
    return (
        Entry.objects.filter(Q(visible_from__isnull=True) | Q(visible_from__lte=today), url=url)
        .filter(withdrawn=False)
        .first()
    )


def query_report(days=None, *, limit=50):
    """The most frequent searches and those that found nothing over the last `days` days."""
    days = days or conf.SEARCH_LOG_DAYS
    since = timezone.localdate() - timedelta(days=days - 1)
    counts = (
        QueryCount.objects.filter(day__gte=since)
        .values("query")
        .annotate(times=Sum("searches"), unfound=Sum("without_results"))
    )
    return {
        "days": days,
        "frequent": list(counts.order_by("-times", "query")[:limit]),
        "unfound": list(counts.filter(unfound__gt=0).order_by("-unfound", "query")[:limit]),
        "total": QueryCount.objects.filter(day__gte=since).aggregate(total=Sum("searches"))["total"]
        or 0,
    }
