"""Links to anything (issue 12.3): found by title, stored as references, never broken."""

import datetime

import pytest
from cms.models import Page
from django.core.exceptions import ValidationError
from django.utils import timezone
from djangocms_link.fields import LinkFormField
from djangocms_versioning.models import Version

from ccgs.models import Pcn, Practice
from governance.models import Person
from tests.editing.links import search, text_link
from tests.editing.pages import page_publish, page_unpublish
from tests.factories import (
    MeetingFactory,
    PersonFactory,
    PublicationFactory,
    UserFactory,
    governing_body,
    staff_sign_in,
)

pytestmark = pytest.mark.django_db


def test_pages_with_the_same_title_are_told_apart_by_their_address(editor_client):
    texts = [text for id_, text, _ in search(editor_client, "strategic objectives")]
    assert texts == [
        "Our strategic objectives (/leicester-city/our-strategic-objectives/)",
        "Our strategic objectives (/west-leicestershire/our-strategic-objectives/)",
        "Our strategic objectives (/east-leicestershire-and-rutland/our-strategic-objectives/)",
    ]


def test_records_of_every_kind_are_found_by_their_title(editor_client):
    publication = PublicationFactory(title="Annual report on engagement")
    practice = Practice.objects.filter(status="A").first()
    pcn = Pcn.objects.first()
    person = PersonFactory(name="Alex Chairperson")
    meeting = MeetingFactory(body="04V", venue="Pera Business Park, Melton Mowbray")
    body = governing_body("03W")
    for term, record in [
        ("engagement", publication),
        (practice.name, practice),
        (pcn.name, pcn),
        ("chairperson", person),
        ("Pera Business Park", meeting),
        ("East Leicestershire", body),
    ]:
        found = search(editor_client, term)
        reference = f"{record._meta.label_lower}:{record.pk}"
        assert (reference, str(record), record.get_absolute_url()) in found, term


def test_records_the_public_cannot_see_are_not_offered(editor_client):
    PublicationFactory(
        title="Withdrawn strategy paper", status="withdrawn", withdrawn_reason="Wrong."
    )
    PublicationFactory(title="Draft strategy paper", status="draft")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    PublicationFactory(title="Embargoed strategy paper", first_published=tomorrow)
    assert search(editor_client, "strategy paper") == []


def test_staff_who_may_not_edit_pages_are_offered_no_records(client):
    staff_sign_in(client, UserFactory(username="officer", group="Governance officers"))
    PersonFactory(name="Alex Chairperson")
    assert search(client, "chairperson") == []
    assert search(client, "strategic objectives") == []


def test_a_link_follows_its_record_when_its_slug_changes(client):
    person = PersonFactory(name="Sam Slug")
    page_publish("Links page", text=text_link(person, "Sam"))
    person.slug = "sam-slug-renamed"
    person.save()
    html = client.get("/links-page/").content.decode()
    assert '<a href="/governance/people/sam-slug-renamed/">Sam</a>' in html
    assert "/stale/" not in html and "data-cms-href" not in html


@pytest.mark.parametrize("gone", ["withdrawn", "unpublished page", "deleted"])
def test_a_link_to_something_gone_is_plain_text_to_the_public(client, gone):
    if gone == "withdrawn":
        target = PublicationFactory(title="Old plan")
    elif gone == "unpublished page":
        target = page_publish("Old page", parent_reverse_id="leicester-city")
    else:
        target = PersonFactory(name="Former member")
    page_publish("Links page", text=text_link(target, "old thing"))
    if gone == "withdrawn":
        target.status, target.withdrawn_reason = "withdrawn", "Replaced."
        target.save()
    elif gone == "unpublished page":
        page_unpublish(target)
    else:
        Person.objects.filter(pk=target.pk).delete()
    html = client.get("/links-page/").content.decode()
    assert "<span>old thing</span>" in html
    assert "/stale/" not in html and "old thing</a>" not in html


def test_staff_see_a_link_to_something_gone_marked_in_edit_mode(client):
    publication = PublicationFactory(
        title="Old plan", status="withdrawn", withdrawn_reason="Replaced."
    )
    page = page_publish("Links page", text=text_link(publication, "old plan"))
    editor = UserFactory(username="comms", group="Communications staff")
    staff_sign_in(client, editor)
    draft = Version.objects.get_for_content(page.get_content_obj("en-gb")).copy(editor).content
    html = client.get(f"/admin/cms/placeholder/object/{content_type_id()}/edit/{draft.pk}/")
    html = html.content.decode()
    assert 'class="llr-link-dead"' in html
    assert "Visitors see this as plain text" in html


def content_type_id():
    from cms.models import PageContent
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(PageContent).pk


@pytest.mark.parametrize(
    "address", ["javascript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4="]
)
def test_a_javascript_or_data_link_is_refused_with_a_message(address):
    """Every component's link field (djangocms-link's LinkFormField) refuses them, saying why."""
    field = LinkFormField(required=True)
    with pytest.raises(ValidationError) as refused:
        field.clean(field.prepare_value({"external_link": address}))
    assert refused.value.messages == ["Enter a valid URL."]


def test_the_page_tree_is_found_without_a_search_term(editor_client):
    found = search(editor_client, "")
    assert found[0][0] == f"cms.page:{Page.objects.get(reverse_id='home').pk}"


def test_staff_list_the_page_texts_that_link_to_something_gone(client):
    gone = PublicationFactory(title="Old plan", status="withdrawn", withdrawn_reason="Replaced.")
    live = PublicationFactory(title="New plan")
    page_publish("Page with a dead link", text=text_link(gone, "old plan"))
    page_publish("Page with a live link", text=text_link(live, "new plan"))
    staff_sign_in(client, UserFactory(username="comms", group="Communications staff"))
    html = client.get("/admin/editing/textwithdeadlinks/").content.decode()
    assert "Page with a dead link" in html and "/page-with-a-dead-link/" in html
    assert "Page with a live link" not in html
