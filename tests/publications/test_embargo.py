"""Embargo: a publication first published in the future stays off the public site until then."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.cache import cache
from django.test import override_settings

from llr_site.roles import GOVERNANCE_OFFICERS
from publications.models import Publication
from tests.factories import PublicationFactory, UserFactory, file_add, staff_sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cache_on_the_travelled_clock(settings):
    """These tests move the clock past an embargo and check that cached copies have expired.
    Redis keeps its own time, which time-machine cannot move: use a cache in this process."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


LONDON = ZoneInfo("Europe/London")
OUT_ON = datetime.date(2026, 12, 7)
EVENING_BEFORE = datetime.datetime(2026, 12, 6, 23, 30, tzinfo=LONDON)
JUST_AFTER_MIDNIGHT = datetime.datetime(2026, 12, 7, 0, 0, 30, tzinfo=LONDON)
# The CMS would otherwise keep pages for an hour: the embargo must cut that short.
LONG_CACHE = {"CMS_CACHE_DURATIONS": {"content": 3600, "menus": 3600, "permissions": 3600}}


@pytest.fixture
def embargoed():
    with time_machine.travel(EVENING_BEFORE, tick=False):
        publication = PublicationFactory(
            title="Annual report 2025-26", ccgs=("03W", "04C", "04V"), first_published=OUT_ON
        )
        file_add(publication)
    return publication


def public_views(client, publication):
    """What a visitor sees of `publication`: its page, the library, the feed, the home page."""
    return {
        "page": client.get(publication.get_absolute_url()).status_code,
        "file": client.get(publication.files.get().get_absolute_url()).status_code,
        "library": publication.title in client.get("/publications/").content.decode(),
        "feed": publication.title in client.get("/publications/feed/").content.decode(),
        "home": publication.title in client.get("/").content.decode(),
    }


HIDDEN = {"page": 404, "file": 404, "library": False, "feed": False, "home": False}
SHOWN = {"page": 200, "file": 200, "library": True, "feed": True, "home": True}


def test_embargoed_publication_is_off_the_public_site_until_its_date(client, embargoed):
    with time_machine.travel(EVENING_BEFORE, tick=False):
        assert public_views(client, embargoed) == HIDDEN
    with time_machine.travel(JUST_AFTER_MIDNIGHT, tick=False):
        assert public_views(client, embargoed) == SHOWN


@override_settings(VISITOR_CACHE=True, **LONG_CACHE)
def test_cached_copies_made_before_the_embargo_ends_expire_when_it_does(client, embargoed):
    with time_machine.travel(EVENING_BEFORE, tick=False):
        assert public_views(client, embargoed) == HIDDEN
        library = client.get("/publications/")
        assert library["Cache-Control"] == "s-maxage=1801"
        assert public_views(client, embargoed) == HIDDEN  # now from the caches
    with time_machine.travel(JUST_AFTER_MIDNIGHT, tick=False):
        assert public_views(client, embargoed) == SHOWN


@override_settings(VISITOR_CACHE=True, **LONG_CACHE)
def test_a_ccg_page_with_the_latest_publications_plugin_shows_it_once_out(client, embargoed):
    with time_machine.travel(EVENING_BEFORE, tick=False):
        assert embargoed.title not in client.get("/west-leicestershire/").content.decode()
    with time_machine.travel(JUST_AFTER_MIDNIGHT, tick=False):
        assert embargoed.title in client.get("/west-leicestershire/").content.decode()


def test_embargo_ends_at_midnight_in_london_in_summer_time(client):
    with time_machine.travel(datetime.datetime(2027, 6, 30, 12, tzinfo=LONDON), tick=False):
        publication = PublicationFactory(
            title="Summer report", first_published=datetime.date(2027, 7, 1)
        )
    # 23:30 UTC on 30 June is 00:30 on 1 July in London.
    with time_machine.travel(datetime.datetime(2027, 6, 30, 23, 30, tzinfo=datetime.UTC)):
        assert client.get(publication.get_absolute_url()).status_code == 200
    with time_machine.travel(datetime.datetime(2027, 6, 30, 22, 30, tzinfo=datetime.UTC)):
        assert client.get(publication.get_absolute_url()).status_code == 404


def test_library_staff_preview_an_embargoed_publication_with_its_date(client, embargoed):
    with time_machine.travel(EVENING_BEFORE, tick=False):
        # Inside the travel: a session signed in a week earlier would have ended (idle limit).
        staff_sign_in(client, UserFactory(username="officer", group=GOVERNANCE_OFFICERS))
        html = client.get(embargoed.get_absolute_url()).content.decode()
    assert "Embargoed: this publication appears on the public site on 7 December 2026." in html


def test_embargoed_withdrawn_publication_and_its_year_are_hidden_too(client):
    with time_machine.travel(EVENING_BEFORE, tick=False):
        withdrawn = PublicationFactory(
            title="Withdrawn early",
            status=Publication.Status.WITHDRAWN,
            withdrawn_reason="Wrong figures.",
            first_published=OUT_ON,
        )
        PublicationFactory(title="Future year", financial_year="2031-32", first_published=OUT_ON)
        assert client.get(withdrawn.get_absolute_url()).status_code == 404
        assert "2031-32" not in client.get("/publications/").content.decode()
    with time_machine.travel(JUST_AFTER_MIDNIGHT, tick=False):
        assert client.get(withdrawn.get_absolute_url()).status_code == 200
        assert "2031-32" in client.get("/publications/").content.decode()
