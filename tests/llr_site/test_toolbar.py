"""The CMS toolbar offers staff what they may do, and no page actions they may not."""

import re

import pytest

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS
from tests.factories import UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db

HELP = ["Help", "Documentation", "User guide", "Discord community", "What&#x27;s new", "More..."]


def toolbar_of(client, user, url):
    """The toolbar's menu entries and its buttons, as the signed-in user's page shows them."""
    staff_sign_in(client, user)
    html = client.get(url).content.decode()
    toolbar = html[html.index('<div id="cms-top"') :]
    toolbar = toolbar[: toolbar.index("<script")]
    entries = re.findall(r'<span>([^<]+)<span class="cms-icon', toolbar)
    buttons = re.findall(r'class="cms-btn[^"]*"[^>]*>([^<]+)</a>', toolbar)
    return entries, buttons


@pytest.mark.parametrize("url", ["/", "/how-ccgs-work/", "/governance/", "/publications/"])
def test_governance_officers_see_no_page_actions_but_keep_the_admin_and_sign_out(client, url):
    entries, buttons = toolbar_of(
        client, UserFactory(username="officer", group=GOVERNANCE_OFFICERS), url
    )
    assert entries == [
        "LLR CCGs",
        "Administration...",
        "User settings...",
        "Disable toolbar",
        "Shortcuts...",
        "Logout officer",
        *HELP,
    ]
    assert buttons == []


def test_communications_staff_keep_every_page_action(client):
    user = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    entries, buttons = toolbar_of(client, user, "/how-ccgs-work/")
    for entry in (
        "Pages...",
        "Administration...",
        "Logout comms",
        "New Page...",
        "Page settings...",
        "Delete page...",
        "Manage Versions...",
    ):
        assert entry in entries
    assert buttons == ["Create", "New Draft", "Preview"]
