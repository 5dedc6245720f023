"""Atom feeds of the newest publications: the whole library, or any filter of it."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from publications import selectors
from publications.forms import LibraryFilterForm

FEED_LENGTH = 30


class LatestPublicationsFeed(Feed):
    """The newest publications; the library's query string narrows it to the same filter."""

    feed_type = Atom1Feed

    def get_object(self, request):
        form = LibraryFilterForm(request.GET, selectors.library_filter_choices())
        return {"filters": form.filters(), "active": form.active()}

    def title(self, obj):
        described = "; ".join(f"{label}: {value}" for label, value in obj["active"])
        return "LLR CCGs publications" + (f" ({described})" if described else "")

    def subtitle(self, obj):
        return "The newest publications of the Leicester, Leicestershire and Rutland CCGs."

    def link(self, obj):
        return reverse("publications:library")

    def items(self, obj):
        filters = obj["filters"]
        return selectors.publication_list(
            document_type=filters["type"],
            ccg=filters["ccg"],
            year=filters["year"],
            query=filters["q"],
        )[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        if item.first_published is None:
            return item.created_at
        return timezone.make_aware(datetime.combine(item.first_published, time(9)))

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.document_type.name, *(ccg.short_name for ccg in item.ccgs.all())]
