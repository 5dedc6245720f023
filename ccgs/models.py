"""The three clinical commissioning groups and what is known about them."""

from django.db import models


class Ccg(models.Model):
    """A clinical commissioning group, known by its ODS code."""

    code = models.CharField("ODS code", max_length=3, unique=True)
    name = models.CharField(max_length=120, unique=True)
    short_name = models.CharField(max_length=60, help_text="e.g. West Leicestershire")
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
                condition=models.Q(closed_on__isnull=False) | models.Q(successor_name=""),
                name="ccg_successor_only_when_closed",
            ),
        ]

    def __str__(self):
        return self.name
