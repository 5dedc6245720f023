"""One address for every type of page the public reaches, with its content in place: the list
the reflow (320 px) and HTML-validity tests go through."""

from tests.factories import AgendaItemFactory, MeetingFactory, PersonFactory, PublicationFactory


def page_types_create(*, long_url="https://www.example.nhs.uk/", long_email="x@example.nhs.uk"):
    """Make the records the pages show; `long_url` and `long_email` go where officers paste
    text that cannot wrap at a space. Returns {page type: path}."""
    paper = PublicationFactory(
        title=f"Board paper on the urgent care review ({long_url})",
        summary=f"Questions about this paper: {long_email}.",
        slug="urgent-care-review-board-paper",
    )
    meeting = MeetingFactory(days_ahead=10, venue=f"Council Chamber, City Hall ({long_url})")
    item = AgendaItemFactory(
        meeting=meeting,
        reference="B/18/154",
        title="Urgent care review",
        presenter="Medical director",
    )
    item.papers.add(paper)
    AgendaItemFactory(
        meeting=meeting, reference="B/18/155", title="Financial plan", purpose="approve"
    )
    person = PersonFactory(name="Example Person", biography=f"Contact: {long_email}")
    person.interests.create(interest=f"Trustee, see {long_url}", declared_on="2019-05-13")
    return {
        **_alerts_pages(long_email),
        "home": "/",
        "content-page": "/leicester-city/our-role/",
        "content-with-side-column": "/how-ccgs-work/",
        "ccg-profile": "/west-leicestershire/",
        "finder": "/practices/?q=leicester",
        "finder-near-a-postcode": "/practices/?q=LE3+9QP",
        "practice": "/practices/C82001/",
        "pcn-list": "/pcns/",
        "pcn": "/pcns/U25294/",
        "library": "/publications/",
        "library-filtered": "/publications/?type=ccg-assurance-letter&ccg=04V&q=letter",
        "publication": paper.get_absolute_url(),
        "governance-index": "/governance/",
        "governing-body": "/governance/leicester-city/",
        "person": person.get_absolute_url(),
        "joint-working": "/governance/joint-working/",
        "meetings": "/governance/meetings/",
        "meeting-with-question-form": meeting.get_absolute_url(),
        "question-received": f"{meeting.get_absolute_url()}question-received/",
        "not-found": "/no-such-page/",
        "staff-sign-in": "/staff/sign-in/",
        "accessibility-statement": "/accessibility-statement/",
        "contact": "/contact/",
        "search-results": "/search/?q=urgent+care",
        "search-no-results": "/search/?q=qwxzv",
    }


def _alerts_pages(long_email):
    """The "Get emails" form and a subscriber's own page (an address that cannot wrap)."""
    from django.utils import timezone

    from alerts import tokens
    from alerts.models import Subscriber, Subscription

    subscriber = Subscriber.objects.create(email=long_email, confirmed_at=timezone.now())
    Subscription.objects.create(subscriber=subscriber, topic="meetings", frequency="weekly")
    token = tokens.token_make(tokens.MANAGE, subscriber.pk, subscriber.email)
    return {
        "get-emails": "/alerts/subscribe/?topic=publications&type=annual-report&ccg=04V",
        "manage-emails": f"/alerts/manage/{token}/",
    }
