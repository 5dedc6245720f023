"""Forms: the library's filters, and the admin's file form that checks uploads."""

from django import forms

from content_cache.query import FREE_TEXT, lower, text, upper
from nhsuk.widgets import Select
from publications.models import Publication, PublicationFile
from publications.uploads import upload_check

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
# The library's query parameters for shared caches (`content_cache.query`).
LIBRARY_PARAMS = {"q": FREE_TEXT, "type": lower, "ccg": upper, "year": text}


class LibraryFilterForm(forms.Form):
    """The library's filters, read from the query string; a bad value is ignored, never an error."""

    q = forms.CharField(label="Search titles and summaries", required=False)
    type = forms.ChoiceField(label="Document type", required=False, widget=Select())
    ccg = forms.ChoiceField(label="CCG", required=False, widget=Select())
    year = forms.ChoiceField(label="Financial year", required=False, widget=Select())

    def __init__(self, data, choices):
        super().__init__(data)
        for name, options in choices.items():
            self.fields[name].choices = [("", "All")] + options

    def clean_q(self):
        words = self.cleaned_data["q"][:MAX_QUERY_LENGTH].split()
        return " ".join(words[:MAX_QUERY_WORDS])

    def filters(self):
        """The valid filters, by name; each invalid one is dropped."""
        self.is_valid()
        return {name: self.cleaned_data.get(name, "") for name in self.fields}

    def active(self):
        """The filters in use, as (label, value's display name) pairs."""
        filters = self.filters()
        shown = []
        for name, field in self.fields.items():
            value = filters[name]
            if value:
                display = dict(getattr(field, "choices", [])).get(value, value)
                shown.append((field.label, display))
        return shown


class PublicationAdminForm(forms.ModelForm):
    """A publication in the admin; CCGs as checkboxes."""

    class Meta:
        model = Publication
        fields = [
            "title",
            "slug",
            "document_type",
            "ccgs",
            "summary",
            "financial_year",
            "first_published",
            "last_updated",
            "status",
            "withdrawn_reason",
        ]
        widgets = {"ccgs": forms.CheckboxSelectMultiple}


class PublicationFileForm(forms.ModelForm):
    """A file of a publication: a new file, or a new version replacing the current one."""

    upload = forms.FileField(
        label="Upload",
        required=False,
        help_text="PDF, Word, Excel, PowerPoint, OpenDocument or CSV. For an existing file, a new "
        "upload becomes the current version; the old one stays in the history.",
    )
    note = forms.CharField(
        label="What changed",
        max_length=300,
        required=False,
        help_text="For a new version, e.g. Corrected table 3.",
    )

    class Meta:
        model = PublicationFile
        fields = ["title", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.upload_facts = None

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload:
            try:
                self.upload_facts = upload_check(upload)
            except forms.ValidationError as error:
                self.add_error("upload", error)
                return cleaned
            if not cleaned.get("title"):
                cleaned["title"] = upload.name.rsplit(".", 1)[0][:200]
        elif self.instance.pk is None:
            self.add_error("upload", "Choose a file to upload.")
        if not cleaned.get("title") and "title" not in self.errors:
            self.add_error("title", "Give the file a title, e.g. Full report.")
        return cleaned


class TakedownForm(forms.Form):
    """Which of a publication's file versions to take down, and the reason the public sees.

    Only versions of this publication still online are choices: any other id (another
    publication's file, one already taken down) is refused as an invalid choice.
    """

    versions = forms.MultipleChoiceField(
        label="Versions to take down",
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least one version to take down.",
            "invalid_choice": "Version %(value)s is not a file of this publication that is "
            "still online: it may belong to another publication or be taken down already.",
        },
    )
    reason = forms.CharField(
        label="Public reason",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="Shown to anyone who follows a link to the file, e.g. The wrong document was "
        "uploaded. Do not repeat any personal data the file contained.",
        error_messages={"required": "Give the public a reason for taking the file down."},
    )

    def __init__(self, *args, live_versions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["versions"].choices = [
            (
                str(version.pk),
                f"{version.publication_file.title}: version {version.number}, "
                f"{version.original_name} "
                + ("(current)" if version.is_current else "(superseded)"),
            )
            for version in live_versions
        ]
