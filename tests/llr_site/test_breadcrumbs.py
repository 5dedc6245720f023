"""Every page type's breadcrumbs come from the CMS menu, the apps' pages included (their
`cms_menus.py`), through the one component: links from the home page to the parent, and a
back link to the parent."""

import re

import pytest

from governance.models import Meeting
from governance.selectors import governance_page_list
from publications.services import file_version_take_down
from tests.factories import MeetingFactory, PersonFactory, PublicationFactory, UserFactory, file_add
from tests.page_types import page_types_create

pytestmark = pytest.mark.django_db

HOME = ("Home", "/")
GOVERNANCE = [HOME, ("Governance", "/governance/")]
BOARD_MEETINGS = [*GOVERNANCE, ("Board meetings", "/governance/meetings/")]


def breadcrumbs(html):
    """[(title, url) of each crumb], and the back link's (title, url); None without any."""
    if 'aria-label="Breadcrumb"' not in html:
        return None
    nav = html.split('aria-label="Breadcrumb"', 1)[1].split("</nav>", 1)[0]
    crumbs = re.findall(r'<a class="nhsuk-breadcrumb__link" href="([^"]+)">([^<]+)</a>', nav)
    back = re.search(
        r'<a class="nhsuk-back-link" href="([^"]+)">'
        r'<span class="nhsuk-u-visually-hidden">Back to </span>([^<]+)</a>',
        nav,
    )
    return [(title, url) for url, title in crumbs], (back[2], back[1])


def expected(page_types):
    meeting_path = page_types["meeting-with-question-form"]
    meeting = Meeting.objects.get(pk=meeting_path.strip("/").rpartition("/")[2])
    return {
        "home": None,
        "content-page": [HOME, ("Leicester City", "/leicester-city/")],
        "content-with-side-column": [HOME],
        "ccg-profile": [HOME],
        "finder": [HOME],
        "finder-near-a-postcode": [HOME],
        "practice": [HOME, ("GP practices", "/practices/")],
        "pcn-list": [HOME],
        "pcn": [HOME, ("Primary care networks", "/pcns/")],
        "library": [HOME],
        "library-filtered": [HOME],
        "publication": [HOME, ("Publications", "/publications/")],
        "governance-index": [HOME],
        "governing-body": GOVERNANCE,
        "person": GOVERNANCE,
        "joint-working": GOVERNANCE,
        "meetings": GOVERNANCE,
        "meeting-with-question-form": BOARD_MEETINGS,
        "question-received": [*BOARD_MEETINGS, (str(meeting), meeting_path)],
        "not-found": None,
        "staff-sign-in": None,
        "accessibility-statement": [HOME],
        "contact": [HOME],
    }


def test_every_page_type_has_breadcrumbs_from_the_menu(client):
    page_types = page_types_create()
    for name, crumbs in expected(page_types).items():
        shown = breadcrumbs(client.get(page_types[name]).content.decode())
        assert shown == (crumbs and (crumbs, crumbs[-1])), name


def test_a_removed_file_leads_back_to_its_publication(client):
    publication = PublicationFactory(title="Annual report 2019")
    version = file_add(publication, "annual-report.pdf")
    officer = UserFactory(username="officer-crumbs")
    file_version_take_down(publication, version.pk, user=officer, reason="Personal data.")
    response = client.get(version.get_absolute_url())
    assert response.status_code == 410
    crumbs = [
        HOME,
        ("Publications", "/publications/"),
        ("Annual report 2019", publication.get_absolute_url()),
    ]
    assert breadcrumbs(response.content.decode()) == (crumbs, crumbs[-1])


def test_a_new_meeting_is_in_the_menu_once_saved(client, django_capture_on_commit_callbacks):
    MeetingFactory(days_ahead=3)
    client.get("/governance/meetings/")  # the list of pages is now cached
    with django_capture_on_commit_callbacks(execute=True):
        later = MeetingFactory(days_ahead=30)
    html = client.get(f"{later.get_absolute_url()}question-received/").content.decode()
    crumbs, back = breadcrumbs(html)
    assert back == (str(later), later.get_absolute_url())


def test_the_apps_pages_are_listed_in_a_fixed_number_of_queries(django_assert_num_queries):
    for number in range(5):
        PersonFactory(name=f"Person {number}")
        MeetingFactory(days_ahead=number + 1)
    with django_assert_num_queries(3):  # governing bodies with their CCGs, people, meetings
        pages = governance_page_list()
    assert len(pages) >= 12
    with django_assert_num_queries(0):  # kept until the content changes
        governance_page_list()


def test_the_header_menu_marks_the_section_of_an_app_page(client):
    page_types = page_types_create()
    html = client.get(page_types["person"]).content.decode()
    menu = html.split('aria-label="Menu"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'href="([^"]+)" aria-current="(\w+)"', menu) == [("/governance/", "true")]
