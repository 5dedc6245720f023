"""Components linking to something the public may not see are flagged to staff (issue 12.3):
listed beside the texts' dead links, marked in edit mode, never shown to visitors as a link."""

import pytest
from cms.models import PageContent
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from djangocms_versioning.models import Version

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from tests.factories import PublicationFactory, UserFactory, staff_sign_in
from tests.nhsuk_components.builders import add, author, draft_page

pytestmark = pytest.mark.django_db

LIST = "/admin/editing/componentwithdeadlinks/"
MARKER = "Visitors see no link here: what it links to is withdrawn or unpublished"


def reference(record):
    return {"internal_link": f"{record._meta.label_lower}:{record.pk}"}


def withdrawn(title="Old plan"):
    return PublicationFactory(title=title, status="withdrawn", withdrawn_reason="Replaced.")


def page_with(build, title="Page with a gone link", slug="page-with-a-gone-link"):
    """A published page whose content placeholder `build(slot)` fills."""
    user = User.objects.filter(username="page-author").first() or author()
    draft = draft_page(title, slug, user=user)
    build(draft.slot)
    draft.publish()
    return draft


def action_link(slot, record, text="Read the old plan"):
    add(slot, "ActionLinkPlugin", text=text, link=reference(record))


def card(slot, record):
    add(slot, "CardPlugin", heading="The old plan card", heading_level=2, link=reference(record))


def chosen_page(slot, record):
    related = add(slot, "RelatedPagesPlugin", heading="Related pages")
    add(slot, "LinkItemPlugin", parent=related, text="The old plan item", link=reference(record))


@pytest.mark.parametrize(
    ("build", "words"),
    [(action_link, "Read the old plan"), (card, "The old plan card"), (chosen_page, "item")],
)
def test_a_component_linking_to_a_withdrawn_publication_is_listed_to_staff(client, build, words):
    gone = withdrawn()
    page_with(lambda slot: build(slot, gone))
    page_with(
        lambda slot: build(slot, PublicationFactory(title="New plan")), "Live page", "live-page"
    )
    staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    html = client.get(LIST).content.decode()
    assert "Page with a gone link" in html and "/page-with-a-gone-link/" in html
    assert words in html
    assert "Live page" not in html


def test_a_republished_publication_leaves_the_list(client):
    gone = withdrawn()
    page_with(lambda slot: action_link(slot, gone))
    staff_sign_in(client, UserFactory(username="comms", group=COMMUNICATIONS_STAFF))
    assert "Page with a gone link" in client.get(LIST).content.decode()
    gone.status, gone.withdrawn_reason = "published", ""
    gone.save()
    assert "Page with a gone link" not in client.get(LIST).content.decode()


def test_a_governance_officer_cannot_see_the_list(client):
    page_with(lambda slot: action_link(slot, withdrawn()))
    staff_sign_in(client, UserFactory(username="gov", group=GOVERNANCE_OFFICERS))
    assert client.get(LIST).status_code == 403


def edit_mode_html(client, draft):
    editor = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    staff_sign_in(client, editor)
    content = PageContent.objects.get(page=draft.page)
    new_draft = Version.objects.get_for_content(content).copy(editor).content
    type_id = ContentType.objects.get_for_model(PageContent).pk
    response = client.get(f"/admin/cms/placeholder/object/{type_id}/edit/{new_draft.pk}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("build", [action_link, card, chosen_page])
def test_staff_see_a_component_with_a_gone_link_marked_in_edit_mode(client, build):
    draft = page_with(lambda slot: build(slot, withdrawn()))
    html = edit_mode_html(client, draft)
    assert 'class="llr-link-dead"' in html and MARKER in html


def test_visitors_see_neither_the_link_nor_the_marker(client):
    gone = withdrawn()
    page_with(lambda slot: action_link(slot, gone))
    html = client.get("/page-with-a-gone-link/").content.decode()
    assert "llr-link-dead" not in html and MARKER not in html
    assert gone.get_absolute_url() not in html


def test_a_component_with_a_live_link_is_not_marked_in_edit_mode(client):
    draft = page_with(lambda slot: action_link(slot, PublicationFactory(title="New plan")))
    html = edit_mode_html(client, draft)
    assert "Read the old plan" in html and MARKER not in html
