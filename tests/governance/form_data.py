"""What the governance forms post, as a person fills them in: the admin's meeting form (dates
typed dd/mm/yyyy in London time) and the public's question form."""

from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def meeting_form(meeting, **changes):
    """The admin's change form for `meeting`, dates typed as an officer types them."""
    local_start = meeting.starts_at.astimezone(LONDON)
    local_deadline = meeting.question_deadline.astimezone(LONDON)
    data = {
        "governing_body": str(meeting.governing_body_id),
        "starts_at_0": f"{local_start:%d/%m/%Y}",
        "starts_at_1": f"{local_start:%H:%M}",
        "ends_at_0": "",
        "ends_at_1": "",
        "venue": meeting.venue,
        "status": meeting.status,
        "private_part": "",
        "question_deadline_0": f"{local_deadline:%d/%m/%Y}",
        "question_deadline_1": f"{local_deadline:%H:%M}",
        "minutes": "",
        "agenda_items-TOTAL_FORMS": "0",
        "agenda_items-INITIAL_FORMS": "0",
    }
    return {**data, **changes}


def answers(meeting, **overrides):
    """A resident's question on the meeting's only agenda item."""
    data = {
        "agenda_item": str(meeting.agenda_items.get().pk),
        "name": "Sam Resident",
        "email": "sam@example.com",
        "text": "Will the walk-in centre stay open at weekends?",
        "website": "",
    }
    return {**data, **overrides}
