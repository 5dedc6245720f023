"""The question form for members of the public, and the admin forms that check what staff enter."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils import formats, timezone

from governance import selectors
from governance.images import photo_resize
from governance.models import AgendaItem, Person, Question

QUESTION_MAX_LENGTH = Question.TEXT_MAX_LENGTH


class BrowserMaxLengthValidator(MaxLengthValidator):
    """Counts as the NHS.UK character count does by default: JavaScript's string length, in
    UTF-16 code units (an emoji is two). Never fewer than Python's count of code points, so
    whatever passes here also fits the database's limit."""

    def clean(self, x):
        return len(x.encode("utf-16-le")) // 2


class MultilineTextField(forms.CharField):
    """Text from a textarea with a character count, counted as the visitor's browser counts it.

    Browsers send each line break as CR LF but count it as one character: without turning
    them into LF, a question the count accepted could be refused as too long.
    """

    def __init__(self, *, max_length, **kwargs):
        super().__init__(max_length=max_length, **kwargs)
        self.validators = [
            BrowserMaxLengthValidator(max_length)
            if isinstance(validator, MaxLengthValidator)
            else validator
            for validator in self.validators
        ]

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


class QuestionForm(forms.Form):
    """A question on one of a meeting's public agenda items; `website` is a trap for robots."""

    agenda_item = forms.ModelChoiceField(
        queryset=AgendaItem.objects.none(),
        empty_label="Choose an agenda item",
        widget=forms.Select(attrs={"class": "nhsuk-select"}),
        error_messages={
            "required": "Select the agenda item your question is about",
            "invalid_choice": "Select the agenda item your question is about",
        },
    )
    name = forms.CharField(
        max_length=100,
        error_messages={
            "required": "Enter your name",
            "max_length": "Name must be 100 characters or fewer",
        },
    )
    email = forms.EmailField(
        max_length=254,
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
            "max_length": "Email address must be 254 characters or fewer",
        },
    )
    text = MultilineTextField(
        max_length=QUESTION_MAX_LENGTH,
        error_messages={
            "required": "Enter your question",
            "max_length": f"Question must be {QUESTION_MAX_LENGTH:,} characters or fewer",
        },
    )
    # Hidden from people (and from screen readers); robots that fill in every field fill it in.
    website = forms.CharField(required=False)

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda_item"].queryset = meeting.agenda_items.filter(
            part=AgendaItem.Part.PUBLIC
        )
        self.fields["agenda_item"].label_from_instance = lambda item: str(item)

    @property
    def is_from_a_robot(self):
        return bool(self.data.get("website"))


def questions_closed_message(meeting, reason):
    """What the page says when a meeting takes no more questions, for a reason from
    `selectors.meeting_questions_closed_reason`."""
    if reason == selectors.QUESTIONS_CANCELLED:
        return "This meeting has been cancelled, so it is not taking questions."
    if reason == selectors.QUESTIONS_NOT_TAKEN:
        return "This meeting is not taking questions from the public."
    deadline = formats.date_format(timezone.localtime(meeting.question_deadline), "DATETIME_FORMAT")
    if meeting.question_deadline_zone:
        deadline += f" {meeting.question_deadline_zone}"
    return f"Sorry, questions for this meeting closed at {deadline}."


class PersonAdminForm(forms.ModelForm):
    """Resizes an uploaded photo; a photo needs its description."""

    class Meta:
        model = Person
        fields = ["title", "name", "slug", "photo", "photo_alt_text", "biography"]

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and "photo" in self.changed_data:
            return photo_resize(photo)
        return photo

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("photo") and not cleaned.get("photo_alt_text", "").strip():
            self.add_error("photo_alt_text", "Describe the photo for people who cannot see it.")
        return cleaned


class QuestionModerationForm(forms.ModelForm):
    """A governance officer's decision: a rejection needs its reason, and only a rejection."""

    class Meta:
        model = Question
        fields = ["status", "rejection_reason", "answer"]

    def clean(self):
        cleaned = super().clean()
        status, reason = cleaned.get("status"), cleaned.get("rejection_reason")
        if status == Question.Status.REJECTED and not reason:
            self.add_error("rejection_reason", "Choose the reason for rejecting the question.")
        if status != Question.Status.REJECTED and reason:
            self.add_error("rejection_reason", "Only a rejected question has a reason.")
        if status != Question.Status.ACCEPTED and cleaned.get("answer"):
            self.add_error("answer", "Only an accepted question has an answer.")
        return cleaned
