"""Versioned content (pages, shared content) as the seed reads it: its published content, and
whether staff have touched it since the seed wrote it.

`grouper` names what the contents are versions of: `page=page`, `alias=alias`.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from djangocms_versioning.models import Version

LANGUAGE = settings.LANGUAGE_CODE


def content_published(model, **grouper):
    return model.objects.filter(language=LANGUAGE, **grouper).first()


def draft_from_published(model, user, **grouper):
    """A new draft, copied from the published version, made by `user`."""
    return Version.objects.get_for_content(content_published(model, **grouper)).copy(user)


def edited_by_staff(model, seed_user, **grouper):
    """Any version made by someone other than the seed account (a draft too) is staff's, and so
    is content they unpublished."""
    if content_published(model, **grouper) is None:
        return True
    return _version_last(model, **grouper).created_by_id != seed_user.pk


def _version_last(model, **grouper):
    contents = model.admin_manager.filter(language=LANGUAGE, **grouper).values("pk")
    return (
        Version.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=contents
        )
        .order_by("-pk")
        .first()
    )
