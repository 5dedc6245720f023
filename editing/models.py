"""Review dates of a page (issue 12.8), versioned with the page's content; the staff list of
links to withdrawn or unpublished items (issue 12.3)."""

from cms.extensions import PageContentExtension, extension_pool
from cms.models import CMSPlugin
from django.db import models
from django.db.models import F, Q
from djangocms_text.models import Text


class PageReview(PageContentExtension):
    """When a page was last checked and when it is next due to be, shown at its foot (NHS.UK)."""

    last_reviewed = models.DateField("page last reviewed")
    next_review_due = models.DateField("next review due")

    class Meta:
        verbose_name = "page review dates"
        verbose_name_plural = "page review dates"
        ordering = ["next_review_due"]
        constraints = [
            models.CheckConstraint(
                condition=Q(next_review_due__gt=F("last_reviewed")),
                name="page_review_next_after_last",
                violation_error_message="The next review must be due after the last review.",
            )
        ]

    def __str__(self):
        return f"Review dates of {self.extended_object}"


extension_pool.register(PageReview)


class PageReviewDue(PageReview):
    """The staff list of published pages whose review is due or overdue (admin)."""

    class Meta:
        proxy = True
        verbose_name = "page due for review"
        verbose_name_plural = "pages due for review"


class TextWithDeadLinks(Text):
    """The staff list of page texts linking to something withdrawn or unpublished (admin)."""

    class Meta:
        proxy = True
        verbose_name = "text with a link to something gone"
        verbose_name_plural = "links to withdrawn or unpublished items"


class ComponentWithDeadLinks(CMSPlugin):
    """The staff list of page components (cards, action links, chosen pages...) linking to
    something withdrawn or unpublished (admin), beside the texts' list."""

    class Meta:
        proxy = True
        verbose_name = "component with a link to something gone"
        verbose_name_plural = "component links to withdrawn or unpublished items"
