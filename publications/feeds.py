"""Atom feeds of the newest publications: the whole library, or any filter of it."""

from datetime import datetime, time
from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from content_cache.query import query_params
from publications import selectors
from publications.caching import embargo_bounded
from publications.forms import LIBRARY_PARAMS, LibraryFilterForm

FEED_LENGTH = 30
# A publication's dates are days; its entry is dated at this hour of that day, London time.
ENTRY_HOUR = time(9)


def _moment(day):
    return timezone.make_aware(datetime.combine(day, ENTRY_HOUR))


@query_params(**LIBRARY_PARAMS)
class LatestPublicationsFeed(Feed):
    """The newest dated publications; the library's query string narrows it to the same filter.

    Only publications with a first-published date are entries: an Atom entry must say when it
    was updated, and the only other date an undated publication has is when its record was
    made (for the seed publications, when the seed ran), which is no date of the publication.
    """

    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        return embargo_bounded(super().__call__(request, *args, **kwargs))

    def get_object(self, request):
        form = LibraryFilterForm(request.GET, selectors.library_filter_choices())
        filters = form.filters()
        query = urlencode([(name, value) for name, value in filters.items() if value])
        return {"filters": filters, "active": form.active(), "query": query}

    def title(self, obj):
        described = "; ".join(f"{label}: {value}" for label, value in obj["active"])
        return "LLR CCGs publications" + (f" ({described})" if described else "")

    def subtitle(self, obj):
        return "The newest publications of the Leicester, Leicestershire and Rutland CCGs."

    def link(self, obj):
        url = reverse("publications:library")
        return f"{url}?{obj['query']}" if obj["query"] else url

    def feed_url(self, obj):
        url = reverse("publications:feed")
        return f"{url}?{obj['query']}" if obj["query"] else url

    def items(self, obj):
        filters = obj["filters"]
        items = list(
            selectors.publication_list(
                document_type=filters["type"],
                ccg=filters["ccg"],
                year=filters["year"],
                query=filters["q"],
            ).filter(first_published__isnull=False)[:FEED_LENGTH]
        )
        selectors.publication_ccgs_read(items)
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return _moment(item.first_published)

    def item_updateddate(self, item):
        return _moment(item.last_updated or item.first_published)

    def item_categories(self, item):
        return [item.document_type.name, *(ccg.short_name for ccg in item.ccgs.all())]
