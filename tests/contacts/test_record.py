"""The contact details record: one row, checked input, read cheaply, and the deploy check."""

import pytest
from django.contrib import admin as django_admin
from django.db import OperationalError

from contacts import checks, selectors
from contacts.models import ContactDetails
from llr_site.roles import GOVERNANCE_OFFICERS
from tests.contacts.test_pages import FULL, contact_set
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db
CHANGE = "/admin/contacts/contactdetails/1/change/"


def admin_form(**values):
    return {**FULL, **values}


def test_governance_officer_saves_the_details_and_every_page_shows_them_at_once(
    client, django_capture_on_commit_callbacks
):
    contact_set()
    assert (
        "enquiries@llr-ccgs.example" not in client.get("/accessibility-statement/").content.decode()
    )
    staff_sign_in(client, UserFactory(username="officer", group=GOVERNANCE_OFFICERS))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CHANGE, admin_form())
    assert response.status_code == 302
    client.logout()
    # The CMS page cache and the cached record are both dropped by the save.
    html = client.get("/accessibility-statement/").content.decode()
    assert 'href="mailto:accessibility@llr-ccgs.example"' in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("telephone", "12345", "Enter a UK telephone number"),
        ("telephone", "0116 496 01234 5", "Enter a UK telephone number"),
        ("telephone", "call reception", "Enter a UK telephone number"),
        ("email", "not-an-email", "Enter a valid email address."),
        ("dpo_email", "dpo@", "Enter a valid email address."),
    ],
)
def test_bad_details_are_refused_with_a_message_and_nothing_is_stored(
    client, field, value, message
):
    contact_set()
    staff_sign_in(client, UserFactory(username="admin", is_superuser=True))
    response = client.post(CHANGE, admin_form(**{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert ContactDetails.objects.get().email == ""


@pytest.mark.parametrize("typed", ["0116 496 0123", "+44 116 496 0123", "(0116) 4960123"])
def test_telephone_numbers_are_accepted_as_people_type_them(typed):
    details = ContactDetails(telephone=typed)
    details.clean_fields()
    assert (details.telephone_display, details.telephone_uri) == (
        "0116 496 0123",
        "tel:+44-116-496-0123",
    )


def test_there_is_one_record_and_the_list_opens_it(client):
    staff_sign_in(client, UserFactory(username="admin", is_superuser=True))
    response = client.get("/admin/contacts/contactdetails/")
    assert (response.status_code, response.url) == (302, CHANGE)
    assert ContactDetails.objects.count() == 1
    model_admin = django_admin.site._registry[ContactDetails]
    request = type("Request", (), {"user": UserFactory(username="root", is_superuser=True)})()
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_delete_permission(request, ContactDetails.objects.get())


def test_the_record_is_read_from_the_database_once_then_from_the_cache(
    django_assert_num_queries,
):
    contact_set(**FULL)
    with django_assert_num_queries(1):
        selectors.contact_details_get()
    with django_assert_num_queries(0):
        assert selectors.contact_details_get().email == FULL["email"]


def test_a_database_without_the_record_shows_the_initial_values(settings):
    ContactDetails.objects.all().delete()
    settings.CONTACT_DETAILS_INITIAL = {"email": "first@llr-ccgs.example"}
    assert selectors.contact_details_get().email == "first@llr-ccgs.example"


def test_deploy_check_warns_until_every_detail_is_set():
    contact_set(**{**FULL, "dpo_name": "", "foi_email": ""})
    (warning,) = checks.contact_details_complete()
    assert warning.id == "contacts.W001"
    assert "data protection officer, freedom of information email not set" in warning.msg
    assert "contact details record" in warning.msg
    contact_set(**FULL)
    assert checks.contact_details_complete() == []


def test_deploy_check_warns_about_an_invalid_stored_telephone():
    contact_set(**{**FULL, "telephone": "999"})
    (warning,) = checks.contact_details_complete()
    assert warning.id == "contacts.W002"
    assert "telephone: Enter a UK telephone number" in warning.msg


def test_deploy_check_on_a_database_not_migrated_checks_the_environment(monkeypatch, settings):
    def table_missing():
        raise OperationalError("no such table: contacts_contactdetails")

    monkeypatch.setattr(ContactDetails.objects, "filter", lambda **kwargs: table_missing())
    assert selectors.contact_details_stored() is None
    settings.CONTACT_DETAILS_INITIAL = {"email": "enquiries@llr-ccgs.example"}
    (warning,) = checks.contact_details_complete()
    assert "not set in the CONTACT_* environment variables" in warning.msg
    assert "general email" not in warning.msg
    settings.CONTACT_DETAILS_INITIAL = FULL
    assert checks.contact_details_complete() == []
