"""Reads of the editing app: whether a link's target is live, pages' review dates."""

from datetime import timedelta
from functools import cache

from cms.models import PageContent
from django.apps import apps
from django.utils import timezone
from django.utils.module_loading import import_string

from editing import conf
from editing.models import PageReview


def page_is_published(page):
    return PageContent.objects.filter(page=page).exists()


@cache
def _public_tests():
    return {label: import_string(path) for label, path in conf.EDITING_LINK_PUBLIC_TESTS.items()}


@cache
def _linkable_labels():
    return {"cms.page", *(label.lower() for label in conf.DJANGOCMS_LINKABLE_MODELS)}


def link_target_is_live(obj):
    """Whether the public may follow a link to `obj` now (never for a model not linkable)."""
    if obj is None or obj._meta.label_lower not in _linkable_labels():
        return False
    test = _public_tests().get(obj._meta.label_lower)
    return test is None or bool(test(obj))


def link_reference_is_live(label, pk):
    """Whether the public may follow a stored reference ("app.model", pk) to a record now."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return False
    return link_target_is_live(model._default_manager.filter(pk=pk).first())


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
