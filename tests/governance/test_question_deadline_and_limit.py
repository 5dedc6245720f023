"""The question form stays open until its deadline, to the second and across the clock changes,
and its question field shows the limit the server enforces (NHS.UK character count)."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import IntegrityError, transaction

from governance.models import Question
from tests.factories import AgendaItemFactory, MeetingFactory, QuestionFactory
from tests.governance.form_data import answers

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")

# In UTC: arithmetic on a London time is wall-clock arithmetic and forgets which 01:30 it was.
DEADLINES = {
    "winter evening": datetime(2026, 12, 11, 17, 0, tzinfo=LONDON).astimezone(UTC),
    # 31 October 2027, last Sunday of October: 01:30 happens twice.
    "01:30 BST, before the clocks go back": datetime(
        2027, 10, 31, 1, 30, tzinfo=LONDON, fold=0
    ).astimezone(UTC),
    "01:30 GMT, after the clocks go back": datetime(
        2027, 10, 31, 1, 30, tzinfo=LONDON, fold=1
    ).astimezone(UTC),
    # 28 March 2027, last Sunday of March: 01:00 GMT is followed by 02:00 BST.
    "02:00 BST, as the clocks go forward": datetime(2027, 3, 28, 1, 0, tzinfo=UTC),
}


def meeting_closing_at(deadline):
    meeting = MeetingFactory(starts_at=deadline + timedelta(days=2), question_deadline=deadline)
    AgendaItemFactory(meeting=meeting, reference="B/27/1", title="Urgent care review")
    return meeting


@pytest.mark.parametrize("deadline", DEADLINES.values(), ids=DEADLINES.keys())
@pytest.mark.parametrize(
    ("offset", "open_"),
    [
        (timedelta(seconds=-1), True),
        (timedelta(microseconds=-1), True),
        (timedelta(0), False),
        (timedelta(seconds=1), False),
    ],
    ids=["a second before", "a microsecond before", "at the deadline", "a second after"],
)
def test_the_question_form_stays_open_until_its_deadline_exactly(client, deadline, offset, open_):
    meeting = meeting_closing_at(deadline)
    with time_machine.travel(deadline + offset, tick=False):
        page = client.get(meeting.get_absolute_url()).content.decode()
        response = client.post(meeting.get_absolute_url(), answers(meeting))
    assert ("Ask a question about an agenda item" in page) is open_
    assert response.status_code == (302 if open_ else 409)
    assert Question.objects.filter(agenda_item__meeting=meeting).exists() is open_
    if not open_:
        assert "Sorry, questions for this meeting closed at" in response.content.decode()


@pytest.mark.parametrize(
    ("deadline", "shown", "closed"),
    [
        (
            DEADLINES["01:30 BST, before the clocks go back"],
            "Send yours by 01:30 BST on Sunday 31 October 2027.",
            "closed at Sunday 31 October 2027, 01:30 BST.",
        ),
        (
            DEADLINES["01:30 GMT, after the clocks go back"],
            "Send yours by 01:30 GMT on Sunday 31 October 2027.",
            "closed at Sunday 31 October 2027, 01:30 GMT.",
        ),
        (
            DEADLINES["winter evening"],
            "Send yours by 17:00 on Friday 11 December 2026.",
            "closed at Friday 11 December 2026, 17:00.",
        ),
    ],
)
def test_a_deadline_in_the_hour_that_happens_twice_says_which_one(client, deadline, shown, closed):
    meeting = meeting_closing_at(deadline)
    with time_machine.travel(deadline - timedelta(hours=3), tick=False):
        assert shown in client.get(meeting.get_absolute_url()).content.decode()
    with time_machine.travel(deadline + timedelta(hours=3), tick=False):
        assert closed in client.get(meeting.get_absolute_url()).content.decode()


# The character count ------------------------------------------------------------------------


@pytest.fixture
def meeting():
    return meeting_closing_at(DEADLINES["winter evening"])


@pytest.fixture
def before_the_deadline():
    with time_machine.travel(DEADLINES["winter evening"] - timedelta(days=1), tick=False):
        yield


def character_count_of(html):
    """The character count's markup, from its form group to its count message."""
    match = re.search(
        r'<div class="nhsuk-form-group[^"]*nhsuk-character-count".*?id="id_text-info">.*?</div>',
        html,
        re.S,
    )
    assert match, "no character count on the page"
    return match.group(0)


def test_question_field_is_an_nhsuk_character_count_stating_its_limit(
    client, meeting, before_the_deadline
):
    html = client.get(meeting.get_absolute_url()).content.decode()
    component = character_count_of(html)
    assert 'data-module="nhsuk-character-count" data-maxlength="2000"' in component
    assert 'class="nhsuk-textarea nhsuk-js-character-count" id="id_text"' in component
    assert 'aria-describedby="id_text-info id_text-hint"' in component
    # Without JavaScript the count message is an ordinary hint that states the limit.
    assert (
        '<div class="nhsuk-hint nhsuk-character-count__message" id="id_text-info">'
        "You can enter up to 2,000 characters</div>"
    ) in component
    assert " maxlength=" not in component  # the count warns; it never cuts a question short


def test_a_question_over_the_limit_is_refused_with_the_count_and_the_text_kept(
    client, meeting, before_the_deadline
):
    text = "Will it open at weekends? " * 77 + "x" * 3  # 2,005 characters
    response = client.post(meeting.get_absolute_url(), answers(meeting, text=text))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<li><a href="#id_text">Question must be 2,000 characters or fewer</a></li>' in html
    component = character_count_of(html)
    assert "nhsuk-form-group--error nhsuk-character-count" in component
    assert 'aria-describedby="id_text-info id_text-hint id_text-error"' in component
    assert f">{text}</textarea>" in component
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("x" * 2000, True),
        ("x" * 2001, False),
        # Browsers send line breaks as CR LF and count them as one character.
        ("\r\n".join(["x" * 199] * 10) + "x", True),  # 1,990 + 9 breaks + 1 = 2,000
        ("\r\n".join(["x" * 199] * 10) + "xx", False),
        # The count counts as JavaScript does: an emoji is two.
        ("\N{GRINNING FACE}" * 1000, True),
        ("\N{GRINNING FACE}" * 1000 + "x", False),
        ("é" * 2000, True),
    ],
    ids=["2000", "2001", "2000 with CR LF", "2001 with CR LF", "1000 emoji", "1000 emoji+1", "é"],
)
def test_the_server_enforces_the_limit_the_count_shows(
    client, meeting, before_the_deadline, text, accepted
):
    response = client.post(meeting.get_absolute_url(), answers(meeting, text=text))
    assert response.status_code == (302 if accepted else 200)
    assert Question.objects.exists() is accepted
    if accepted:
        assert Question.objects.get().text == text.replace("\r\n", "\n")
    else:
        assert "Question must be 2,000 characters or fewer" in response.content.decode()


def test_the_database_refuses_a_question_over_the_limit(meeting):
    item = meeting.agenda_items.get()
    QuestionFactory(agenda_item=item, text="x" * 2000)
    with pytest.raises(IntegrityError), transaction.atomic():
        QuestionFactory(agenda_item=item, text="x" * 2001)
    assert Question.objects.count() == 1
