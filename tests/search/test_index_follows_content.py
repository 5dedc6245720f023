"""The index shows only what the public may see: a publication published, unpublished,
withdrawn, embargoed, taken down; pages published and unpublished; records saved and deleted."""

import datetime
import io
import zipfile

import pytest
from cms.api import create_page
from cms.models import PageContent
from django.utils import timezone
from djangocms_versioning.models import Version

from publications.models import Publication
from publications.services import file_version_take_down
from search.models import Entry, FileText
from search.selectors import search_results
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    PersonFactory,
    PublicationFactory,
    UserFactory,
    file_add,
)
from tests.search.documents import pdf_with_text

pytestmark = pytest.mark.django_db


def found(text, **filters):
    return [hit.title for hit in search_results(text, **filters).hits]


def test_a_publication_is_found_by_the_words_inside_its_file_only_while_public(committed):
    officer = UserFactory(username="officer")
    with committed():
        publication = PublicationFactory(
            title="Board papers December", status=Publication.Status.DRAFT
        )
        file_add(publication, "papers.pdf", pdf_with_text("Musculoskeletal physiotherapy"))
    assert found("physiotherapy") == []  # a draft

    with committed():
        publication.status = Publication.Status.PUBLISHED
        publication.save()
    assert found("physiotherapy") == ["Board papers December"]
    assert FileText.objects.get().outcome == FileText.Outcome.READ

    with committed():
        publication.status = Publication.Status.DRAFT
        publication.save()
    assert found("physiotherapy") == [] and not Entry.objects.filter(title__contains="Board")

    with committed():
        publication.status = Publication.Status.WITHDRAWN
        publication.withdrawn_reason = "Replaced by the January papers."
        publication.save()
    assert found("physiotherapy") == []
    assert found("physiotherapy", withdrawn=True) == ["Board papers December"]

    with committed():
        version = publication.files.get().versions.get()
        file_version_take_down(publication, version.pk, user=officer, reason="Personal data.")
    assert found("physiotherapy", withdrawn=True) == []
    assert found("December", withdrawn=True) == ["Board papers December"]
    assert not FileText.objects.exists()


def test_an_embargoed_publication_is_found_from_midnight_on_its_date(committed, time_machine):
    out_on = timezone.localdate() + datetime.timedelta(days=3)
    with committed():
        PublicationFactory(title="Annual report embargoed", first_published=out_on)
    assert Entry.objects.filter(title="Annual report embargoed").exists()
    assert found("embargoed") == []
    time_machine.move_to(
        timezone.make_aware(datetime.datetime.combine(out_on, datetime.time(0, 0, 30))),
        tick=False,
    )
    assert found("embargoed") == ["Annual report embargoed"]


def test_a_new_version_of_a_file_replaces_the_old_text(committed):
    with committed():
        publication = PublicationFactory(title="Strategy")
        first = file_add(publication, "s.pdf", pdf_with_text("Ophthalmology pathway"))
        file_add(
            publication,
            "s2.pdf",
            pdf_with_text("Audiology pathway"),
            publication_file=first.publication_file,
        )
    assert found("audiology") == ["Strategy"]
    assert found("ophthalmology") == []


def test_a_broken_file_leaves_the_publication_found_by_its_details_and_told_to_staff(committed):
    with committed():
        publication = PublicationFactory(title="Estates plan")
        file_add(publication, "plan.docx", broken_docx())
    assert found("estates") == ["Estates plan"]
    assert FileText.objects.get().outcome == FileText.Outcome.UNREADABLE


def broken_docx():
    """A zip that passes the upload check as Word (it has a word/ folder) but is not one."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "not the XML Word writes")
    return buffer.getvalue()


def _page(title, user):
    page = create_page(title, "pages/content.html", "en-gb", created_by=user)
    content = PageContent.admin_manager.get(page=page)
    return page, Version.objects.get_for_content(content)


def test_a_page_is_found_only_once_published_and_not_after_unpublishing(committed):
    editor = UserFactory(username="editor", is_superuser=True)
    with committed():
        page, version = _page("Zymurgy consultation", editor)
    assert found("zymurgy") == []
    with committed():
        version.publish(editor)
    assert found("zymurgy") == ["Zymurgy consultation"]
    with committed():
        Version.objects.get(pk=version.pk).unpublish(editor)
    assert found("zymurgy") == []


def test_a_page_that_requires_signing_in_is_never_found(committed):
    editor = UserFactory(username="editor", is_superuser=True)
    with committed():
        page, version = _page("Quixotic staff page", editor)
        page.login_required = True
        page.save()
        version.publish(editor)
    assert found("quixotic") == []


def test_governance_records_follow_their_saves_and_deletions(committed):
    with committed():
        meeting = MeetingFactory(venue="Xylophone Hall, Loughborough")
        item = AgendaItemFactory(meeting=meeting, title="Quokka conservation report")
        person = PersonFactory(name="Dr Zebedee Example")
    assert found("xylophone")
    assert found("quokka") == ["Quokka conservation report"]
    assert found("zebedee") == ["Dr Zebedee Example"]
    with committed():
        item.delete()
        person.delete()
    assert found("quokka") == [] and found("zebedee") == []
