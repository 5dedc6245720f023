"""/sitemap.xml (an index of the CMS pages' and the apps' sitemaps) and /robots.txt."""

import re

import pytest

from publications.models import Publication
from tests.factories import MeetingFactory, PersonFactory, PublicationFactory

pytestmark = pytest.mark.django_db


def locations(xml):
    return re.findall(r"<loc>([^<]+)</loc>", xml)


def test_every_url_in_the_sitemaps_answers_200(client):
    MeetingFactory(days_ahead=5)
    PersonFactory(name="Sitemap Person")
    PublicationFactory(title="Listed report", first_published="2020-01-01")
    draft = PublicationFactory(title="Draft report", status=Publication.Status.DRAFT)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = locations(index.content.decode())
    assert len(sections) == 7
    urls = []
    for section in sections:
        response = client.get(section.split("://", 1)[1].split("/", 1)[1].join(["/", ""]))
        assert response.status_code == 200, section
        urls += locations(response.content.decode())
    assert any("/publications/listed-report/" in url for url in urls)
    assert not any(draft.slug in url for url in urls)
    assert any(url.endswith("/practices/C82001/") for url in urls)
    for url in urls:
        path = "/" + url.split("://", 1)[1].split("/", 1)[1]
        assert client.get(path).status_code == 200, path


def test_publications_and_pages_have_lastmod(client):
    PublicationFactory(
        title="Dated report", first_published="2020-01-01", last_updated="2020-02-03"
    )
    xml = client.get("/sitemap-publications.xml").content.decode()
    assert "<lastmod>2020-02-03</lastmod>" in xml
    assert "<lastmod>" in client.get("/sitemap-pages.xml").content.decode()


def test_robots_disallows_everything_unless_search_engines_are_allowed(client, monkeypatch):
    assert client.get("/robots.txt").content.decode() == "User-agent: *\nDisallow: /\n"
    monkeypatch.setattr("search.conf.SEARCH_ENGINES_ALLOWED", True)
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text and "\nDisallow: /\n" not in text
    assert re.search(r"^Sitemap: http://testserver/sitemap.xml$", text, re.M)
