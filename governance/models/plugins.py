"""The governance blocks editors place on pages."""

from cms.models import CMSPlugin
from django.db import models

from governance.models.people import GoverningBody


class NextMeetingBlock(CMSPlugin):
    """Settings of the "next board meeting" plugin: all governing bodies, or one."""

    governing_body = models.ForeignKey(
        GoverningBody,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text="Leave empty to show the next meeting of any of the governing bodies.",
    )

    def __str__(self):
        return str(self.governing_body or "All governing bodies")
