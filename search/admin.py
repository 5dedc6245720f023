"""Staff's side of the search: the report of searches (counts only), best bets, and the files
whose text could not be read."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse

from core.read_only_admin import ReadOnlyAdmin
from search import selectors
from search.models import BestBet, FileText, QueryCount
from search.query import query_normalise


class BestBetForm(forms.ModelForm):
    class Meta:
        model = BestBet
        fields = ["query", "url", "description"]

    def clean_query(self):
        query = query_normalise(self.cleaned_data["query"])
        if not query:
            raise ValidationError("Enter the search this best bet is for.")
        return query

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        if selectors.entry_public_with_url(url) is None:
            raise ValidationError(
                "The search does not find a public page at this address: give the address of a "
                "published page, starting with /, e.g. /publications/annual-report/."
            )
        return url


@admin.register(BestBet)
class BestBetAdmin(admin.ModelAdmin):
    form = BestBetForm
    list_display = ["query", "url", "description"]
    search_fields = ["query", "url"]


@admin.register(QueryCount)
class QueryCountAdmin(ReadOnlyAdmin):
    """The search report: the most frequent searches, and those that found nothing."""

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return super().changelist_view(request, extra_context)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Searches",
            "report": selectors.query_report(),
        }
        return TemplateResponse(request, "admin/search/querycount/report.html", context)


@admin.register(FileText)
class FileTextAdmin(ReadOnlyAdmin):
    """Files whose text was read or not, and why: a file not read is found by its details only."""

    deletable = True
    list_display = ["file_version", "outcome", "detail", "truncated", "read_at"]
    list_filter = ["outcome"]
    list_select_related = ["file_version"]
    fields = ["file_version", "outcome", "detail", "truncated", "read_at"]
    readonly_fields = fields
