"""Staff's side: the report of searches (counts only) and best bets, which must pin a page the
search finds."""

import pytest

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from publications.models import Publication
from search.models import BestBet
from tests.factories import PublicationFactory, UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db


def test_staff_see_the_most_frequent_searches_and_those_that_found_nothing(client):
    for text in ["leicester", "Leicester", "qwxzv"]:
        client.get("/search/", {"q": text})
    staff_sign_in(client, UserFactory(username="officer", group=GOVERNANCE_OFFICERS))
    html = client.get("/admin/search/querycount/").content.decode()
    assert "<td>leicester</td><td>2</td><td>0</td>" in html
    assert "<td>qwxzv</td><td>1</td>" in html
    assert html.index("Searches that found nothing") < html.rindex("qwxzv")


def test_a_best_bet_must_pin_a_page_the_search_finds(client, committed):
    with committed():
        public = PublicationFactory(title="Public report")
        draft = PublicationFactory(title="Draft report", status=Publication.Status.DRAFT)
    staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    refused = client.post(
        "/admin/search/bestbet/add/",
        {"query": "report", "url": f"/publications/{draft.slug}/", "description": ""},
    )
    assert "does not find a public page at this address" in refused.content.decode()
    assert not BestBet.objects.exists()
    client.post(
        "/admin/search/bestbet/add/",
        {"query": "  Annual   REPORT ", "url": public.get_absolute_url(), "description": ""},
    )
    assert BestBet.objects.get().query == "annual report"


def test_the_rebuild_command_writes_the_index_again_and_says_so(capsys):
    from django.core.management import call_command

    from search.models import Entry

    Entry.objects.filter(kind="practice").delete()
    Entry.objects.create(kind="person", object_id=999_999, url="/gone/", title="Stale")
    call_command("search_index", "--rebuild")
    output = capsys.readouterr().out
    assert "GP practice: " in output and "Indexed " in output
    assert Entry.objects.filter(kind="practice").exists()
    assert not Entry.objects.filter(title="Stale").exists()
