"""The feedback form at the foot of every page: Yes/No, or a problem report. `website` is a
trap for robots (hidden from people)."""

from django import forms

from feedback.masking import personal_details_mask

MAX_REPORT = 1000


class FeedbackForm(forms.Form):
    path = forms.CharField(max_length=500)
    useful = forms.ChoiceField(choices=[("yes", "Yes"), ("no", "No")], required=False)
    doing = forms.CharField(max_length=MAX_REPORT, required=False)
    went_wrong = forms.CharField(max_length=MAX_REPORT, required=False)
    website = forms.CharField(required=False)

    def clean_path(self):
        path = self.cleaned_data["path"]
        if not path.startswith("/") or path.startswith("//") or any(c in path for c in "\r\n?#"):
            raise forms.ValidationError("Not a page of this site.")
        return path

    def clean(self):
        data = super().clean()
        if not data.get("useful") and not (data.get("doing") or data.get("went_wrong")):
            raise forms.ValidationError("Say whether the page was useful, or what went wrong.")
        for name in ("doing", "went_wrong"):
            data[name] = personal_details_mask(data.get(name) or "")
        return data

    @property
    def is_from_a_robot(self):
        return bool(self.data.get("website"))
