"""Reads of the editing app: pages' review dates."""

from datetime import timedelta

from cms.models import PageContent
from django.utils import timezone

from editing import conf
from editing.models import PageReview


def page_review_get(page_content) -> PageReview | None:
    """The review dates of this version of a page, or None when it has none."""
    if page_content is None:
        return None
    return PageReview.objects.filter(extended_object=page_content).first()


def page_review_due_list(*, within_days=None):
    """Review dates of published pages due within `within_days` (or overdue), soonest first."""
    within_days = conf.EDITING_REVIEW_DUE_SOON_DAYS if within_days is None else within_days
    last_day = timezone.localdate() + timedelta(days=within_days)
    return (
        PageReview.objects.filter(
            extended_object__in=PageContent.objects.all(), next_review_due__lte=last_day
        )
        .select_related("extended_object__page")
        .order_by("next_review_due")
    )
