"""Subject access and erasure: staff export and erase one person's data in the admin; the
person deletes it all from a link in any email."""

import json
import re

import pytest

from alerts.models import OutboxMessage, Subscriber
from governance.models import Question
from tests.alerts.helpers import link_in, subscribe
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    QuestionFactory,
    UserFactory,
    staff_sign_in,
)

pytestmark = pytest.mark.django_db
URL = "/admin/alerts/subscriber/personal-data/"


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


@pytest.fixture
def person(client, smtp, worker, capture):
    subscribe(client, worker, smtp, capture, "sam@example.com", topic="meetings")
    with capture(execute=True):
        QuestionFactory(
            agenda_item=AgendaItemFactory(meeting=MeetingFactory()), email="Sam@Example.com"
        )
    worker()
    return "sam@example.com"


def test_staff_export_everything_kept_about_one_address(client, person):
    staff_sign_in(client, UserFactory(username="officer", group="Governance officers"))
    page = client.get(URL, {"email": person}).content.decode()
    assert "Subscriptions: 1" in page and "Questions: 1" in page
    response = client.post(URL, {"email": person, "export": "1"})
    assert response["Content-Disposition"] == 'attachment; filename="personal-data.json"'
    data = json.loads(response.content)
    assert data["subscriber"]["subscriptions"][0]["follows"] == "all board meetings"
    assert data["questions"][0]["question"] == "How will this affect waiting times?"
    assert {m["subject"].split(" (")[0] for m in data["emails"]} >= {
        "We have received your question",
        "Confirm your subscription to LLR CCGs emails",
    }


def test_staff_erase_one_persons_data(client, person):
    staff_sign_in(client, UserFactory(username="officer", group="Governance officers"))
    client.post(URL, {"email": person, "erase": "1"})
    assert not Subscriber.objects.exists()
    assert not OutboxMessage.objects.filter(to__iexact=person).exists()
    question = Question.objects.get()
    assert (question.name, question.email) == ("", "")
    assert question.text  # the public record stays


def test_the_person_deletes_all_their_data_from_a_link_in_any_email(client, smtp, person):
    [acknowledgement] = [
        m for m in smtp.to(person) if m["Subject"].startswith("We have received your question")
    ]
    link = link_in(acknowledgement, "delete-my-data")
    assert "Delete all my data" in client.get(link).content.decode()
    response = client.post(link)
    assert "Your data has been deleted" in response.content.decode()
    assert not Subscriber.objects.exists() and not OutboxMessage.objects.exists()
    assert Question.objects.get().email == ""
    # Used again, it finds nothing left and says so.
    assert "Your data has been deleted" in client.post(link).content.decode()


def test_the_manage_page_also_deletes_everything(client, smtp, person):
    confirmed = client.get(link_in(smtp.to(person)[0], "confirm")).content.decode()
    manage = re.search(r'href="(/alerts/manage/[^"]+)"', confirmed).group(1)
    assert "Delete all my data" in client.get(manage).content.decode()
    client.post(manage, {"erase": ""})
    assert not Subscriber.objects.exists()
    assert Question.objects.get().email == ""
    assert client.get(manage).status_code == 410  # the link used again changes nothing
