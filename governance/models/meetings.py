"""Board meetings held in public, their agenda items, questions from the public."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import formats, timezone

from governance.models.people import GoverningBody


class Meeting(models.Model):
    """A governing body meeting held in public; without a governing body it is a joint meeting."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        CANCELLED = "cancelled", "Cancelled"
        HELD = "held", "Held"

    governing_body = models.ForeignKey(
        GoverningBody,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings",
        help_text="Leave empty for a joint meeting of the three governing bodies.",
    )
    starts_at = models.DateTimeField("date and time", db_index=True)
    ends_at = models.DateTimeField("expected to end", null=True, blank=True)
    venue = models.CharField(max_length=300)
    status = models.CharField(
        max_length=10,
        choices=Status,
        default=Status.SCHEDULED,
        help_text="Mark it held once it has taken place (not before it starts): the answers to "
        "questions from the public are published then.",
    )
    private_part = models.TextField(
        "part two, in private",
        blank=True,
        help_text="What the governing body will consider in private after the public part, "
        "and why, e.g. commercially confidential contracts. Shown to the public.",
    )
    question_deadline = models.DateTimeField(
        "deadline for questions",
        null=True,
        blank=True,
        help_text="Questions from the public on agenda items are accepted until then; it must "
        "be before the meeting starts. Leave empty if the meeting takes no questions.",
    )
    minutes = models.ForeignKey(
        "publications.Publication",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="minutes_of",
        help_text="The minutes in the publications library, once the governing body has "
        "approved them.",
    )
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Counts changes to the time, venue or status, for calendar applications.",
    )

    class Meta:
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_it_starts",
                violation_error_message="The meeting must end after it starts.",
            ),
            models.CheckConstraint(
                condition=Q(question_deadline__isnull=True)
                | Q(question_deadline__lt=models.F("starts_at")),
                name="meeting_questions_close_before_it_starts",
                violation_error_message="The deadline for questions must be before the meeting "
                "starts.",
            ),
        ]

    def __str__(self):
        # The local date: a meeting at 00:30 in summer is on the previous day in UTC.
        return f"{self.title}, {formats.date_format(timezone.localtime(self.starts_at))}"

    def get_absolute_url(self):
        return reverse("governance:meeting", kwargs={"pk": self.pk})

    def clean(self):
        # A database constraint cannot see the clock, so this rule lives here (and in the
        # service that saves meetings).
        if (
            self.status == self.Status.HELD
            and self.starts_at is not None
            and self.starts_at > timezone.now()
        ):
            starts = formats.date_format(timezone.localtime(self.starts_at), "DATETIME_FORMAT")
            raise ValidationError(
                {
                    "status": f"A meeting cannot be marked held before it starts ({starts}). "
                    "Keep it scheduled until then."
                },
                code="held_before_start",
            )

    @property
    def title(self):
        if self.governing_body_id is None:
            return "Joint meeting of the LLR CCGs' governing bodies"
        return f"{self.governing_body.ccg.short_name} CCG governing body meeting"

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def question_deadline_zone(self):
        """The deadline's zone, BST or GMT, when its clock time happens twice that night (the
        clocks go back), so that pages can say which 01:30 it is; "" otherwise, as on the rest
        of the site. Django's own "T" format leaves such ambiguous times without a zone."""
        if self.question_deadline is None:
            return ""
        local = timezone.localtime(self.question_deadline)
        if local.replace(fold=1 - local.fold).utcoffset() == local.utcoffset():
            return ""
        return local.tzname()


class AgendaItem(models.Model):
    """An item on a meeting's agenda, in the public or the private part."""

    class Part(models.TextChoices):
        PUBLIC = "public", "Part one, in public"
        PRIVATE = "private", "Part two, in private"

    class Purpose(models.TextChoices):
        APPROVE = "approve", "To approve"
        RECEIVE = "receive", "To receive"
        NOTE = "note", "To note"
        DISCUSS = "discuss", "To discuss"
        ASSURE = "assure", "For assurance"
        INFORM = "inform", "For information"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    position = models.PositiveIntegerField(default=0, help_text="Items are listed in this order.")
    reference = models.CharField(max_length=30, blank=True, help_text="e.g. B/18/154")
    title = models.CharField(max_length=300)
    presenter = models.CharField(max_length=200, blank=True)
    purpose = models.CharField(max_length=20, choices=Purpose, blank=True)
    part = models.CharField(max_length=10, choices=Part, default=Part.PUBLIC)
    papers = models.ManyToManyField(
        "publications.Publication",
        blank=True,
        related_name="agenda_items",
        help_text="The item's papers, from the publications library.",
    )

    class Meta:
        ordering = ["meeting", "part", "position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "reference"],
                condition=~Q(reference=""),
                name="agenda_item_reference_unique_in_meeting",
            ),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}".strip()


class _QuestionStatus(models.TextChoices):
    RECEIVED = "received", "Received, not yet moderated"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class _QuestionRejectionReason(models.TextChoices):
    NOT_AGENDA = "not-agenda", "Not about an agenda item"
    INDIVIDUAL_CARE = "individual-care", "About an individual's care"
    DEFAMATORY = "defamatory", "Defamatory"
    REPEATED = "repeated", "Repeats a question already answered"


# The longest question the public form takes, in characters (a line break counts as one).
_QUESTION_MAX_LENGTH = 2000


class Question(models.Model):
    """A question from a member of the public on a public agenda item."""

    # Declared above the model only because its Meta's constraints need them.
    Status = _QuestionStatus
    RejectionReason = _QuestionRejectionReason
    TEXT_MAX_LENGTH = _QUESTION_MAX_LENGTH

    agenda_item = models.ForeignKey(AgendaItem, on_delete=models.PROTECT, related_name="questions")
    name = models.CharField(max_length=100)
    email = models.EmailField()
    text = models.TextField("question", max_length=TEXT_MAX_LENGTH)
    submitted_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.RECEIVED)
    rejection_reason = models.CharField(max_length=20, choices=RejectionReason, blank=True)
    answer = models.TextField(
        blank=True, help_text="Published on the meeting page once the meeting has been held."
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False
    )
    moderated_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status=_QuestionStatus.REJECTED,
                    rejection_reason__in=_QuestionRejectionReason.values,
                )
                | Q(~Q(status=_QuestionStatus.REJECTED), rejection_reason=""),
                name="question_rejected_with_a_reason",
                violation_error_message="A rejected question needs a reason, and only a "
                "rejected one has a reason.",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("text"), _QUESTION_MAX_LENGTH),
                name="question_text_within_limit",
                violation_error_message=f"A question must be "
                f"{_QUESTION_MAX_LENGTH:,} characters or fewer.",
            ),
        ]

    def __str__(self):
        # Askers' names are erased after the retention period (question_personal_data_erase).
        return f"Question on {self.agenda_item} from {self.name or 'a member of the public'}"

    def is_seen_by_public(self):
        """Only accepted questions reach a meeting page: saving one awaiting moderation, or a
        rejected one, drops no cached page (`content_cache`)."""
        return self.status == self.Status.ACCEPTED
