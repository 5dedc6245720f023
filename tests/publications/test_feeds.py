"""Feeds: links to the real site, the publications' own dates, advertised by every library page."""

import datetime
import re

import pytest
import time_machine
from django.contrib.sites.models import Site
from django.test import override_settings

from llr_site.sites import site_domain_apply
from publications.models import DocumentType
from tests.factories import PublicationFactory

pytestmark = pytest.mark.django_db

SEED_RAN = datetime.datetime(2026, 11, 29, 18, 45, tzinfo=datetime.UTC)


@pytest.fixture
def real_domain():
    with override_settings(SITE_DOMAIN="www.llr-ccgs.example"):
        site_domain_apply()
        yield
    site_domain_apply()


@pytest.fixture
def dated():
    with time_machine.travel(SEED_RAN, tick=False):
        minutes = PublicationFactory(
            title="Board minutes March 2019",
            document_type=DocumentType.objects.get(slug="minutes"),
            ccgs=("04C",),
            first_published=datetime.date(2019, 3, 20),
            last_updated=datetime.date(2019, 6, 1),
        )
        undated = PublicationFactory(title="Undated statement")
    return minutes, undated


def test_feed_links_point_at_the_sites_domain(client, real_domain, dated):
    xml = client.get("/publications/feed/?type=minutes", secure=True).content.decode()
    assert "example.com" not in xml
    site = "https://www.llr-ccgs.example/publications"
    assert f'<link href="{site}/?type=minutes" rel="alternate"/>' in xml
    assert f'<link href="{site}/feed/?type=minutes" rel="self"/>' in xml
    assert f'<link href="{site}/board-minutes-march-2019/" rel="alternate"/>' in xml


def test_feed_entries_carry_the_publications_own_dates_never_the_seed_run(client, dated):
    with time_machine.travel(SEED_RAN + datetime.timedelta(days=3), tick=False):
        xml = client.get("/publications/feed/").content.decode()
    entry = xml[xml.index("<entry>") :]
    assert "<published>2019-03-20T09:00:00+00:00</published>" in entry
    assert "<updated>2019-06-01T09:00:00+01:00</updated>" in entry
    assert "2026-11-29" not in xml and "2026-12-02" not in xml
    # An undated publication has no date of its own to give, so it is not an entry.
    assert "Undated statement" not in xml


def test_migrate_gives_the_site_the_configured_domain(settings):
    assert Site.objects.get_current().domain == settings.SITE_DOMAIN
    assert Site.objects.get_current().domain != "example.com"


@pytest.mark.parametrize(
    "query",
    ["", "?type=minutes", "?ccg=04C&q=board", "?year=2018-19&type=minutes&page=2&unknown=1"],
)
def test_library_pages_advertise_the_feed_of_their_filters_in_the_head(client, dated, query):
    html = client.get(f"/publications/{query}").content.decode()
    head = html[: html.index("</head>")]
    link = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*>', head)
    assert link is not None
    expected = query.replace("&page=2", "").replace("&unknown=1", "").replace("&", "&amp;")
    assert f'href="/publications/feed/{expected}"' in link.group()
