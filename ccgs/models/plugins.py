"""Settings of the blocks communications staff place on CMS pages."""

from cms.models import CMSPlugin
from django.db import models

from ccgs.models.profile import Ccg


class KeyFiguresBlock(CMSPlugin):
    """A CCG's key figures, each with its date and source, placed on any page."""

    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="+")
    heading = models.CharField(max_length=100, default="Key figures")

    def __str__(self):
        return f"{self.heading}: {self.ccg.short_name}"


class TimelineBlock(CMSPlugin):
    """A timeline of a CCG's history (with the events of all three), placed on any page."""

    ccg = models.ForeignKey(
        Ccg,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Leave empty for the events of all three LLR CCGs only.",
    )
    heading = models.CharField(max_length=100, default="Our history")

    def __str__(self):
        return f"{self.heading}: {self.ccg.short_name if self.ccg else 'LLR'}"


class StatementsBlock(CMSPlugin):
    """A CCG's mission, values and goals, or its strategic objectives, placed on any page."""

    class Part(models.TextChoices):
        MISSION_VALUES_GOALS = "mission-values-goals", "Mission, values and goals"
        OBJECTIVES = "objectives", "Strategic objectives"

    ccg = models.ForeignKey(Ccg, on_delete=models.CASCADE, related_name="+")
    part = models.CharField(max_length=30, choices=Part.choices)

    def __str__(self):
        return f"{self.get_part_display()}: {self.ccg.short_name}"
