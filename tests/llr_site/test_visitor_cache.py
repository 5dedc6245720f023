"""Anonymous visitors get cached copies of the apps' pages; nobody gets a stale or personal one."""

import pytest
from django.test import override_settings

from ccgs.models import KeyFigure
from tests.factories import agenda_item_create, meeting_create, staff_sign_in, user_create

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def visitor_cache_on():
    with override_settings(VISITOR_CACHE=True):
        yield


def test_second_visit_to_an_app_page_is_served_from_the_cache(
    client, django_assert_max_num_queries
):
    client.get("/pcns/")  # the first request after the seed reloads the apphook URLs
    first = client.get("/practices/?q=leicester")
    with django_assert_max_num_queries(1):  # the CMS's check for changed apphook URLs
        second = client.get("/practices/?q=leicester")
    assert second.content == first.content
    assert second.context is None


def test_saving_a_record_drops_the_cached_copies(client, django_capture_on_commit_callbacks):
    assert "£362 million" in client.get("/west-leicestershire/").content.decode()
    figure = KeyFigure.objects.get(ccg__code="04V", kind="budget")
    figure.value = 363_000_000
    with django_capture_on_commit_callbacks(execute=True):
        figure.save()
    assert "£363 million" in client.get("/west-leicestershire/").content.decode()


def test_staff_always_get_the_page_rendered(client):
    client.get("/pcns/")
    staff_sign_in(client, user_create("comms"))
    response = client.get("/pcns/")
    assert response.context is not None  # rendered for this request, not a cached copy


def test_pages_with_a_form_token_are_never_cached(client):
    meeting = meeting_create(days_ahead=10)
    agenda_item_create(meeting)
    path = f"/governance/meetings/{meeting.pk}/"
    first = client.get(path)
    assert 'name="csrfmiddlewaretoken"' in first.content.decode()
    assert client.get(path).context is not None


def test_not_found_pages_are_not_cached(client):
    client.get("/practices/ZZ9999/")
    response = client.get("/practices/ZZ9999/")
    assert response.status_code == 404
    assert response.context is not None


def test_visitors_with_a_session_get_the_page_rendered(client):
    client.get("/pcns/")
    client.cookies["sessionid"] = "anything"
    assert client.get("/pcns/").context is not None


def test_an_ods_import_drops_the_cached_copies(
    client, tmp_path, django_capture_on_commit_callbacks
):
    from ccgs.ods_import import ods_import
    from tests.ods_files import PCNS_EXTRACT, practice_rows, practices_write

    assert "RENAMED PRACTICE" not in client.get("/practices/?q=C82001").content.decode()
    rows = practice_rows()
    rows[1][1] = "RENAMED PRACTICE"  # C82001
    with django_capture_on_commit_callbacks(execute=True):
        ods_import(practices_write(tmp_path / "epraccur.csv", rows), PCNS_EXTRACT)
    assert "Renamed Practice" in client.get("/practices/?q=C82001").content.decode()
