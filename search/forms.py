"""The search form: every field optional and forgiving, so any query string gives a page."""

from django import forms

from ccgs.models import Ccg
from content_cache import content_cached
from nhsuk.widgets import Select
from search.models import Entry


class SearchForm(forms.Form):
    q = forms.CharField(label="Search this website", required=False, max_length=10_000)
    kind = forms.MultipleChoiceField(
        label="Show only",
        required=False,
        choices=Entry.Kind.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    ccg = forms.ChoiceField(
        label="CCG",
        required=False,
        widget=Select(),
    )
    withdrawn = forms.BooleanField(label="Include withdrawn publications", required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)

    def __init__(self, data, ccg_choices):
        super().__init__(data)
        self.fields["ccg"].choices = [("", "Any CCG"), *ccg_choices]

    def criteria(self):
        """The valid fields' values; an invalid one is left out rather than refused."""
        self.is_valid()
        cleaned = self.cleaned_data
        return {
            "text": cleaned.get("q") or self.data.get("q", "")[:10_000],
            "kinds": tuple(cleaned.get("kind") or ()),
            "ccg": cleaned.get("ccg") or "",
            "withdrawn": bool(cleaned.get("withdrawn")),
            "page": cleaned.get("page") or 1,
        }


def ccg_choices():
    return content_cached(
        "search:ccg-choices",
        lambda: list(Ccg.objects.order_by("name").values_list("code", "short_name")),
    )
