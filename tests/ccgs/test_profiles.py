"""The CCG profiles: figures with date and source, timeline, PCNs, closure banner, blocks."""

import datetime
import re
from html import unescape

import pytest
from cms.api import add_plugin
from cms.models import PageContent
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from djangocms_versioning.models import Version

from ccgs.models import Ccg, CcgStatement, KeyFigure, OdsImportRun, Practice, TimelineEvent
from llr_site.roles import GOVERNANCE_OFFICERS
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db


def text_of(html):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_each_ccg_page_shows_its_profile(client):
    for path, name, code in [
        ("/leicester-city/", "NHS Leicester City CCG", "04C"),
        ("/west-leicestershire/", "NHS West Leicestershire CCG", "04V"),
        ("/east-leicestershire-and-rutland/", "NHS East Leicestershire and Rutland CCG", "03W"),
    ]:
        response = client.get(path)
        assert response.context["profile"].ccg.code == code
        page = text_of(response.content.decode())
        assert f"Organisation {name}" in page
        assert f"ODS code {code}" in page
        assert "Key figures" in page and "Our history" in page


def test_latest_figure_first_with_the_earlier_ones_beside_it(client):
    page = text_of(client.get("/west-leicestershire/").content.decode())
    assert "48 GP practices (2019)" in page
    latest = page.index("48 GP practices (2019)")
    assert latest < page.index("47 GP practices (2018)") < page.index("50 GP practices (2012)")
    assert "Source: West Leicestershire CCG, Your CCG (2019)" in page
    assert "£362 million a year (2019)" in page
    page = text_of(client.get("/leicester-city/").content.decode())
    assert page.index("almost 330,000 people (2021)") < page.index(
        "approximately 365,000 people (2012)"
    )
    assert "around £560 million a year (2021)" in page


def test_ods_practice_count_is_shown_next_to_the_published_figures_with_its_date(client):
    west = Ccg.objects.get(code="04V")
    counted = west.practices.filter(status="A", prescribing_setting=4).count()
    page = text_of(client.get("/west-leicestershire/").content.decode())
    assert f"ODS, published December 2019: {counted} active GP practices." in page
    assert KeyFigure.objects.filter(ccg=west, kind="practices").count() == 3  # never replaced


def test_areas_mission_values_goals_and_objectives_from_the_seeds(client):
    page = text_of(client.get("/west-leicestershire/").content.decode())
    for text in [
        "District council areas North West Leicestershire, Charnwood, Hinckley & Bosworth",
        "Localities Charnwood North, Charnwood South",
        "Patients, practices and partners working together",
        "Democratic",
        "Way in which our NHS resources",
        "West Leicestershire CCG's ten strategic objectives",
        "Re-deploying resources to support service provision closer to home",
        "The LLR CCGs' strategic objectives, approved January 2021",
    ]:
        assert text in page, text
    page = text_of(client.get("/east-leicestershire-and-rutland/").content.decode())
    assert "Areas served Melton, Rutland, Market Harborough" in page
    assert "Our mission" not in page  # the seeds give none for this CCG


def test_timeline_is_an_ordered_list_of_dated_events(client):
    html = client.get("/leicester-city/").content.decode()
    timeline = html.split('<ol class="llr-timeline">', 1)[1].split("</ol>", 1)[0]
    dates = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', timeline)
    assert dates == [
        ("2011", "2011"),
        ("2012-05", "May 2012"),
        ("2013-04", "April 2013"),
        ("2019-07-01", "1 July 2019"),
        ("2020", "2020"),
        ("2021-01", "January 2021"),
    ]
    assert "Leicester City CCG formed" in timeline
    assert "West Leicestershire CCG established" not in timeline  # another CCG's event
    assert "<script" not in html.split("<main", 1)[1]


def test_profile_lists_its_pcns_with_their_practices(client):
    html = client.get("/east-leicestershire-and-rutland/").content.decode()
    assert "Melton, Syston and Vale PCN" in html
    assert 'href="/practices/C83653/"' in html
    assert 'href="/practices/?ccg=03W"' in html


def close(ccg_code, successor="NHS Leicester, Leicestershire and Rutland ICB"):
    """Close the CCG as the admin does: saved, and the cached copies dropped after the commit."""
    ccg = Ccg.objects.get(code=ccg_code)
    ccg.closed_on, ccg.successor_name = datetime.date(2022, 7, 1), successor
    with TestCase.captureOnCommitCallbacks(execute=True):
        ccg.save()


BANNER = "This organisation has closed"


def test_no_banner_while_the_ccg_is_open(client):
    assert BANNER not in client.get("/west-leicestershire/").content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/west-leicestershire/",
        "/west-leicestershire/our-mission-values-and-goals/",
        "/practices/C82062/",  # Barrow Health Centre, a West Leicestershire practice
        "/pcns/U74544/",
    ],
)
def test_closed_ccg_shows_the_banner_on_each_of_its_pages(client, path):
    close("04V")
    page = text_of(client.get(path).content.decode())
    assert BANNER in page
    assert (
        "NHS West Leicestershire CCG closed on 1 July 2022. Its responsibilities passed to "
        "NHS Leicester, Leicestershire and Rutland ICB." in page
    )


