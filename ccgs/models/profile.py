"""The three CCGs and the facts their profiles show, each with its date and source."""

from django.db import models
from django.db.models import Q

from ccgs.dates import DatePrecision, date_display

ISO_LENGTHS = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7, DatePrecision.DAY: 10}


class Ccg(models.Model):
    """A clinical commissioning group, known by its ODS code."""

    code = models.CharField("ODS code", max_length=3, unique=True)
    name = models.CharField(max_length=120, unique=True)
    short_name = models.CharField(max_length=60, help_text="e.g. West Leicestershire")
    page = models.OneToOneField(
        "cms.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ccg",
        help_text="The CMS page that shows this CCG's profile; its section of the site.",
    )
    closed_on = models.DateField(
        "closing date", null=True, blank=True, help_text="Set when the organisation closes."
    )
    successor_name = models.CharField(
        "successor body",
        max_length=200,
        blank=True,
        help_text="The body its responsibilities passed to, e.g. NHS Leicester, Leicestershire "
        "and Rutland Integrated Care Board.",
    )
    successor_url = models.URLField("successor's website", blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "CCG"
        verbose_name_plural = "CCGs"
        constraints = [
            models.CheckConstraint(
                condition=Q(closed_on__isnull=False) | Q(successor_name=""),
                name="ccg_successor_only_when_closed",
                violation_error_message="Set the closing date before naming a successor body.",
            ),
        ]

    def __str__(self):
        return self.name


class KeyFigure(models.Model):
    """One published figure about a CCG (population, budget, practices) as of a date."""

    class Kind(models.TextChoices):
        POPULATION = "population", "Population"
        BUDGET = "budget", "Budget"
        PRACTICES = "practices", "GP practices"

    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="key_figures")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    value = models.PositiveBigIntegerField(help_text="People, pounds a year, or practices.")
    qualifier = models.CharField(
        max_length=20, blank=True, help_text="As the source words it: about, almost, over."
    )
    description = models.CharField(
        max_length=200,
        blank=True,
        help_text="What exactly was counted, e.g. 'registered patients served'.",
    )
    as_of = models.DateField(help_text="For a year, the first of January of that year.")
    as_of_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.YEAR
    )
    source = models.CharField(max_length=200, help_text="The page or document it was published in.")

    class Meta:
        ordering = ["ccg", "kind", "-as_of"]
        constraints = [
            models.UniqueConstraint(
                fields=["ccg", "kind", "as_of", "source"], name="key_figure_once_per_source"
            )
        ]

    def __str__(self):
        return f"{self.ccg.short_name}: {self.get_kind_display()} {self.value_display}"

    @property
    def value_display(self):
        if self.kind == self.Kind.BUDGET:
            amount = f"£{self.value / 1_000_000:g} million a year"
        elif self.kind == self.Kind.POPULATION:
            amount = f"{self.value:,} people"
        else:
            amount = f"{self.value:,} GP practice{'' if self.value == 1 else 's'}"
        return f"{self.qualifier} {amount}".strip()

    @property
    def as_of_display(self):
        return date_display(self.as_of, self.as_of_precision)


class TimelineEvent(models.Model):
    """A dated event in a CCG's history, or in the history of all three (no CCG)."""

    ccg = models.ForeignKey(
        Ccg,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="timeline_events",
        help_text="Leave empty for an event of all three LLR CCGs.",
    )
    happened_on = models.DateField(help_text="For a year or a month, its first day.")
    precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    source = models.CharField(max_length=200)

    class Meta:
        ordering = ["happened_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["ccg", "happened_on", "title"],
                name="timeline_event_once",
                violation_error_message="This CCG's timeline already has this event on this date.",
            ),
            # The constraint above lets LLR-wide events (no CCG) through: NULLs are distinct.
            models.UniqueConstraint(
                fields=["happened_on", "title"],
                condition=models.Q(ccg__isnull=True),
                name="timeline_llr_event_once",
                violation_error_message="The LLR-wide timeline already has this event on this "
                "date.",
            ),
        ]

    def __str__(self):
        return f"{self.happened_on_display}: {self.title}"

    @property
    def happened_on_display(self):
        return date_display(self.happened_on, self.precision)

    @property
    def happened_on_iso(self):
        """For <time datetime>: '2011', '2012-05' or '2019-07-01'."""
        return self.happened_on.isoformat()[: ISO_LENGTHS[self.precision]]


class CcgArea(models.Model):
    """A district or locality that a CCG covers, as the seed documents name it."""

    class Kind(models.TextChoices):
        DISTRICT = "district", "District council area"
        LOCALITY = "locality", "Locality"
        AREA = "area", "Area served"

    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="areas")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    name = models.CharField(max_length=100)
    position = models.PositiveSmallIntegerField(default=0)
    source = models.CharField(max_length=200)

    class Meta:
        ordering = ["ccg", "kind", "position", "name"]
        verbose_name = "area covered"
        verbose_name_plural = "areas covered"
        constraints = [
            models.UniqueConstraint(fields=["ccg", "kind", "name"], name="ccg_area_once")
        ]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display().lower()}, {self.ccg.short_name})"


class CcgStatement(models.Model):
    """A CCG's mission, one of its values or goals, or one of a set of strategic objectives."""

    class Kind(models.TextChoices):
        MISSION = "mission", "Mission"
        VALUE = "value", "Value"
        GOAL = "goal", "Goal"
        OBJECTIVE = "objective", "Strategic objective"

    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="statements")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    group = models.CharField(
        max_length=200,
        blank=True,
        help_text="For objectives, the set they belong to, e.g. 'The LLR CCGs' strategic "
        "objectives, approved January 2021'.",
    )
    heading = models.CharField(max_length=100, blank=True, help_text="e.g. a value's name.")
    text = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)
    source = models.CharField(max_length=200)

    class Meta:
        ordering = ["ccg", "kind", "group", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["ccg", "kind", "group", "position"], name="ccg_statement_position_once"
            )
        ]

    def __str__(self):
        return f"{self.ccg.short_name}: {self.get_kind_display()} {self.position}"
