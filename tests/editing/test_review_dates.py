"""Pages say when they were checked, and staff see which are due (issue 12.8)."""

import datetime

import pytest
import time_machine
from cms.models import Page
from django.conf import settings
from djangocms_versioning.models import Version

from editing.models import PageReview
from tests.editing.pages import editor, page_publish
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db
TODAY = datetime.datetime(2026, 12, 13, 10, 0, tzinfo=datetime.UTC)


def review_add(page, last, due):
    content = page.get_content_obj(settings.LANGUAGE_CODE)
    return PageReview.objects.create(
        extended_object=content, last_reviewed=last, next_review_due=due
    )


def test_the_dates_are_at_the_foot_of_the_page(client):
    page = page_publish("Reviewed page")
    review_add(page, datetime.date(2026, 3, 13), datetime.date(2027, 3, 13))
    html = client.get("/reviewed-page/").content.decode()
    assert "Page last reviewed: 13 March 2026<br>" in html
    assert "Next review due: 13 March 2027" in html
    assert html.index("Page last reviewed") > html.index("<h1>")


def test_a_page_without_dates_says_nothing_of_them(client):
    assert "Page last reviewed" not in client.get("/cookies/").content.decode()


def test_the_records_an_app_shows_below_a_page_do_not_carry_its_dates(client):
    practices = Page.objects.get(reverse_id="practices")
    review_add(practices, datetime.date(2026, 3, 1), datetime.date(2027, 3, 1))
    assert "Page last reviewed" in client.get("/practices/").content.decode()
    code = practices_first_code()
    assert "Page last reviewed" not in client.get(f"/practices/{code}/").content.decode()


def practices_first_code():
    from ccgs.models import Practice

    return Practice.objects.values_list("code", flat=True).first()


def test_a_new_draft_has_the_dates_of_its_version_and_changes_them_alone(client):
    page = page_publish("Reviewed page")
    review_add(page, datetime.date(2026, 3, 13), datetime.date(2027, 3, 13))
    published = page.get_content_obj(settings.LANGUAGE_CODE)
    draft = Version.objects.get_for_content(published).copy(editor()).content
    draft_review = PageReview.objects.get(extended_object=draft)
    assert draft_review.next_review_due == datetime.date(2027, 3, 13)
    draft_review.next_review_due = datetime.date(2028, 1, 31)
    draft_review.save()
    assert "Next review due: 13 March 2027" in client.get("/reviewed-page/").content.decode()
    Version.objects.get_for_content(draft).publish(editor())
    assert "Next review due: 31 January 2028" in client.get("/reviewed-page/").content.decode()


@time_machine.travel(TODAY, tick=False)
def test_staff_list_the_published_pages_due_or_overdue_soonest_first(client):
    overdue = page_publish("Overdue page")
    review_add(overdue, datetime.date(2025, 1, 1), datetime.date(2026, 12, 1))
    due_soon = page_publish("Due soon page")
    review_add(due_soon, datetime.date(2026, 1, 1), datetime.date(2027, 1, 5))
    later = page_publish("Later page")
    review_add(later, datetime.date(2026, 12, 1), datetime.date(2027, 12, 1))
    staff_sign_in(client, UserFactory(username="comms", group="Communications staff"))
    html = client.get("/admin/editing/pagereviewdue/").content.decode()
    assert html.index("Overdue page") < html.index("Due soon page")
    assert "Later page" not in html
    assert "/overdue-page/" in html


def test_the_next_review_must_come_after_the_last(client):
    page = page_publish("Reviewed page")
    content = page.get_content_obj(settings.LANGUAGE_CODE)
    draft = Version.objects.get_for_content(content).copy(editor()).content
    staff_sign_in(client, UserFactory(username="comms", group="Communications staff"))
    response = client.post(
        f"/admin/editing/pagereview/add/?extended_object={draft.pk}",
        {"last_reviewed": "13/12/2026", "next_review_due": "13/12/2026"},
    )
    assert response.status_code == 200
    assert "The next review must be due after the last review." in response.content.decode()
    assert not PageReview.objects.exists()


def test_communications_staff_set_them_on_a_draft(client):
    page = page_publish("Reviewed page")
    content = page.get_content_obj(settings.LANGUAGE_CODE)
    draft = Version.objects.get_for_content(content).copy(editor()).content
    staff_sign_in(client, UserFactory(username="comms", group="Communications staff"))
    response = client.post(
        f"/admin/editing/pagereview/add/?extended_object={draft.pk}",
        {"last_reviewed": "13/12/2026", "next_review_due": "13/12/2027"},
    )
    assert response.status_code == 302
    review = PageReview.objects.get(extended_object=draft)
    assert review.next_review_due == datetime.date(2027, 12, 13)


def test_the_page_menu_offers_the_review_dates_in_edit_mode(client):
    page = page_publish("Reviewed page")
    content = page.get_content_obj(settings.LANGUAGE_CODE)
    comms = UserFactory(username="comms", group="Communications staff")
    draft = Version.objects.get_for_content(content).copy(comms).content
    staff_sign_in(client, comms)
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(draft).pk
    html = client.get(f"/admin/cms/placeholder/object/{ct}/edit/{draft.pk}/").content.decode()
    assert "Review dates…" in html
    assert f"/admin/editing/pagereview/add/?extended_object={draft.pk}" in html


def test_a_visitor_gets_the_dates_without_a_query_once_cached(client, settings):
    settings.CMS_PAGE_CACHE = False  # the page rendered each time, its dates read from the cache
    page = page_publish("Reviewed page")
    review_add(page, datetime.date(2026, 3, 13), datetime.date(2027, 3, 13))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def review_reads():
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/reviewed-page/").content.decode()
        assert "Next review due: 13 March 2027" in html
        return [q["sql"] for q in queries.captured_queries if "editing_pagereview" in q["sql"]]

    assert review_reads()  # read once
    assert review_reads() == []
