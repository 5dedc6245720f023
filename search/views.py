"""/search/, /robots.txt."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from search import conf, selectors, services
from search.backends import MARK_END, MARK_START
from search.forms import SearchForm, ccg_choices
from search.models import Entry
from search.query import query_normalise


def snippet_html(snippet):
    """The snippet escaped, then its matched words in <mark>: no HTML from a document gets
    through."""
    return mark_safe(
        escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")  # noqa: S308
    )


@require_safe
def search(request):
    # /search/ hangs on no CMS page: saying so spares the CMS looking for one (two queries).
    request.current_page = None
    form = SearchForm(request.GET, ccg_choices())
    criteria = form.criteria()
    results = selectors.search_results(
        criteria["text"],
        kinds=criteria["kinds"],
        ccg=criteria["ccg"],
        withdrawn=criteria["withdrawn"],
        page=criteria["page"],
    )
    if not results.query.is_empty and criteria["page"] == 1:
        services.query_count(query_normalise(criteria["text"]), found=bool(results.total))
    # The numbers only (the hits are already one page): the pagination component needs a page.
    paginator = Paginator(range(results.total), conf.SEARCH_RESULTS_PER_PAGE)
    page_obj = paginator.get_page(results.page)
    kinds = dict(Entry.Kind.choices)
    hits = [
        {"hit": hit, "kind": kinds[hit.kind], "snippet": snippet_html(hit.snippet)}
        for hit in results.hits
    ]
    return render(
        request,
        "search/results.html",
        {
            "form": form,
            "text": results.query.text,
            "results": results,
            "hits": hits,
            "kind_counts": [
                (kind, label, results.kind_counts.get(kind, 0))
                for kind, label in Entry.Kind.choices
            ],
            "first": (results.page - 1) * conf.SEARCH_RESULTS_PER_PAGE + 1,
            "page_obj": page_obj,
        },
    )


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    if conf.SEARCH_ENGINES_ALLOWED:
        lines = [
            "User-agent: *",
            "Disallow: /admin/",
            "Disallow: /staff/",
            "Disallow: /search/",
            "",
            f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}",
        ]
    else:
        # Not the production site: nothing may be crawled.
        lines = ["User-agent: *", "Disallow: /"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
