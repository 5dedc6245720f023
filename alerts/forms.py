"""The subscription form, and the filters a "Get emails" link carries."""

from django import forms

from alerts.models import Subscription

EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com"


class SubscribeForm(forms.Form):
    """An email address and how often; what it follows comes from the link (`filters_read`)."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        error_messages={
            "required": "Enter your email address",
            "invalid": EMAIL_FORMAT,
            "max_length": "Email address must be 254 characters or fewer",
        },
    )
    frequency = forms.ChoiceField(
        label="How often do you want to get emails?",
        choices=Subscription.Frequency.choices,
        initial=Subscription.Frequency.IMMEDIATELY,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Select how often you want to get emails",
            "invalid_choice": "Select how often you want to get emails",
        },
    )

    def clean_email(self):
        email = self.cleaned_data["email"]
        # Line breaks or other control characters could add headers to an email.
        if any(ord(character) < 32 or ord(character) == 127 for character in email):
            raise forms.ValidationError(EMAIL_FORMAT)
        return email.lower()


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(choices=Subscription.Frequency.choices)


def filters_read(params):
    """The Subscription filters a link asks for, as model instances; None when a filter names
    nothing that exists (the view answers 404)."""
    from ccgs.models import Ccg
    from governance.models import GoverningBody
    from publications.models import DocumentType, financial_year_validate

    topic = params.get("topic", "")
    if topic == Subscription.Topic.MEETINGS:
        slug = params.get("body", "")
        body = GoverningBody.objects.select_related("ccg").filter(slug=slug).first()
        if slug and body is None:
            return None
        return {"topic": topic, "governing_body": body}
    if topic != Subscription.Topic.PUBLICATIONS:
        return None
    filters = {"topic": topic, "document_type": None, "ccg": None, "financial_year": ""}
    if params.get("type"):
        filters["document_type"] = DocumentType.objects.filter(slug=params["type"][:100]).first()
        if filters["document_type"] is None:
            return None
    if params.get("ccg"):
        filters["ccg"] = Ccg.objects.filter(code=params["ccg"][:10]).first()
        if filters["ccg"] is None:
            return None
    if params.get("year"):
        try:
            financial_year_validate(params["year"])
        except forms.ValidationError:
            return None
        filters["financial_year"] = params["year"]
    return filters
