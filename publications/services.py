"""Writes to the library: adding and taking down file versions, keeping old slugs."""

import hashlib
import uuid

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from publications.models import FileVersion, OldSlug


def file_version_add(publication_file, upload, facts, user=None, note=""):
    """Store `upload` as the new current version of `document`; the old one is superseded.

    The file is stored under a generated name (the original is kept for display and downloads).
    If the database write fails, the stored file is removed again: nothing is left behind.
    """
    storage = FileVersion._meta.get_field("file").storage
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    stored_name = storage.save(f"publications/{uuid.uuid4().hex}.{facts.extension}", upload)
    try:
        with transaction.atomic():
            now = timezone.now()
            previous = publication_file.versions.select_for_update().filter(
                superseded_at__isnull=True
            )
            previous.update(superseded_at=now)
            number = (publication_file.versions.aggregate(last=Max("number"))["last"] or 0) + 1
            return FileVersion.objects.create(
                publication_file=publication_file,
                number=number,
                file=stored_name,
                original_name=upload.name,
                file_format=facts.format.label,
                content_type=facts.format.content_type,
                size=upload.size,
                page_count=facts.page_count,
                sha256=digest.hexdigest(),
                note=note,
                uploaded_by=user,
            )
    except BaseException:
        storage.delete(stored_name)
        raise


def file_version_take_down(publication, version_id, *, user, reason):
    """Take down a version of one of `publication`'s files uploaded by mistake.

    Its stored file is removed; the record stays, with the moment, the officer and the public
    reason its URLs then give (410 Gone). Refused with a ValidationError for a version of another
    publication's file, one already taken down, or an empty reason. The record is changed and the
    file removed in one transaction: if the storage refuses the removal, the record is unchanged.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError("Give the public a reason for taking the file down.")
    with transaction.atomic():
        version = (
            FileVersion.objects.select_for_update()
            .filter(pk=version_id, publication_file__publication=publication)
            .first()
        )
        if version is None:
            raise ValidationError("That file version does not belong to this publication.")
        if version.is_taken_down:
            raise ValidationError(
                f"Version {version.number} of {version.original_name} is already taken down."
            )
        stored_name = version.file.name
        version.file = ""
        version.taken_down_at = timezone.now()
        version.taken_down_by = user
        version.takedown_reason = reason
        version.save(update_fields=["file", "taken_down_at", "taken_down_by", "takedown_reason"])
        # Last, inside the transaction: if this raises, the update above is rolled back.
        FileVersion._meta.get_field("file").storage.delete(stored_name)
    return version


def publication_slug_record(publication, old_slug):
    """Remember that `publication` was at `old_slug`, so that address redirects to it.

    Called after a publication's slug has changed. An old slug taken before by another
    publication now leads to this one (its last holder); one the publication takes back is
    no longer an old address of it.
    """
    if old_slug == publication.slug:
        return
    OldSlug.objects.filter(publication=publication, slug=publication.slug).delete()
    OldSlug.objects.update_or_create(slug=old_slug, defaults={"publication": publication})
