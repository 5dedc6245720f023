"""The practice finder's search and filters, read from the query string."""

import unicodedata

from django import forms

from ccgs.selectors import ccg_choices, pcn_choices
from nhsuk.widgets import Select

SEARCH_MAX_LENGTH = 100
GP_PRACTICES, ALL_SETTINGS = "gp", "all"


class PracticeSearchForm(forms.Form):
    q = forms.CharField(
        label="Practice name, ODS code, town or postcode",
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        error_messages={
            "max_length": f"Search text must be {SEARCH_MAX_LENGTH} characters or fewer"
        },
    )
    ccg = forms.ChoiceField(
        label="CCG",
        required=False,
        widget=Select(),
        error_messages={"invalid_choice": "Select a CCG from the list"},
    )
    pcn = forms.ChoiceField(
        label="Primary care network",
        required=False,
        widget=Select(),
        error_messages={"invalid_choice": "Select a primary care network from the list"},
    )
    settings = forms.ChoiceField(
        label="Show",
        required=False,
        choices=[
            (GP_PRACTICES, "GP practices"),
            (ALL_SETTINGS, "All prescribing settings (clinics, out of hours, prisons…)"),
        ],
        widget=Select(),
        error_messages={"invalid_choice": "Select what to show from the list"},
    )
    closed = forms.BooleanField(label="Include closed and dormant practices", required=False)

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["ccg"].choices = [("", "All CCGs"), *ccg_choices()]
        self.fields["pcn"].choices = [("", "All primary care networks"), *pcn_choices()]

    def clean_q(self):
        # Full-width and other compatibility forms read as plain letters and digits ("ＬＥ３" is
        # LE3); any space (a non-breaking one pasted from a letter) is a space; NUL and other
        # control or formatting characters cannot be in a practice's name or address.
        text = unicodedata.normalize("NFKC", self.cleaned_data["q"])
        text = "".join(" " if char.isspace() else char for char in text)
        return " ".join("".join(char for char in text if char.isprintable()).split())

    def search_arguments(self):
        """Keyword arguments for `practice_list`, or None when the form is invalid."""
        if not self.is_valid():
            return None
        data = self.cleaned_data
        return {
            "text": data["q"],
            "ccg_code": data["ccg"],
            "pcn_code": data["pcn"],
            "include_closed": data["closed"],
            "gp_practices_only": data["settings"] != ALL_SETTINGS,
        }
