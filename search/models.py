"""The search index (one row per public thing), the text read from files, the query counts and
staff's best bets."""

from django.db import models
from django.db.models import Q


class Entry(models.Model):
    """One public page or record as the search finds it; only what the public may see is here.

    The engines' own structures (PostgreSQL's weighted tsvector with its GIN index, SQLite's FTS5
    table) are kept up to date from these rows by triggers made in the migrations.
    """

    class Kind(models.TextChoices):
        PAGE = "page", "Page"
        PUBLICATION = "publication", "Publication"
        PRACTICE = "practice", "GP practice"
        PCN = "pcn", "Primary care network"
        MEETING = "meeting", "Meeting"
        AGENDA_ITEM = "agenda-item", "Agenda item"
        PERSON = "person", "Person"
        GOVERNING_BODY = "governing-body", "Governing body"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    url = models.CharField(max_length=500, db_index=True)
    title = models.CharField(max_length=500)
    # Names and codes: searched with the title's weight and by likeness ("did you mean").
    keywords = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # The text of a publication's current files.
    file_text = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    # The CCGs' ODS codes, space-separated with a space either side (" 04C 04V "), for the filter.
    ccgs = models.CharField(max_length=60, blank=True)
    # Not found before this day (a publication under embargo); found from midnight in London.
    visible_from = models.DateField(null=True, blank=True)
    withdrawn = models.BooleanField(default=False)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "object_id"]
        verbose_name_plural = "entries"
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique"),
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "page",
                        "publication",
                        "practice",
                        "pcn",
                        "meeting",
                        "agenda-item",
                        "person",
                        "governing-body",
                    ]
                ),
                name="search_entry_kind_known",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"


class FileText(models.Model):
    """The text read from one uploaded file version, or why there is none."""

    class Outcome(models.TextChoices):
        READ = "read", "Text read"
        NO_TEXT = "no-text", "No text in it (a scan?)"
        TOO_LARGE = "too-large", "Too large to read"
        ENCRYPTED = "encrypted", "Encrypted"
        UNREADABLE = "unreadable", "Not readable as its format"
        UNSUPPORTED = "unsupported", "Format not read"

    file_version = models.OneToOneField(
        "publications.FileVersion", on_delete=models.CASCADE, related_name="search_text"
    )
    outcome = models.CharField(max_length=12, choices=Outcome.choices)
    text = models.TextField(blank=True)
    detail = models.CharField(max_length=300, blank=True)
    truncated = models.BooleanField(default=False)
    read_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-read_at"]
        verbose_name = "file's text"
        verbose_name_plural = "files' text"

    def __str__(self):
        return f"{self.file_version}: {self.get_outcome_display()}"


class QueryCount(models.Model):
    """How many times a query was searched on a day, and how many of those found nothing.

    Only the query's words and counts: no address, no cookie, no time of day.
    """

    day = models.DateField()
    query = models.CharField(max_length=200)
    searches = models.PositiveIntegerField(default=0)
    without_results = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-day", "-searches"]
        constraints = [
            models.UniqueConstraint(fields=["day", "query"], name="search_query_count_unique"),
        ]

    def __str__(self):
        return f"{self.day}: {self.query} ({self.searches})"


class BestBet(models.Model):
    """A result staff pin to the top for a query; shown only while its page is public."""

    query = models.CharField(
        max_length=200,
        unique=True,
        help_text="The search, as visitors type it (capitals and extra spaces do not matter).",
        error_messages={"unique": "This search already has a best bet."},
    )
    url = models.CharField(
        "address",
        max_length=500,
        help_text="The address on this site of the page to pin, e.g. /publications/annual-report/. "
        "It must be a page the search finds.",
    )
    description = models.CharField(
        max_length=300, blank=True, help_text="Shown under its title; optional."
    )

    class Meta:
        ordering = ["query"]

    def __str__(self):
        return self.query
