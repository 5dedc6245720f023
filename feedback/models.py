"""Answers to "Is this page useful?" and reports of a problem with a page."""

from django.db import models


class PageFeedback(models.Model):
    """One visitor's answer about one page; personal details masked before it is stored."""

    path = models.CharField(max_length=500, db_index=True)
    useful = models.BooleanField(null=True, blank=True, help_text="Empty for a problem report.")
    doing = models.TextField("what they were doing", blank=True)
    went_wrong = models.TextField("what went wrong", blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "page feedback"
        verbose_name_plural = "page feedback"

    def __str__(self):
        if self.useful is None:
            return f"Problem reported on {self.path}"
        return f"{'Useful' if self.useful else 'Not useful'}: {self.path}"
