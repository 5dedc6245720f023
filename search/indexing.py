"""Keeping the index in step with the content: receivers that refresh an entry right after the
commit that changed its object (so the index never shows what a rolled-back or unfinished change
made public), and queue a file's text to be read after its upload.

CMS pages are followed through djangocms-versioning's `post_version_operation` signal (publish,
unpublish, archive, revert); the apps' records through post_save, post_delete and m2m_changed.
"""

from functools import partial

from cms.models import Page, PageContent
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from djangocms_versioning.signals import post_version_operation

from ccgs.models import OdsImportRun, Pcn, Practice
from governance.models import AgendaItem, GoverningBody, Meeting, Person
from publications.models import ChangeNote, FileVersion, Publication, PublicationFile
from search.models import Entry, FileText

Kind = Entry.Kind


def refresh_after_commit(kind, pk):
    from search.services import entry_refresh

    # robust: a failure to index is logged, never the officer's or editor's error.
    transaction.on_commit(partial(entry_refresh, kind, pk), robust=True)


def _page_version_changed(sender, obj, **kwargs):
    refresh_after_commit(Kind.PAGE, obj.content.page_id)


def _page_changed(sender, instance, **kwargs):
    refresh_after_commit(Kind.PAGE, instance.pk)


def _publication_changed(sender, instance, **kwargs):
    refresh_after_commit(Kind.PUBLICATION, instance.pk)


def _publication_ccgs_changed(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        refresh_after_commit(Kind.PUBLICATION, instance.pk)


def _publication_part_changed(sender, instance, **kwargs):
    refresh_after_commit(Kind.PUBLICATION, instance.publication_id)


def _file_version_changed(sender, instance, created=False, **kwargs):
    from search import tasks

    if instance.is_taken_down:
        # Taken down (personal data uploaded by mistake?): its text goes with the commit.
        FileText.objects.filter(file_version=instance).delete()
    elif created and instance.file:
        transaction.on_commit(
            partial(tasks.enqueue, tasks.file_text_extract, instance.pk), robust=True
        )
    publication_id = PublicationFile.objects.filter(pk=instance.publication_file_id).values_list(
        "publication_id", flat=True
    )
    for pk in publication_id:
        refresh_after_commit(Kind.PUBLICATION, pk)


def _ods_imported(sender, instance, created=False, **kwargs):
    from search import tasks

    # The import writes in bulk, which sends no signals: re-index both kinds after it.
    if created:
        for kind in (Kind.PRACTICE, Kind.PCN):
            transaction.on_commit(partial(tasks.enqueue, tasks.kind_rebuild, kind), robust=True)


def _record_changed(kind, sender, instance, **kwargs):
    refresh_after_commit(kind, instance.pk)


def _meeting_changed(sender, instance, **kwargs):
    refresh_after_commit(Kind.MEETING, instance.pk)
    # An item's entry names its meeting (body and date).
    if kwargs.get("signal") is post_save:
        for pk in AgendaItem.objects.filter(meeting=instance).values_list("pk", flat=True):
            refresh_after_commit(Kind.AGENDA_ITEM, pk)


RECORDS = {
    Practice: Kind.PRACTICE,
    Pcn: Kind.PCN,
    AgendaItem: Kind.AGENDA_ITEM,
    Person: Kind.PERSON,
    GoverningBody: Kind.GOVERNING_BODY,
}


def connect():
    uid = "search.indexing"
    post_version_operation.connect(
        _page_version_changed, sender=PageContent, dispatch_uid=f"{uid}.page-version"
    )
    for signal in (post_save, post_delete):
        name = f"{uid}.{signal is post_save}"
        signal.connect(_page_changed, sender=Page, dispatch_uid=f"{name}.page")
        signal.connect(_publication_changed, sender=Publication, dispatch_uid=f"{name}.pub")
        for model in (ChangeNote, PublicationFile):
            signal.connect(
                _publication_part_changed, sender=model, dispatch_uid=f"{name}.{model.__name__}"
            )
        signal.connect(_file_version_changed, sender=FileVersion, dispatch_uid=f"{name}.version")
        signal.connect(_meeting_changed, sender=Meeting, dispatch_uid=f"{name}.meeting")
        for model, kind in RECORDS.items():
            signal.connect(
                partial(_record_changed, kind),
                sender=model,
                weak=False,
                dispatch_uid=f"{name}.{model.__name__}",
            )
    m2m_changed.connect(
        _publication_ccgs_changed, sender=Publication.ccgs.through, dispatch_uid=f"{uid}.ccgs"
    )
    post_save.connect(_ods_imported, sender=OdsImportRun, dispatch_uid=f"{uid}.ods")
