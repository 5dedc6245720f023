"""schema.org JSON-LD on the pages that describe things, read back by a JSON-LD processor."""

import json
import re

import pytest
from pyld import jsonld

from governance.models import Meeting
from tests.factories import MeetingFactory, PublicationFactory, file_add

pytestmark = pytest.mark.django_db
SCHEMA = "https://schema.org/"


def offline_loader(url, options=None):
    """schema.org's context without the network: its vocabulary is all the expansion needs."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org")
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": SCHEMA}},
    }


def json_ld_of(client, path):
    html = client.get(path).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1, blocks
    assert "<" not in blocks[0]
    expanded = jsonld.expand(json.loads(blocks[0]), {"documentLoader": offline_loader})
    assert len(expanded) == 1
    return expanded[0]


def value(node, name):
    return node[SCHEMA + name][0].get("@value", node[SCHEMA + name][0].get("@id"))


def test_a_ccg_is_a_government_organisation_with_its_ods_code(client):
    node = json_ld_of(client, "/west-leicestershire/")
    assert node["@type"] == [SCHEMA + "GovernmentOrganization"]
    identifier = node[SCHEMA + "identifier"][0]
    assert value(identifier, "value") == "04V"


def test_a_practice_is_a_medical_clinic_with_address_and_telephone(client):
    node = json_ld_of(client, "/practices/C82001/")
    assert node["@type"] == [SCHEMA + "MedicalClinic"]
    address = node[SCHEMA + "address"][0]
    assert value(address, "postalCode")
    assert SCHEMA + "telephone" in node


def test_a_meeting_is_an_event_with_place_status_and_question_deadline(client):
    meeting = MeetingFactory(days_ahead=10, status=Meeting.Status.CANCELLED)
    node = json_ld_of(client, meeting.get_absolute_url())
    assert node["@type"] == [SCHEMA + "Event"]
    assert value(node, "eventStatus") == SCHEMA + "EventCancelled"
    assert value(node[SCHEMA + "location"][0], "name") == meeting.venue
    assert value(node[SCHEMA + "potentialAction"][0], "endTime")


def test_a_publication_is_a_digital_document_with_dates_and_files(client):
    publication = PublicationFactory(
        title="Annual report </script><script>alert(1)</script>",
        first_published="2020-07-01",
        last_updated="2020-08-01",
    )
    file_add(publication)
    node = json_ld_of(client, publication.get_absolute_url())
    assert node["@type"] == [SCHEMA + "DigitalDocument"]
    assert value(node, "name").startswith("Annual report </script>")
    assert value(node, "datePublished") == "2020-07-01"
    media = node[SCHEMA + "associatedMedia"][0]
    assert value(media, "encodingFormat") == "application/pdf"


def test_the_practice_lists_are_a_dataset(client):
    node = json_ld_of(client, "/practices/")
    assert node["@type"] == [SCHEMA + "Dataset"]
    assert len(node[SCHEMA + "distribution"]) == 2


def test_the_home_page_offers_the_sites_search(client):
    node = json_ld_of(client, "/")
    action = node[SCHEMA + "potentialAction"][0]
    assert action["@type"] == [SCHEMA + "SearchAction"]
