"""'Is this page useful?': on every page, without JavaScript, without making the page
uncacheable; a honeypot, a per-address limit, personal details masked before storing;
staff see the counts and reports per page."""

import pytest

from feedback.masking import personal_details_mask
from feedback.models import PageFeedback
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db


def test_every_page_asks_without_a_cookie_or_anything_about_the_visitor(client):
    for url in ["/", "/publications/", "/governance/meetings/", "/privacy-notice/"]:
        response = client.get(url)
        page = response.content.decode()
        assert "Is this page useful?" in page, url
        assert 'action="/feedback/"' in page
        assert "Report a problem with this page" in page
        assert "Do not include personal or medical information" in page
        assert f'name="path" value="{url}"' in page
        assert "csrfmiddlewaretoken" not in page.split("Is this page useful?")[1]
        assert not response.cookies, url


def test_the_cms_page_cache_still_serves_pages_with_the_form(client, django_assert_max_num_queries):
    client.get("/privacy-notice/")
    with django_assert_max_num_queries(6):
        response = client.get("/privacy-notice/")
    assert "Is this page useful?" in response.content.decode()


def test_yes_and_no_are_counted_per_page(client):
    assert client.post("/feedback/", {"path": "/practices/", "useful": "yes"}).status_code == 200
    client.post("/feedback/", {"path": "/practices/", "useful": "no"})
    assert list(PageFeedback.objects.order_by("pk").values_list("path", "useful")) == [
        ("/practices/", True),
        ("/practices/", False),
    ]


def test_a_report_is_stored_with_personal_details_masked(client):
    response = client.post(
        "/feedback/",
        {
            "path": "/practices/",
            "doing": "Looking for my GP, I am jo.bloggs@example.com",
            "went_wrong": "My NHS number 943 476 5919 and phone 0116 496 0123 or +44 7700 900123",
        },
    )
    assert "Thank you for your feedback" in response.content.decode()
    report = PageFeedback.objects.get()
    assert report.useful is None
    assert report.doing == "Looking for my GP, I am [email removed]"
    assert "943" not in report.went_wrong and "496 0123" not in report.went_wrong
    assert "7700" not in report.went_wrong
    assert "[number removed]" in report.went_wrong and "[phone removed]" in report.went_wrong


@pytest.mark.parametrize(
    "text, masked",
    [
        ("9434765919", "[number removed]"),
        ("943-476-5919", "[number removed]"),
        ("call 07700 900 123 please", "call [phone removed] please"),
        ("(0116) 496 0123", "[phone removed]"),
        ("a.b+c@nhs.net", "[email removed]"),
        ("The page from 2019 to 2020 was wrong", "The page from 2019 to 2020 was wrong"),
    ],
)
def test_masking(text, masked):
    assert personal_details_mask(text) == masked


def test_robots_filling_the_trap_are_thanked_and_ignored(client):
    response = client.post("/feedback/", {"path": "/", "useful": "yes", "website": "spam"})
    assert response.status_code == 200
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"path": "/", "useful": "maybe"},
        {"path": "https://evil.example/", "useful": "yes"},
        {"path": "//evil.example/", "useful": "yes"},
        {"path": "/", "doing": "x" * 1001},
        {"path": "/"},
        {"useful": "yes"},
    ],
)
def test_bad_feedback_is_refused_and_nothing_stored(client, data):
    response = client.post("/feedback/", data)
    assert response.status_code == 400
    assert "Your feedback was not sent" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_feedback_is_limited_per_address(client, settings):
    settings.FEEDBACK_PER_HOUR = 3
    statuses = [
        client.post("/feedback/", {"path": "/", "useful": "yes"}).status_code for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    assert PageFeedback.objects.count() == 3


def test_get_is_not_allowed(client):
    assert client.get("/feedback/").status_code == 405


def test_staff_see_counts_and_reports_per_page(client):
    for useful in ["yes", "yes", "no"]:
        client.post("/feedback/", {"path": "/practices/", "useful": useful})
    client.post("/feedback/", {"path": "/practices/", "went_wrong": "The map is empty"})
    staff_sign_in(client, UserFactory(username="officer", group="Governance officers"))
    page = client.get("/admin/feedback/pagefeedback/").content.decode()
    assert "/practices/</a></td><td>2</td><td>1</td><td>1</td>" in page
    assert (
        "The map is empty"
        in client.get("/admin/feedback/pagefeedback/?path=/practices/").content.decode()
    )
    assert "The map is empty" in page
