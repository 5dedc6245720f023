"""Each process follows the apps' URLs (a page given an app, or losing it, on any server) without
asking the database on every request: it asks when the content has changed since it last asked,
and at least once a minute."""

import datetime

import pytest
import time_machine
from cms.utils import apphook_reload
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def revision_reads(client, path="/leicester-city/our-role/"):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return [query for query in queries if "cms_urlconfrevision" in query["sql"]]


def test_a_request_asks_nothing_while_the_content_is_unchanged(client):
    revision_reads(client)
    assert revision_reads(client) == []
    assert revision_reads(client, "/practices/") == []


def test_a_change_of_the_apps_urls_on_any_server_is_followed_at_once(
    client, django_capture_on_commit_callbacks
):
    revision_reads(client)
    with django_capture_on_commit_callbacks(execute=True):
        # Another server gave a page an app: it wrote a new revision, in the same database.
        revision = apphook_reload.mark_urlconf_as_changed()
    assert apphook_reload.get_local_revision() != revision
    assert len(revision_reads(client)) == 1
    assert apphook_reload.get_local_revision() == revision


def test_the_database_is_asked_at_least_once_a_minute(client):
    start = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        revision_reads(client)
        clock.shift(datetime.timedelta(seconds=50))
        assert revision_reads(client) == []
        clock.shift(datetime.timedelta(seconds=20))
        assert len(revision_reads(client)) == 1
