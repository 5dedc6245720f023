"""A published publication's old addresses keep working: a 301 to where it is now."""

import pytest
from django.test import TestCase

from llr_site.roles import GOVERNANCE_OFFICERS
from publications.models import OldSlug, Publication
from tests.factories import PublicationFactory, UserFactory, file_add, staff_sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(client):
    officer = client.__class__()
    staff_sign_in(officer, UserFactory(username="officer", group=GOVERNANCE_OFFICERS))
    return officer


def rename(officer, publication, slug, **fields):
    """Change the slug in the admin, as a governance officer does, and commit it (what is kept of
    the content is dropped once the change is committed)."""
    publication.refresh_from_db()
    files = publication.files.all()
    data = {
        "title": publication.title,
        "slug": slug,
        "document_type": publication.document_type_id,
        "ccgs": [ccg.pk for ccg in publication.ccgs.all()],
        "summary": publication.summary,
        "financial_year": publication.financial_year,
        "first_published": "",
        "last_updated": "",
        "status": fields.get("status", publication.status),
        "withdrawn_reason": publication.withdrawn_reason,
        "files-TOTAL_FORMS": str(len(files)),
        "files-INITIAL_FORMS": str(len(files)),
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "change_notes-TOTAL_FORMS": "0",
        "change_notes-INITIAL_FORMS": "0",
        "change_notes-MIN_NUM_FORMS": "0",
        "change_notes-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    for number, publication_file in enumerate(files):
        data |= {
            f"files-{number}-id": publication_file.pk,
            f"files-{number}-publication": publication.pk,
            f"files-{number}-title": publication_file.title,
            f"files-{number}-position": publication_file.position,
            f"files-{number}-note": "",
        }
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = officer.post(f"/admin/publications/publication/{publication.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    publication.refresh_from_db()
    assert publication.slug == slug


def test_old_address_of_a_renamed_publication_redirects_permanently(client, officer):
    publication = PublicationFactory(title="Annual report", slug="annual-report")
    version = file_add(publication)
    rename(officer, publication, "annual-report-2019-20")

    page = client.get("/publications/annual-report/?utm_source=newsletter")
    assert page.status_code == 301
    assert page["Location"] == "/publications/annual-report-2019-20/?utm_source=newsletter"
    current = client.get(f"/publications/annual-report/files/{version.publication_file_id}/")
    assert current.status_code == 301
    assert current["Location"] == version.publication_file.get_absolute_url()
    old_version = client.get(
        f"/publications/annual-report/files/{version.publication_file_id}/versions/1/"
    )
    assert (old_version.status_code, old_version["Location"]) == (301, version.get_absolute_url())
    assert client.get(page["Location"]).status_code == 200


def test_renamed_twice_every_old_address_goes_straight_to_the_current_one(client, officer):
    publication = PublicationFactory(title="Plan", slug="plan-a")
    rename(officer, publication, "plan-b")
    rename(officer, publication, "plan-c")
    for old in ("plan-a", "plan-b"):
        response = client.get(f"/publications/{old}/")
        assert (response.status_code, response["Location"]) == (301, "/publications/plan-c/")


def test_taking_back_an_old_slug_makes_it_the_address_again(client, officer):
    publication = PublicationFactory(title="Plan", slug="plan-a")
    rename(officer, publication, "plan-b")
    rename(officer, publication, "plan-a")
    assert client.get("/publications/plan-a/").status_code == 200
    assert client.get("/publications/plan-b/")["Location"] == "/publications/plan-a/"
    assert list(OldSlug.objects.values_list("slug", flat=True)) == ["plan-b"]


def test_another_publication_may_reuse_an_old_slug_and_its_last_holder_keeps_it(client, officer):
    first = PublicationFactory(title="Strategy 2019", slug="strategy")
    rename(officer, first, "strategy-2019")
    second = PublicationFactory(title="Strategy 2021", slug="strategy")
    assert client.get("/publications/strategy/").context["publication"] == second
    rename(officer, second, "strategy-2021")
    response = client.get("/publications/strategy/")
    assert (response.status_code, response["Location"]) == (301, "/publications/strategy-2021/")
    assert client.get("/publications/strategy-2019/").status_code == 200


def test_an_old_slug_never_leads_to_a_file_of_the_publication_now_at_that_address(client, officer):
    first = PublicationFactory(title="Strategy 2019", slug="strategy")
    old_file = file_add(first)
    rename(officer, first, "strategy-2019")
    PublicationFactory(title="Strategy 2021", slug="strategy")
    response = client.get(f"/publications/strategy/files/{old_file.publication_file_id}/")
    assert response.status_code == 404


def test_renaming_a_draft_leaves_no_old_address(client, officer):
    publication = PublicationFactory(
        title="Draft plan", slug="draft-plan", status=Publication.Status.DRAFT
    )
    rename(officer, publication, "plan")
    assert not OldSlug.objects.exists()
    assert client.get("/publications/draft-plan/").status_code == 404


def test_old_address_of_a_publication_back_in_draft_is_a_404(client, officer):
    publication = PublicationFactory(title="Plan", slug="plan-a")
    rename(officer, publication, "plan-b")
    Publication.objects.filter(pk=publication.pk).update(status=Publication.Status.DRAFT)
    assert client.get("/publications/plan-a/").status_code == 404