def test_banner_stays_on_the_closed_ccgs_pages(client):
    close("04V")
    for path in ["/leicester-city/", "/", "/practices/C82001/"]:
        assert BANNER not in client.get(path).content.decode()


def test_staff_close_a_ccg_in_the_admin_and_the_banner_shows_at_once(client):
    officer = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    staff_sign_in(client, officer)
    ccg = Ccg.objects.get(code="03W")
    url = f"/admin/ccgs/ccg/{ccg.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {
        "short_name": ccg.short_name,
        "page": ccg.page_id,
        "closed_on": "",
        "successor_name": "NHS LLR ICB",
        "successor_url": "",
        **{
            f"{prefix}-{field}": value
            for prefix in ("key_figures", "areas")
            for field, value in (("TOTAL_FORMS", 0), ("INITIAL_FORMS", 0))
        },
    }
    assert form is not None
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Set the closing date before naming a successor body." in response.content.decode()
    assert Ccg.objects.get(code="03W").successor_name == ""

    response = client.post(url, {**data, "closed_on": "2022-07-01"})
    assert response.status_code == 302
    client.logout()
    assert "NHS LLR ICB" in client.get("/east-leicestershire-and-rutland/").content.decode()


def test_editors_place_key_figures_and_timeline_blocks_on_any_page(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw-12345678")
    page_content = PageContent.objects.get(page__reverse_id="cookies")
    draft = Version.objects.get_for_content(page_content).copy(user).content
    placeholder = draft.rescan_placeholders()["content"]
    leicester = Ccg.objects.get(code="04C")
    add_plugin(
        placeholder,
        "KeyFiguresPlugin",
        settings.LANGUAGE_CODE,
        ccg=leicester,
        heading="City figures",
    )
    add_plugin(
        placeholder, "TimelinePlugin", settings.LANGUAGE_CODE, ccg=None, heading="LLR history"
    )
    Version.objects.get_for_content(draft).publish(user)
    html = client.get("/cookies/").content.decode()
    page = text_of(html)
    assert "City figures" in page and "almost 330,000 people (2021)" in page
    assert "LLR history" in page and "Among the first wave for authorisation" in page
    assert "Leicester City CCG formed" not in page  # all three only, with no CCG chosen


def test_seed_does_not_reimport_over_newer_ods_data(capsys):
    OdsImportRun.objects.create(
        started_at=timezone.now(),  # newer than the seeded import
        duration_seconds=1,
        practices_file="epraccur.csv",
        practices_sha256="0" * 64,
        pcns_file="epcn.xlsx",
        pcns_sha256="0" * 64,
    )
    call_command("load_seed_content", verbosity=1)
    assert "left alone" in capsys.readouterr().out
    assert OdsImportRun.objects.count() == 2


def test_timeline_event_without_a_ccg_belongs_to_all_three():
    shared = TimelineEvent.objects.filter(ccg=None)
    assert {e.title for e in shared} >= {"Primary care networks begin"}


def test_profile_shows_the_ccgs_latest_publications(client):
    west = text_of(client.get("/west-leicestershire/").content.decode())
    assert "Latest publications" in west
    assert "CCG assurance letter 2017-18" in west  # a West Leicestershire publication
    city = text_of(client.get("/leicester-city/").content.decode())
    assert "CCG assurance letter 2017-18" not in city


def test_statements_have_one_source_for_the_profile_and_the_section_pages(client):
    statement = CcgStatement.objects.get(ccg__code="04V", kind="value", heading="Honest")
    statement.text = "We say what we find."
    statement.save()
    for path in ["/west-leicestershire/", "/west-leicestershire/our-mission-values-and-goals/"]:
        assert "We say what we find." in client.get(path).content.decode(), path


def test_a_profile_reads_its_ccg_once_until_the_content_changes(
    client, settings, django_capture_on_commit_callbacks
):
    settings.CMS_PAGE_CACHE = False  # each request rendered
    first = client.get("/west-leicestershire/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/west-leicestershire/")
    assert "£362 million" in second.content.decode()
    assert [query["sql"] for query in queries if '"ccgs_' in query["sql"]] == []
    # The profile below the page's own content is rendered once, then kept (the same page).
    body = "ccgs/includes/profile_body.html"
    assert body in [template.name for template in first.templates]
    assert body not in [template.name for template in second.templates]
    assert second.content == first.content

    figure = KeyFigure.objects.get(ccg__code="04V", kind="budget")
    figure.value = 363_000_000
    with django_capture_on_commit_callbacks(execute=True):
        figure.save()
    assert "£363 million" in client.get("/west-leicestershire/").content.decode()
    # Its PCNs and their practices, rendered once, follow a change as quickly.
    practice = Practice.objects.filter(ccg__code="04V", memberships__isnull=False).first()
    practice.name = "RENAMED MEDICAL CENTRE"
    with django_capture_on_commit_callbacks(execute=True):
        practice.save()
    assert "Renamed Medical Centre" in client.get("/west-leicestershire/").content.decode()
