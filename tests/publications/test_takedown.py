"""Takedown: a file uploaded by mistake leaves storage; its record and a public reason stay."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from publications.models import FileVersion, Publication, PublicationFile
from publications.services import file_version_take_down
from tests.factories import PublicationFactory, UserFactory, file_add, pdf_bytes, staff_sign_in

pytestmark = pytest.mark.django_db

REASON = "The wrong document was uploaded: it held staff contact details."


def takedown_url(publication):
    return f"/admin/publications/publication/{publication.pk}/takedown/"


@pytest.fixture
def officer(client):
    client.officer = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    staff_sign_in(client, client.officer)
    return client


@pytest.fixture
def report():
    publication = PublicationFactory(title="Annual report 2019-20")
    first = file_add(publication, name="annual-report.pdf", content=pdf_bytes(1))
    second = file_add(
        publication,
        name="annual-report-v2.pdf",
        content=pdf_bytes(2),
        publication_file=first.publication_file,
    )
    return publication, first, second


def test_officer_takes_down_the_current_version_and_its_links_answer_410_with_the_reason(
    officer, client, report
):
    publication, first, second = report
    stored_name = second.file.name
    form = officer.get(f"{takedown_url(publication)}?version={second.pk}")
    assert f'value="{second.pk}"' in form.content.decode()
    assert "checked" in form.content.decode()

    response = officer.post(takedown_url(publication), {"versions": [second.pk], "reason": REASON})

    assert response.status_code == 302
    second.refresh_from_db()
    assert second.is_taken_down and second.taken_down_by == officer.officer
    assert (second.takedown_reason, second.file.name) == (REASON, "")
    assert not default_storage.exists(stored_name)
    client.logout()
    for url in (second.publication_file.get_absolute_url(), second.get_absolute_url()):
        gone = client.get(url)
        html = gone.content.decode()
        assert gone.status_code == 410
        assert "<h1>This file has been removed</h1>" in html
        assert REASON in html and "nhsuk-header" in html
        assert "annual-report-v2.pdf" in html
    page = client.get(publication.get_absolute_url()).content.decode()
    assert "This file was removed on" in page and REASON in page
    assert f'href="{second.publication_file.get_absolute_url()}"' not in page
    # The earlier version is not touched and still downloads.
    assert client.get(first.get_absolute_url())["Content-Disposition"].startswith("attachment")


def test_taking_down_a_superseded_version_keeps_the_current_file_online(officer, client, report):
    publication, first, second = report
    officer.post(takedown_url(publication), {"versions": [first.pk], "reason": REASON})
    client.logout()
    assert client.get(first.get_absolute_url()).status_code == 410
    current = client.get(second.publication_file.get_absolute_url())
    assert "annual-report-v2.pdf" in current["Content-Disposition"]
    first.refresh_from_db()
    page = client.get(publication.get_absolute_url()).content.decode()
    removed = date_format(timezone.localtime(first.taken_down_at))
    assert f"removed {removed}: {REASON}" in page
    assert first.get_absolute_url() not in page


def test_takedown_deletes_nothing_but_the_stored_file(officer, report):
    publication, first, second = report
    counts = (Publication.objects.count(), PublicationFile.objects.count())
    officer.post(takedown_url(publication), {"versions": [first.pk, second.pk], "reason": REASON})
    assert (Publication.objects.count(), PublicationFile.objects.count()) == counts
    assert FileVersion.objects.filter(pk__in=[first.pk, second.pk], file="").count() == 2


def test_taking_down_a_version_twice_is_refused(officer, report):
    publication, first, _ = report
    officer.post(takedown_url(publication), {"versions": [first.pk], "reason": REASON})
    first.refresh_from_db()
    again = officer.post(
        takedown_url(publication), {"versions": [first.pk], "reason": "A second reason."}
    )
    assert again.status_code == 200
    assert "not a file of this publication that is still online" in again.content.decode()
    before = (first.taken_down_at, first.takedown_reason)
    first.refresh_from_db()
    assert (first.taken_down_at, first.takedown_reason) == before
    with pytest.raises(ValidationError, match="already taken down"):
        file_version_take_down(publication, first.pk, user=officer.officer, reason="Again.")


def test_taking_down_another_publications_file_is_refused(officer, report):
    publication, _, _ = report
    other = file_add(PublicationFactory(title="Board papers"), name="papers.pdf")
    response = officer.post(takedown_url(publication), {"versions": [other.pk], "reason": REASON})
    assert response.status_code == 200
    assert f"Version {other.pk} is not a file of this publication" in response.content.decode()
    with pytest.raises(ValidationError, match="does not belong to this publication"):
        file_version_take_down(publication, other.pk, user=officer.officer, reason=REASON)
    other.refresh_from_db()
    assert not other.is_taken_down and default_storage.exists(other.file.name)


@pytest.mark.parametrize("reason", ["", "   \n  "])
def test_takedown_needs_a_public_reason(officer, report, reason):
    publication, first, _ = report
    response = officer.post(takedown_url(publication), {"versions": [first.pk], "reason": reason})
    assert "Give the public a reason for taking the file down." in response.content.decode()
    first.refresh_from_db()
    assert not first.is_taken_down and default_storage.exists(first.file.name)


def test_when_storage_refuses_the_removal_the_record_is_unchanged_and_the_officer_told(
    officer, client, report, monkeypatch
):
    publication, first, _ = report

    def refuse(name):
        raise OSError("storage unavailable")

    monkeypatch.setattr(FileVersion._meta.get_field("file").storage, "delete", refuse)
    response = officer.post(
        takedown_url(publication), {"versions": [first.pk], "reason": REASON}, follow=True
    )
    assert "could not be removed from storage" in response.content.decode()
    first.refresh_from_db()
    assert (first.taken_down_at, first.takedown_reason) == (None, "")
    client.logout()
    assert client.get(first.get_absolute_url()).status_code == 200


def test_withdrawn_publication_offers_to_take_down_its_files(officer, report):
    publication, _, _ = report
    publication.status = Publication.Status.WITHDRAWN
    publication.withdrawn_reason = "Superseded by the LLR-wide report."
    publication.save()
    html = officer.get(f"/admin/publications/publication/{publication.pk}/change/").content
    html = html.decode()
    assert "2 versions can be downloaded." in html
    assert f'href="{takedown_url(publication)}">Take down files</a>' in html


def test_only_library_staff_may_take_down(client, report):
    publication, first, _ = report
    staff_sign_in(client, UserFactory(username="editor", group=COMMUNICATIONS_STAFF))
    response = client.post(takedown_url(publication), {"versions": [first.pk], "reason": REASON})
    assert response.status_code == 403
    first.refresh_from_db()
    assert not first.is_taken_down


def test_takedown_of_an_unknown_publication_is_a_404(officer):
    assert officer.get("/admin/publications/publication/999999/takedown/").status_code == 404


def test_a_file_missing_from_storage_is_a_404_not_an_error(client, report):
    publication, first, second = report
    default_storage.delete(second.file.name)
    assert client.get(second.publication_file.get_absolute_url()).status_code == 404
    assert client.get(second.get_absolute_url()).status_code == 404


def test_database_refuses_a_takedown_without_a_reason(report):
    _, first, _ = report
    with pytest.raises(IntegrityError), transaction.atomic():
        FileVersion.objects.filter(pk=first.pk).update(taken_down_at=first.uploaded_at, file="")


def test_publication_admin_lists_each_version_with_its_takedown(officer, report):
    publication, first, second = report
    change = f"/admin/publications/publication/{publication.pk}/change/"
    html = officer.get(change).content.decode()
    assert f'<a href="{takedown_url(publication)}?version={first.pk}">Take down</a>' in html
    officer.post(takedown_url(publication), {"versions": [first.pk], "reason": REASON})
    first.refresh_from_db()
    html = officer.get(change).content.decode()
    removed = date_format(timezone.localtime(first.taken_down_at))
    uploaded = date_format(timezone.localtime(first.uploaded_at))
    assert f"Version 1</a>: annual-report.pdf (PDF, uploaded {uploaded}) superseded" in html
    assert f"taken down {removed}: {REASON}" in html
    assert f"?version={first.pk}" not in html and f"?version={second.pk}" in html
