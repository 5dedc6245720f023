"""Every page that gives a contact shows the record's details when set, and where else to get
help when they are not."""

import pytest
from django.urls import reverse

from contacts.models import ContactDetails
from governance import conf as governance_conf
from publications.models import Publication
from tests.factories import AgendaItemFactory, MeetingFactory, PublicationFactory

pytestmark = pytest.mark.django_db

FULL = {
    "postal_address": "LLR CCGs\n1 Example Street\nLeicester\nLE1 9ZZ",
    "telephone": "01164960123",
    "email": "enquiries@llr-ccgs.example",
    "accessibility_email": "accessibility@llr-ccgs.example",
    "dpo_name": "Head of Information Governance",
    "dpo_email": "dpo@llr-ccgs.example",
    "foi_email": "foi@llr-ccgs.example",
}
FALLBACK = "Contact details have not been published on this website yet."


def contact_set(**values):
    ContactDetails.objects.update_or_create(pk=1, defaults={**dict.fromkeys(FULL, ""), **values})


def page(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404), response.status_code
    return response.content.decode()


def assert_fallback(html):
    assert FALLBACK in html
    assert "https://111.nhs.uk/" in html and "call 999" in html
    assert "integrated care boards (ICBs)" in html
    assert "mailto:" not in html


def test_contact_page_lists_every_contact(client):
    contact_set(**FULL)
    html = page(client, "/contact/")
    for email in ("enquiries", "accessibility", "dpo", "foi"):
        assert f'href="mailto:{email}@llr-ccgs.example"' in html
    # Typed without spaces, shown as written in the UK, dialled from anywhere.
    assert '<a href="tel:+44-116-496-0123">0116 496 0123</a>' in html
    assert "1 Example Street<br>Leicester<br>LE1 9ZZ" in html
    assert "Our data protection officer is Head of Information Governance." in html
    assert "Freedom of information request" in html
    assert FALLBACK not in html


def test_contact_page_without_details_says_once_where_else_to_get_help(client):
    contact_set()
    html = page(client, "/contact/")
    assert_fallback(html)
    assert html.count(FALLBACK) == 1


def test_a_contact_without_its_own_email_gives_the_general_email_and_address(client):
    contact_set(email=FULL["email"], postal_address=FULL["postal_address"])
    html = page(client, "/contact/")
    assert html.count('href="mailto:enquiries@llr-ccgs.example"') == 4
    assert "mark your letter &ldquo;For the attention of the data protection officer&rdquo;" in html
    assert FALLBACK not in html


@pytest.mark.parametrize("url", ["/", "/publications/", "/governance/", "/no-such-page/"])
def test_every_page_footer_links_to_contact_us(client, url):
    assert '<a class="nhsuk-footer__list-item-link" href="/contact/">Contact us</a>' in page(
        client, url
    )


def test_accessibility_statement_gives_the_accessibility_contact(client):
    contact_set(**FULL)
    html = page(client, "/accessibility-statement/")
    assert 'href="mailto:accessibility@llr-ccgs.example"' in html
    assert "please tell us" not in html


def test_accessibility_statement_without_details_says_where_else_to_get_help(client):
    contact_set()
    assert_fallback(page(client, "/accessibility-statement/"))


def test_privacy_notice_names_the_data_protection_officer(client):
    contact_set(**FULL)
    html = page(client, "/privacy-notice/")
    assert "Our data protection officer is Head of Information Governance." in html
    assert 'href="mailto:dpo@llr-ccgs.example"' in html


def test_privacy_notice_without_details_says_where_else_to_get_help(client):
    contact_set()
    html = page(client, "/privacy-notice/")
    assert_fallback(html)
    assert "Information Commissioner" in html


def test_privacy_notice_says_what_the_question_form_keeps_why_and_for_how_long(client):
    html = page(client, "/privacy-notice/")
    assert "we collect your name, your email address and your question" in html
    assert "public task" in html
    # The notice's words and the setting the erasing command uses say the same.
    assert governance_conf.question_retention_days() == 183
    assert "We delete your name and email address six months (183 days) after the meeting." in html


def test_publication_without_files_says_how_to_request_a_copy_and_a_format(client):
    contact_set(**FULL)
    html = page(client, "/publications/annual-audit-letters/")
    assert "This document is not yet available online." in html
    assert '"mailto:enquiries@llr-ccgs.example?subject=' in html
    assert '"mailto:accessibility@llr-ccgs.example?subject=Accessible%20format' in html
    assert "contact the CCG that published it" not in html


def test_publication_without_details_says_where_else_to_get_help(client):
    contact_set()
    html = page(client, "/publications/annual-audit-letters/")
    assert_fallback(html)
    assert "To request a copy" not in html


def test_publication_with_only_a_postal_address_sends_people_to_the_contact_page(client):
    contact_set(postal_address=FULL["postal_address"])
    html = page(client, PublicationFactory(title="Annual report 2019-20").get_absolute_url())
    assert '<a href="/contact/">contact us</a>' in html
    assert FALLBACK not in html


@pytest.fixture
def receipt_url():
    meeting = MeetingFactory()
    AgendaItemFactory(meeting=meeting)
    return reverse("governance:question_received", kwargs={"pk": meeting.pk})


def test_question_receipt_gives_the_contact_and_says_what_we_will_email(client, receipt_url):
    contact_set(**FULL)
    html = page(client, receipt_url)
    assert 'href="mailto:enquiries@llr-ccgs.example"' in html
    # The emails are sent by alerts (tests/alerts/test_questions.py).
    assert "If we cannot accept your question, we will email you to say why" in html
    assert "delete them 183 days after the meeting" in html


def test_question_receipt_without_details_says_where_else_to_get_help(client, receipt_url):
    contact_set()
    assert_fallback(page(client, receipt_url))


def test_page_not_found_gives_the_contact(client):
    contact_set(**FULL)
    response = client.get("/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert 'href="mailto:enquiries@llr-ccgs.example"' in html


def test_page_not_found_without_details_says_where_else_to_get_help(client):
    contact_set()
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_fallback(response.content.decode())


def test_a_withdrawn_publication_still_gives_the_contact(client):
    contact_set(**FULL)
    publication = PublicationFactory(
        title="Old strategy",
        status=Publication.Status.WITHDRAWN,
        withdrawn_reason="Replaced by the 2021 strategy.",
    )
    assert 'href="mailto:accessibility@llr-ccgs.example' in page(
        client, publication.get_absolute_url()
    )
