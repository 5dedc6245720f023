"""Writes to the library: adding a file version, publication by publication."""

import hashlib
import uuid

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from publications.models import FileVersion


def file_version_add(document, upload, facts, user=None, note=""):
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
            previous = document.versions.select_for_update().filter(superseded_at__isnull=True)
            previous.update(superseded_at=now)
            number = (document.versions.aggregate(last=Max("number"))["last"] or 0) + 1
            return FileVersion.objects.create(
                document=document,
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
