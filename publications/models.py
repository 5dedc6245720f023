"""The publications library: document types, publications, their files and every file version."""

import re

from cms.models import CMSPlugin
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

FINANCIAL_YEAR = re.compile(r"^(\d{4})-(\d{2})$")


def financial_year_validate(value):
    """Accept an NHS financial year written like 2017-18: two consecutive years."""
    match = FINANCIAL_YEAR.match(value)
    if not match or (int(match[1]) + 1) % 100 != int(match[2]) or not 1990 <= int(match[1]) < 2100:
        raise ValidationError(
            "Enter a financial year like 2017-18: a four-digit year, a hyphen, then the last two "
            "digits of the following year.",
            code="financial_year",
        )


class DocumentType(models.Model):
    """A kind of document the CCGs publish, such as an annual report or board papers."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Used in the library's filter links, e.g. annual-report.",
        error_messages={"unique": "Another document type already uses this slug."},
    )
    description = models.TextField(blank=True, help_text="Shown to staff only.")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class _PublicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Publication(models.Model):
    """A document the CCGs publish: a report, a statement, a set of papers."""

    # Declared above the model only because its Meta's constraints need them.
    Status = _PublicationStatus

    title = models.CharField(max_length=250)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The last part of its web address: /publications/<slug>/. It should not change "
        "once published.",
        error_messages={
            "unique": "Another publication already uses this slug: choose a different one."
        },
    )
    document_type = models.ForeignKey(
        DocumentType, on_delete=models.PROTECT, related_name="publications"
    )
    ccgs = models.ManyToManyField(
        "ccgs.Ccg",
        related_name="publications",
        verbose_name="CCGs",
        help_text="The CCG or CCGs it belongs to; choose all three for an LLR-wide publication.",
    )
    financial_year = models.CharField(
        max_length=7,
        blank=True,
        validators=[financial_year_validate],
        help_text="Where it has one, e.g. 2017-18.",
    )
    first_published = models.DateField(
        null=True, blank=True, help_text="Leave empty only when the date is not known."
    )
    last_updated = models.DateField(null=True, blank=True)
    summary = models.TextField(help_text="Plain text; searched by the library.")
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    withdrawn_reason = models.TextField(
        blank=True, help_text="Shown to the public on a withdrawn publication's page."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = [F("first_published").desc(nulls_last=True), "-financial_year", "title"]
        indexes = [models.Index(fields=["status", "-first_published"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=_PublicationStatus.values), name="publication_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=_PublicationStatus.WITHDRAWN) | ~Q(withdrawn_reason=""),
                name="publication_withdrawn_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(last_updated__isnull=True)
                | Q(first_published__isnull=True)
                | Q(last_updated__gte=F("first_published")),
                name="publication_updated_after_published",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("publications:publication_detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.status == self.Status.WITHDRAWN and not self.withdrawn_reason.strip():
            raise ValidationError(
                {"withdrawn_reason": "Give the public a reason for withdrawing it."}
            )
        if self.first_published and self.last_updated and self.last_updated < self.first_published:
            raise ValidationError(
                {"last_updated": "The last updated date cannot be before it was first published."}
            )

    @property
    def is_withdrawn(self):
        return self.status == self.Status.WITHDRAWN

    @property
    def is_draft(self):
        return self.status == self.Status.DRAFT

    def is_seen_by_public(self):
        """Whether the public can reach it (`content_cache` drops no cached page for a save of
        a draft). An embargoed one counts: the moment its embargo ends bounds how long cached
        lists may be kept (`selectors.embargo_next_end`, cached with the content)."""
        return self.status in (self.Status.PUBLISHED, self.Status.WITHDRAWN)


class ChangeNote(models.Model):
    """A dated public note of what changed in a publication, e.g. "Corrected table 3"."""

    publication = models.ForeignKey(
        Publication, on_delete=models.CASCADE, related_name="change_notes"
    )
    date = models.DateField()
    text = models.CharField(max_length=300)

    class Meta:
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.date}: {self.text}"

    def is_seen_by_public(self):
        return self.publication.is_seen_by_public()


class PublicationFile(models.Model):
    """One file of a publication (the report, an appendix); its versions hold the uploads."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="files")
    title = models.CharField(max_length=200, help_text="e.g. Full report, or Appendix A.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["publication", "position", "pk"]
        verbose_name = "file"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        """The stable link to the current version; it keeps working after a replacement."""
        return reverse(
            "publications:file_current",
            kwargs={"slug": self.publication.slug, "file_id": self.pk},
        )

    def is_seen_by_public(self):
        return self.publication.is_seen_by_public()


class FileVersion(models.Model):
    """One uploaded version of a publication's file; the newest is current, older superseded."""

    publication_file = models.ForeignKey(
        PublicationFile, on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField()
    file = models.FileField(max_length=200)
    original_name = models.CharField(max_length=255)
    file_format = models.CharField("format", max_length=10)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    page_count = models.PositiveIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64)
    note = models.CharField(max_length=300, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    superseded_at = models.DateTimeField(null=True, blank=True)
    # A takedown removes the stored file (uploaded by mistake) but keeps this record: its URLs
    # then answer 410 Gone with the public reason.
    taken_down_at = models.DateTimeField(null=True, blank=True)
    taken_down_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    takedown_reason = models.TextField(
        "public reason for the takedown",
        blank=True,
        help_text="Shown to anyone who follows a link to the removed file.",
    )

    class Meta:
        ordering = ["publication_file", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["publication_file", "number"], name="file_version_unique"
            ),
            models.UniqueConstraint(
                fields=["publication_file"],
                condition=Q(superseded_at__isnull=True),
                name="file_version_one_current",
            ),
            models.CheckConstraint(condition=Q(size__gt=0), name="file_version_not_empty"),
            models.CheckConstraint(
                condition=Q(taken_down_at__isnull=True, takedown_reason="")
                | (Q(taken_down_at__isnull=False, file="") & ~Q(takedown_reason="")),
                name="file_version_takedown_complete",
                violation_error_message="A taken-down version has a date and a public reason, "
                "and no stored file.",
            ),
        ]

    def __str__(self):
        return f"{self.original_name} (version {self.number})"

    def get_absolute_url(self):
        return reverse(
            "publications:file_version",
            kwargs={
                "slug": self.publication_file.publication.slug,
                "file_id": self.publication_file_id,
                "number": self.number,
            },
        )

    def is_seen_by_public(self):
        return self.publication_file.publication.is_seen_by_public()

    @property
    def is_current(self):
        return self.superseded_at is None

    @property
    def is_taken_down(self):
        return self.taken_down_at is not None


class OldSlug(models.Model):
    """A slug a publication had before: its old address answers with a 301 to the current one."""

    slug = models.SlugField(
        max_length=120,
        unique=True,
        error_messages={"unique": "This old address already leads to a publication."},
    )
    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="old_slugs")
    replaced_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-replaced_at"]
        verbose_name = "old address"

    def __str__(self):
        return self.slug


class LatestPublicationsBlock(CMSPlugin):
    """A CMS plugin listing the newest publications, optionally of one type and one CCG."""

    heading = models.CharField(max_length=100, default="Latest publications")
    document_type = models.ForeignKey(
        DocumentType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: every type.",
    )
    ccg = models.ForeignKey(
        "ccgs.Ccg",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="CCG",
        help_text="Empty: all three CCGs.",
    )
    count = models.PositiveSmallIntegerField("how many", default=5, help_text="Between 1 and 20.")

    class Meta:
        verbose_name = verbose_name_plural = "latest publications"
        constraints = [
            models.CheckConstraint(
                condition=Q(count__gte=1, count__lte=20), name="latest_publications_count_range"
            )
        ]

    def __str__(self):
        return self.heading
