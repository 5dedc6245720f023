"""Files keep every version; downloads carry the original name and the right content type."""

import datetime

import pytest
from cms.api import add_plugin
from cms.models import Page, PageContent
from django.conf import settings
from djangocms_versioning.models import Version

from ccgs.models import Ccg
from llr_site.seed.account import seed_user
from publications.models import DocumentType, LatestPublicationsBlock, Publication
from tests.factories import PublicationFactory, file_add, pdf_bytes

pytestmark = pytest.mark.django_db


def test_download_has_the_original_name_quoted_safely_and_the_content_type(client):
    publication = PublicationFactory(title="Annual report")
    version = file_add(publication, name='Annual "report" £ 2019.pdf')
    response = client.get(version.publication_file.get_absolute_url())
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''Annual%20%22report%22%20%C2%A3%202019.pdf" in disposition
    assert b"".join(response.streaming_content) == version.file.open("rb").read()


def test_replacing_a_file_keeps_the_stable_link_and_the_old_version(client):
    publication = PublicationFactory(title="Constitution")
    first = file_add(publication, content=pdf_bytes(1))
    second = file_add(
        publication,
        name="constitution-v2.pdf",
        content=pdf_bytes(4),
        publication_file=first.publication_file,
    )
    current = client.get(first.publication_file.get_absolute_url())
    assert "constitution-v2.pdf" in current["Content-Disposition"]
    old = client.get(first.get_absolute_url())
    assert "report.pdf" in old["Content-Disposition"]
    html = client.get(publication.get_absolute_url()).content.decode()
    assert "PDF, " in html and "4 pages" in html
    assert "Earlier versions of Full report" in html
    assert first.get_absolute_url() in html
    first.refresh_from_db()
    assert (first.is_current, second.is_current) == (False, True)


def test_files_of_a_draft_are_not_downloadable_by_the_public(client):
    version = file_add(PublicationFactory(title="Draft report", status=Publication.Status.DRAFT))
    assert client.get(version.publication_file.get_absolute_url()).status_code == 404


def test_seed_publications_are_listed_with_the_360_survey_figures_and_no_files(client):
    html = client.get("/publications/national-ccg-360-survey-results-2017-18/").content.decode()
    for figure in ("33 of our 47", "82%", "73%", "48%", "West Leicestershire CCG", "2017-18"):
        assert figure in html
    assert "This document is not yet available online." in html
    listing = client.get("/publications/?type=ccg-assurance-letter").content.decode()
    for year in ("2015-16", "2016-17", "2017-18"):
        assert f"CCG assurance letter {year}" in listing


def test_home_page_shows_the_latest_publications(client):
    PublicationFactory(
        title="Newest newsletter",
        document_type=DocumentType.objects.get(slug="newsletter"),
        first_published=datetime.date(2021, 3, 1),
    )
    html = client.get("/").content.decode()
    assert "Latest publications" in html
    assert "Newest newsletter" in html


def test_plugin_filters_by_type_and_ccg_and_survives_a_new_draft(client):
    user = seed_user()
    page = Page.objects.get(reverse_id="how-ccgs-work")
    draft = Version.objects.get_for_content(PageContent.objects.get(page=page)).copy(user)
    placeholder = draft.content.get_placeholders().get(slot="content")
    add_plugin(
        placeholder,
        "LatestPublicationsPlugin",
        settings.LANGUAGE_CODE,
        heading="Our assurance letters",
        document_type=DocumentType.objects.get(slug="ccg-assurance-letter"),
        ccg=Ccg.objects.get(code="04V"),
        count=2,
    )
    Version.objects.get_for_content(draft.content).publish(user)
    html = client.get("/how-ccgs-work/").content.decode()
    assert "Our assurance letters" in html
    assert html.count("CCG assurance letter 20") == 2
    assert "/publications/?type=ccg-assurance-letter&amp;ccg=04V" in html
    # A further draft copies the plugin with its type and CCG.
    published = PageContent.objects.get(page=page)
    again = Version.objects.get_for_content(published).copy(user)
    copied = LatestPublicationsBlock.objects.get(
        placeholder__in=again.content.get_placeholders(), heading="Our assurance letters"
    )
    assert (copied.document_type.slug, copied.ccg.code, copied.count) == (
        "ccg-assurance-letter",
        "04V",
        2,
    )
