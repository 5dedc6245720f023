"""A refused request gets a page in the NHS look that says what to do instead."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client, RequestFactory

from governance.models import Question
from llr_site.errors import permission_denied
from llr_site.roles import GOVERNANCE_OFFICERS
from tests.factories import AgendaItemFactory, MeetingFactory, UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db

CMS_PAGES_ADMIN = "/admin/cms/pagecontent/"  # governance officers may not touch CMS pages


@pytest.fixture
def officer_client(client):
    staff_sign_in(client, UserFactory(username="officer", group=GOVERNANCE_OFFICERS))
    return client


def test_staff_refused_a_page_are_told_who_they_are_and_offered_other_ways(officer_client):
    response = officer_client.get(CMS_PAGES_ADMIN)
    html = response.content.decode()
    assert response.status_code == 403
    assert "<title>You do not have access to this page - LLR CCGs</title>" in html
    assert "<h1>You do not have access to this page</h1>" in html
    assert "Forbidden" not in html
    assert "nhsuk-header" in html and "nhsuk-footer" in html
    assert "You are signed in as <strong>officer</strong>" in html
    # Sign out, then sign in with another account and come back here.
    assert '<form method="post" action="/staff/sign-out/">' in html
    assert (
        '<input type="hidden" name="next" '
        'value="/staff/sign-in/?next=%2Fadmin%2Fcms%2Fpagecontent%2F">' in html
    )
    assert "Sign in as someone else</button>" in html
    assert '<a href="/admin/">Go to the site administration</a>' in html
    assert '<a href="/">Go to the home page</a>' in html
    assert "ask the LLR CCGs digital team" in html


def test_sign_in_as_someone_else_signs_out_and_returns_to_the_refused_page(officer_client):
    html = officer_client.get(CMS_PAGES_ADMIN).content.decode()
    next_url = html.split('name="next" value="', 1)[1].split('"', 1)[0]
    response = officer_client.post("/staff/sign-out/", {"next": next_url})
    assert response.status_code == 302
    assert response.url == "/staff/sign-in/?next=%2Fadmin%2Fcms%2Fpagecontent%2F"
    assert "_auth_user_id" not in officer_client.session
    sign_in = officer_client.get(response.url).content.decode()
    assert '<input type="hidden" name="next" value="/admin/cms/pagecontent/">' in sign_in


def test_visitors_refused_a_page_are_offered_staff_sign_in_and_the_home_page(client):
    # No public page refuses visitors today; the handler is what any future one would get.
    request = RequestFactory().get("/governance/some-private-page/")
    request.user = AnonymousUser()
    response = permission_denied(request)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Members of the public do not need an account" in html
    assert 'href="/staff/sign-in/?next=%2Fgovernance%2Fsome-private-page%2F">sign in</a>' in html
    assert "Sign in as someone else" not in html
    assert "site administration" not in html
    assert '<a href="/contact/">Contact us</a>' in html


def test_form_sent_without_its_security_token_is_refused_kindly_and_nothing_is_stored():
    meeting = MeetingFactory(days_ahead=10)
    item = AgendaItemFactory(meeting=meeting)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        meeting.get_absolute_url(),
        {
            "agenda_item": item.pk,
            "name": "Sam",
            "email": "sam@example.com",
            "text": "Will the walk-in centre open at weekends?",
        },
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "<h1>Sorry, your form could not be sent</h1>" in html
    assert f'<a href="{meeting.get_absolute_url()}">Go back to the page</a>' in html
    assert '<a href="/cookies/">cookies on this site</a>' in html
    assert "nhsuk-header" in html and "nhsuk-footer" in html
    assert "CSRF" not in html  # Django's reason is for developers, not for visitors
    assert not Question.objects.exists()
