"""Site-wide records."""

from django.db import models


class SeedRecord(models.Model):
    """What the seed loader last wrote for one seed item, so a second run can change nothing."""

    key = models.CharField(max_length=200, unique=True)
    fingerprint = models.CharField(max_length=64, help_text="SHA-256 of the seed definition.")
    applied_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.key
