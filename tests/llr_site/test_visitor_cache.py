"""Anonymous visitors get cached copies of the apps' pages; nobody gets a stale or personal one."""

from random import Random

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from ccgs.models import KeyFigure
from tests.cache_keys import cache_keys
from tests.factories import AgendaItemFactory, MeetingFactory, UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def visitor_cache_on():
    with override_settings(VISITOR_CACHE=True):
        yield


def test_second_visit_to_an_app_page_is_served_from_the_cache(
    client, django_assert_max_num_queries
):
    client.get("/pcns/")  # the first request after the seed reloads the apphook URLs
    first = client.get("/practices/?ccg=04V")
    with django_assert_max_num_queries(0):
        second = client.get("/practices/?ccg=04V")
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
    staff_sign_in(client, UserFactory(username="comms"))
    response = client.get("/pcns/")
    assert response.context is not None  # rendered for this request, not a cached copy


def test_pages_with_a_form_token_are_never_cached(client):
    meeting = MeetingFactory(days_ahead=10)
    AgendaItemFactory(meeting=meeting)
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

    assert "RENAMED PRACTICE" not in client.get("/practices/?ccg=03W").content.decode()
    rows = practice_rows()
    rows[1][1] = "RENAMED PRACTICE"  # C82001
    with django_capture_on_commit_callbacks(execute=True):
        ods_import(practices_write(tmp_path / "epraccur.csv", rows), PCNS_EXTRACT)
    assert "Renamed Practice" in client.get("/practices/?ccg=03W").content.decode()


def test_unknown_parameters_their_order_and_case_share_one_copy(client):
    client.get("/pcns/")
    first = client.get("/practices/?ccg=04V&settings=gp")
    assert first.context is not None
    again = client.get("/practices/?utm_source=mail&SETTINGS=GP&Ccg=04v&x=%3Cb%3E")
    assert again.context is None  # the copy kept for the first request
    assert again.content == first.content


def test_a_cms_page_asked_with_a_made_up_query_string_is_the_page_kept(client):
    """A CMS page reads no parameters: a campaign's `utm_` tags or a bot's random query string
    get the copy the CMS keeps of the page, and make no new entry in the shared cache."""
    path = "/leicester-city/our-role/"
    first = client.get(path)
    entries = len(cache_keys())
    for number in range(200):
        response = client.get(f"{path}?utm_source=newsletter-{number}&q=x{number}&Edit=1")
        assert response.status_code == 200
        assert response.content == first.content
    assert len(cache_keys()) == entries
    # The CMS toolbar's switch is kept: staff open the toolbar (and its sign-in) with it.
    html = client.get(f"{path}?utm_source=x&toolbar_on").content.decode()
    assert 'class="cms-toolbar-item cms-form-login"' in html
    assert f"next={path}%3Ftoolbar_on" in html


def test_the_view_gets_only_the_parameters_it_reads(client):
    client.get("/pcns/")
    html = client.get("/publications/?spam=visit-example-com&page=1").content.decode()
    assert "spam" not in html and "visit-example-com" not in html


def test_free_text_searches_are_rendered_and_never_kept(client):
    client.get("/pcns/")
    for path in ("/practices/?q=leicester", "/publications/?q=annual+report"):
        client.get(path)
        assert client.get(path).context is not None


@pytest.mark.parametrize(
    "path",
    [
        "/practices/?ccg=ZZZ",  # not a CCG
        "/practices/?page=abc",
        "/practices/?settings=everything",
        "/publications/?type=made-up",
        "/publications/?page=999",  # past the last page: shows the last
        "/governance/leicester-city/?members=former",
    ],
)
def test_made_up_values_are_rendered_and_never_kept(client, path):
    client.get("/pcns/")
    client.get(path)
    assert client.get(path).context is not None


def _cache_table_rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(value)), 0) FROM llr_flood_cache")
        return cursor.fetchone()


@pytest.mark.slow
def test_a_flood_of_distinct_query_strings_leaves_the_cache_bounded(client):
    """A bot sending a new query string with every request: a few thousand requests make no
    more entries than the pages it could have asked for honestly."""
    database_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "llr_flood_cache",
        }
    }
    # Entries live an hour: a slow machine must not see them expire and be written again.
    hour = {"content": 3600, "menus": 3600, "permissions": 3600}
    with override_settings(CACHES=database_cache, CMS_CACHE_DURATIONS=hour):
        call_command("createcachetable", verbosity=0)
        client.get("/pcns/")
        honest = ["/practices/", "/publications/", "/governance/meetings/"]
        for path in honest:
            client.get(path)
        rows_before, bytes_before = _cache_table_rows()
        random = Random(14)
        for number in range(3000):
            path = honest[number % 3]
            token = random.getrandbits(64)
            kind = number % 6
            if kind == 0:
                query = f"q={token:x}"  # a free-text search
            elif kind == 1:
                query = f"utm_{token:x}=1&ccg=&PAGE=1"
            elif kind == 2:
                query = f"page={token}"  # beyond the last page, or not a number we keep
            elif kind == 3:
                query = f"ccg={token:x}"
            elif kind == 4:
                query = f"year={token % 10**8}"
            else:
                query = f"type={token:x}&{token:x}=x"
            assert client.get(f"{path}?{query}").status_code in (200, 404)
        rows_after, bytes_after = _cache_table_rows()
    assert rows_after - rows_before <= 3
    assert bytes_after <= bytes_before + 3 * 512 * 1024
