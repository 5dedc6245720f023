"""Email alerts: who asked for what, what happened, and every message with its delivery state."""

from django.db import models
from django.db.models import Q


class Subscriber(models.Model):
    """An email address that asked for alerts; deleted when its last subscription ends."""

    email = models.EmailField(unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text="Nothing is sent until the address is confirmed."
    )

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class Subscription(models.Model):
    """What one address follows (publications with optional filters, or meetings) and how
    often it hears about it."""

    class Topic(models.TextChoices):
        PUBLICATIONS = "publications", "Publications"
        MEETINGS = "meetings", "Meetings, papers and minutes"

    class Frequency(models.TextChoices):
        IMMEDIATELY = "immediately", "As soon as something happens"
        DAILY = "daily", "Once a day"
        WEEKLY = "weekly", "Once a week"

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    topic = models.CharField(max_length=20, choices=Topic)
    document_type = models.ForeignKey(
        "publications.DocumentType", on_delete=models.CASCADE, null=True, blank=True
    )
    ccg = models.ForeignKey("ccgs.Ccg", on_delete=models.CASCADE, null=True, blank=True)
    financial_year = models.CharField(max_length=7, blank=True)
    governing_body = models.ForeignKey(
        "governance.GoverningBody", on_delete=models.CASCADE, null=True, blank=True
    )
    frequency = models.CharField(max_length=20, choices=Frequency, default=Frequency.IMMEDIATELY)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(
        null=True, blank=True, help_text="Double opt-in: it counts once confirmed from the email."
    )

    class Meta:
        ordering = ["subscriber", "topic", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(topic="publications", governing_body__isnull=True)
                | Q(
                    topic="meetings",
                    document_type__isnull=True,
                    ccg__isnull=True,
                    financial_year="",
                ),
                name="alerts_subscription_filters_fit_topic",
            ),
        ]

    def __str__(self):
        return f"{self.subscriber}: {self.describe()}"

    def describe(self):
        """What it follows, in words: "Annual reports, NHS West Leicestershire CCG, 2019-20"."""
        if self.topic == self.Topic.MEETINGS:
            body = self.governing_body.ccg.name if self.governing_body_id else ""
            return f"meetings of {body} governing body" if body else "all board meetings"
        parts = [self.document_type.name if self.document_type_id else "all publications"]
        if self.ccg_id:
            parts.append(self.ccg.name)
        if self.financial_year:
            parts.append(self.financial_year)
        return ", ".join(parts)


class Notice(models.Model):
    """Something subscribers hear about: a publication out or updated, a meeting added, moved
    or cancelled, its papers or minutes added. Its key makes each happen once."""

    class Kind(models.TextChoices):
        PUBLISHED = "published", "Publication published"
        UPDATED = "updated", "Publication updated"
        MEETING_ADDED = "meeting-added", "Meeting added"
        MEETING_MOVED = "meeting-moved", "Meeting moved"
        MEETING_CANCELLED = "meeting-cancelled", "Meeting cancelled"
        PAPERS_ADDED = "papers-added", "Meeting papers added"
        MINUTES_ADDED = "minutes-added", "Approved minutes added"

    key = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=Kind)
    publication = models.ForeignKey(
        "publications.Publication", on_delete=models.CASCADE, null=True, blank=True
    )
    meeting = models.ForeignKey(
        "governance.Meeting", on_delete=models.CASCADE, null=True, blank=True
    )
    detail = models.CharField(max_length=300, blank=True)
    due_at = models.DateTimeField(help_text="Not sent before then (a publication's embargo).")
    fanned_out_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["fanned_out_at", "due_at"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.publication or self.meeting}"


class OutboxMessage(models.Model):
    """One email, kept until sent (retried with back-off) and afterwards as a record of what
    was sent; its key makes it unique per address and item."""

    class State(models.TextChoices):
        QUEUED = "queued", "Waiting to be sent"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed: gave up retrying"

    key = models.CharField(max_length=200, unique=True)
    to = models.EmailField()
    subject = models.CharField(max_length=300)
    body_text = models.TextField()
    body_html = models.TextField()
    headers = models.JSONField(default=dict, blank=True)
    state = models.CharField(max_length=10, choices=State, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    last_error = models.TextField(blank=True)
    claim = models.CharField(max_length=32, blank=True, editable=False)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]
        verbose_name = "email"
        verbose_name_plural = "emails (outbox)"

    def __str__(self):
        return f"{self.subject} to {self.to}"


class Delivery(models.Model):
    """A notice owed to one address: unique, so no item goes twice to anyone. Digest
    deliveries wait without a message until their digest is written."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="deliveries")
    frequency = models.CharField(max_length=20, choices=Subscription.Frequency)
    written_at = models.DateTimeField(
        null=True, blank=True, help_text="When it was put in an email (at once or in a digest)."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "notice"], name="alerts_delivery_once_per_address"
            )
        ]
        verbose_name_plural = "deliveries"

    def __str__(self):
        return f"{self.notice} to {self.subscriber}"
