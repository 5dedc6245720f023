"""Every data table on the site is the NHS.UK responsive table, so it fits a 320 px screen."""

import datetime

import pytest

from tests.factories import AgendaItemFactory, MeetingFactory, PersonFactory, PublicationFactory

pytestmark = pytest.mark.django_db

CELL = (
    '<td class="nhsuk-table__cell" role="cell">'
    '<span class="nhsuk-table__heading" aria-hidden="true">{} </span><span>{}</span></td>'
)


def test_meeting_agenda_is_a_responsive_table_with_headings_in_every_cell(client):
    meeting = MeetingFactory(days_ahead=10)
    item = AgendaItemFactory(meeting=meeting, reference="B/18/154", title="Urgent care review")
    paper = PublicationFactory(title="Urgent care paper")
    item.papers.add(paper)
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert '<table class="nhsuk-table nhsuk-table--responsive" role="table">' in html
    assert "nhsuk-table-responsive" not in html  # the class nhsuk-frontend 11 removes
    assert CELL.format("Reference", "B/18/154") in html
    assert CELL.format("Item", "Urgent care review") in html
    assert (
        CELL.format("Papers", f'<a href="{paper.get_absolute_url()}">Urgent care paper</a>') in html
    )
    assert html.count('role="columnheader"') == 5


def test_register_of_interests_is_a_responsive_table(client):
    person = PersonFactory(name="Pat Example")
    person.interests.create(interest="Trustee of a charity", declared_on=datetime.date(2019, 5, 13))
    html = client.get(person.get_absolute_url()).content.decode()
    assert (
        '<caption class="nhsuk-table__caption nhsuk-u-visually-hidden">'
        "Interests declared by Pat Example</caption>" in html
    )
    assert CELL.format("Interest", "Trustee of a charity") in html
    assert CELL.format("Date declared", "13 May 2019") in html
