"""The trail of app pages from the CMS page an app hangs on down to the page shown."""

from nhsuk.menus import AppPage, app_page_trail
from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

MEETINGS = AppPage("/governance/meetings/", "Board meetings", "/governance/")
MEETING = AppPage("/governance/meetings/7/", "Meeting, 7 December 2026", "/governance/meetings/")
PERSON = AppPage("/governance/people/dr-a/", "Dr A", "/governance/")
PAGES = {page.path: page for page in (MEETINGS, MEETING, PERSON)}


def test_a_listed_page_has_every_listed_page_above_it():
    assert app_page_trail("/governance/meetings/7/", PAGES) == [MEETINGS, MEETING]
    assert app_page_trail("/governance/people/dr-a/", PAGES) == [PERSON]


def test_an_unlisted_url_hangs_below_the_nearest_listed_page_above_it():
    assert app_page_trail("/governance/meetings/7/question-received/", PAGES) == [
        MEETINGS,
        MEETING,
    ]
    assert app_page_trail("/governance/people/", PAGES) == []


def test_nothing_listed_on_the_way_gives_no_trail():
    assert app_page_trail("/governance/", PAGES) == []
    assert app_page_trail("/", PAGES) == []
    assert app_page_trail("/publications/report/", PAGES) == []
