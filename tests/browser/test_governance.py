"""Governance pages in a real browser: accessibility, asking a question, moderating it."""

import pytest

from governance.models import Meeting, Question
from llr_site.roles import GOVERNANCE_OFFICERS
from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot, staff_sign_in_form
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    PersonFactory,
    QuestionFactory,
    TOTPDeviceFactory,
    UserFactory,
)

pytestmark = BROWSER_TEST


@pytest.fixture
def meeting(site):
    meeting = MeetingFactory(days_ahead=10, private_part="Commercially confidential contracts.")
    AgendaItemFactory(
        meeting=meeting,
        reference="B/18/154",
        title="Urgent care review",
        presenter="Medical director",
    )
    AgendaItemFactory(
        meeting=meeting, reference="B/18/155", title="Financial plan", purpose="approve"
    )
    return meeting


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("governance-index", "/governance/"),
        ("governing-body", "/governance/leicester-city/"),
        ("person", "/governance/people/azhar-farooqi/"),
        ("meetings", "/governance/meetings/"),
        ("joint-working", "/governance/joint-working/"),
    ],
)
def test_governance_pages_pass_axe_wcag_22_aa(site, page, meeting, name, path):
    MeetingFactory(days_ahead=-40, status=Meeting.Status.HELD)
    MeetingFactory(days_ahead=20, status=Meeting.Status.CANCELLED)
    PersonFactory(name="Example Person")
    page.goto(site + path)
    screenshot(page, name)
    assert axe_violations(page) == []


def test_member_of_the_public_asks_a_question_after_correcting_errors(site, page, meeting):
    page.goto(site + meeting.get_absolute_url())
    screenshot(page, "meeting-with-question-form")
    assert axe_violations(page) == []

    page.get_by_label("Your name").fill("<b>Sam</b>")
    page.get_by_label("Your email address").fill("not-an-email")
    page.get_by_role("button", name="Send question").click()
    summary = page.get_by_role("alert")
    for message in (
        "Select the agenda item your question is about",
        "Enter an email address in the correct format",
        "Enter your question",
    ):
        assert message in summary.inner_text()
    page.wait_for_function("document.activeElement.classList.contains('nhsuk-error-summary')")
    assert page.title().startswith("Error: ")
    assert page.get_by_label("Your name").input_value() == "<b>Sam</b>"
    screenshot(page, "meeting-question-errors")
    assert axe_violations(page) == []

    summary.get_by_role("link", name="Enter your question").click()
    assert page.evaluate("document.activeElement.id") == "id_text"
    page.get_by_label("Agenda item").select_option(label="B/18/154 Urgent care review")
    page.get_by_label("Your email address").fill("sam@example.com")
    page.get_by_label("Your question").fill("Will the walk-in centre open at weekends?")
    page.get_by_role("button", name="Send question").click()
    page.get_by_role("heading", name="Question received").wait_for()
    screenshot(page, "question-received")
    assert axe_violations(page) == []
    question = Question.objects.get()
    assert (question.name, question.agenda_item.reference) == ("<b>Sam</b>", "B/18/154")


def test_governance_officer_moderates_a_question_in_the_admin(site, page, meeting):
    officer = UserFactory(username="officer", group=GOVERNANCE_OFFICERS)
    item = meeting.agenda_items.get(reference="B/18/154")
    question = QuestionFactory(
        agenda_item=item, name="Sam", email="sam@example.com", text="Open at weekends?"
    )
    page.goto(site + "/staff/sign-in/?next=/admin/governance/question/")
    staff_sign_in_form(page, officer, TOTPDeviceFactory(user=officer))
    page.get_by_role("link", name=str(question)).click()
    page.get_by_label("Status").select_option(label="Rejected")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Choose the reason for rejecting the question.").wait_for()
    page.get_by_label("Status").select_option(label="Accepted")
    page.get_by_label("Answer").fill("Yes, from April.")
    screenshot(page, "admin-question-moderation")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("was changed successfully").wait_for()
    question.refresh_from_db()
    assert (question.status, question.answer) == (Question.Status.ACCEPTED, "Yes, from April.")
    assert question.moderated_by.username == "officer"


def test_question_field_counts_characters_as_the_visitor_types(site, page, meeting):
    page.goto(site + meeting.get_absolute_url())
    question = page.get_by_label("Your question")
    count = page.locator(".nhsuk-character-count__status")
    assert count.inner_text() == "You have 2,000 characters remaining"
    question.fill("Will the walk-in centre stay open at weekends?")
    page.wait_for_function(
        "document.querySelector('.nhsuk-character-count__status').innerText"
        " === 'You have 1,954 characters remaining'"
    )
    question.fill("x" * 2005)
    page.wait_for_function(
        "document.querySelector('.nhsuk-character-count__status').innerText"
        " === 'You have 5 characters too many'"
    )
    assert "nhsuk-textarea--error" in question.get_attribute("class")
    screenshot(page, "meeting-question-character-count-over")
    assert axe_violations(page) == []

    page.set_viewport_size({"width": 320, "height": 800})
    question.fill("x" * 1990)
    page.wait_for_function(
        "document.querySelector('.nhsuk-character-count__status').innerText"
        " === 'You have 10 characters remaining'"
    )
    question.scroll_into_view_if_needed()
    screenshot(page, "meeting-question-character-count-320")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_without_javascript_the_question_field_states_its_limit(site, browser, meeting):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(site + meeting.get_absolute_url())
    message = page.locator("#id_text-info")
    assert message.is_visible()
    assert message.inner_text() == "You can enter up to 2,000 characters"
    assert page.locator(".nhsuk-character-count__status").count() == 0
    screenshot(page, "meeting-question-character-count-no-js-320")
    context.close()
