"""Writes: keeping the index up to date, reading files' text, counting searches."""

import logging
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import timedelta

from cms.utils.apphook_reload import get_global_revision, get_local_revision, reload_urlconf
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from publications.models import FileVersion
from search import conf
from search.backends import backend_get
from search.documents import KINDS, candidates_with_id, object_id
from search.extract import file_text_read
from search.models import Entry, FileText, QueryCount

logger = logging.getLogger(__name__)
FIELDS = [
    "url",
    "title",
    "keywords",
    "body",
    "file_text",
    "date",
    "ccgs",
    "visible_from",
    "withdrawn",
    "indexed_at",
]
BATCH = 500
# Threads writing batches of a rebuild at once on PostgreSQL: its tokenising of the files' text
# is most of a rebuild's time, and each writer's connection uses a core of the database.
WRITERS = 2


def _app_urls_current():
    """The apps' addresses as the published pages hang them now. A page carrying an app may have
    been published in this process after its URLs were loaded (the seed loader, a task worker);
    the CMS's middleware reloads them only for requests, and assumes a process's first look is
    current."""
    revision = get_global_revision()
    if get_local_revision() != revision:
        reload_urlconf(new_revision=revision)


def entry_refresh(kind, pk):
    """Make the index agree with the object `kind` `pk` now: its entry written, or removed when
    the public may not see it (or it is gone)."""
    _app_urls_current()
    _, document = KINDS[kind]
    instance = candidates_with_id(kind, pk).first()
    fields = None if instance is None else document(instance)
    if fields is None:
        Entry.objects.filter(kind=kind, object_id=pk).delete()
        return None
    entry, _ = Entry.objects.update_or_create(kind=kind, object_id=pk, defaults=fields)
    return entry


def kind_rebuild(kind, progress=None):
    """Write the entries of every public object of `kind` and remove the others, then merge the
    engine's index; the number written."""
    written = _kind_write(kind, progress)
    backend_get().index_merge()
    return written


def _kind_write(kind, progress):
    _app_urls_current()
    candidates, document = KINDS[kind]
    started, written, batch = timezone.now(), 0, []
    with _batch_writer() as write:
        for instance in candidates().iterator(chunk_size=BATCH):
            fields = document(instance)
            if fields is None:
                continue
            batch.append(Entry(kind=kind, object_id=object_id(kind, instance), **fields))
            if len(batch) >= BATCH:
                write(batch)
                written, batch = written + len(batch), []
                if progress:
                    progress(kind, written)
        write(batch)
        written += len(batch)
    Entry.objects.filter(kind=kind, indexed_at__lt=started).delete()
    if progress:
        progress(kind, written)
    return written


@contextmanager
def _batch_writer():
    """A function that writes a batch of entries. Inside a transaction (or on SQLite) it writes
    in the caller's; otherwise on PostgreSQL, WRITERS threads write the batches, each in its
    own transaction, while the next batch is read (at most two waiting, to bound memory)."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield _entries_write
        return
    pending = []
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:

        def write(entries):
            while len(pending) > WRITERS:
                pending.pop(0).result()
            pending.append(pool.submit(_entries_write_alone, entries))

        yield write
        for future in pending:
            future.result()  # a writer's error is the rebuild's


def _entries_write_alone(entries):
    """In a writer thread: one batch in its own transaction and connection."""
    try:
        with transaction.atomic():
            _entries_write(entries)
    finally:
        connection.close()


def _entries_write(entries):
    if entries:
        Entry.objects.bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["kind", "object_id"],
            update_fields=FIELDS,
        )
    return len(entries)


def index_rebuild(progress=None):
    """Rebuild every kind's entries, a batch at a time (each entry is of something public, so
    the index is right between batches too), then merge the engine's index once; {kind: entries
    written}."""
    written = {kind: _kind_write(kind, progress) for kind in KINDS}
    backend_get().index_merge()
    return written


def publication_file_text_extract(file_version_id):
    """Read the text of a file version into the index (a background task: never in the
    officer's upload request). A file that cannot be read is logged and recorded for staff."""
    version = (
        FileVersion.objects.select_related("publication_file").filter(pk=file_version_id).first()
    )
    if version is None:
        return None
    if version.is_taken_down or not version.file:
        FileText.objects.filter(file_version=version).delete()
    else:
        # Stored under a generated name with the extension the upload check accepted.
        extension = version.file.name.rsplit(".", 1)[-1].lower()
        with version.file.open("rb") as handle:
            extracted = file_text_read(handle, extension, version.size)
        if extracted.outcome != FileText.Outcome.READ:
            logger.warning(
                "No text indexed from %s (file version %s): %s",
                version.original_name,
                version.pk,
                extracted.detail,
            )
        FileText.objects.update_or_create(
            file_version=version,
            defaults={
                "outcome": extracted.outcome,
                "text": extracted.text,
                "detail": extracted.detail,
                "truncated": extracted.truncated,
            },
        )
    return entry_refresh(Entry.Kind.PUBLICATION, version.publication_file.publication_id)


def query_count(normalised_query, *, found):
    """Count one search of `normalised_query` today, and whether it found nothing; counts older
    than the report's days are deleted."""
    if not normalised_query:
        return
    today = timezone.localdate()
    updates = {"searches": F("searches") + 1}
    if not found:
        updates["without_results"] = F("without_results") + 1
    counted = QueryCount.objects.filter(day=today, query=normalised_query).update(**updates)
    if not counted:
        try:
            with transaction.atomic():
                QueryCount.objects.create(
                    day=today, query=normalised_query, searches=1, without_results=int(not found)
                )
        except IntegrityError:  # counted by another request in between
            QueryCount.objects.filter(day=today, query=normalised_query).update(**updates)
        QueryCount.objects.filter(day__lt=today - timedelta(days=conf.SEARCH_LOG_DAYS)).delete()
