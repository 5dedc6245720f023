"""Communications staff edit shared content once; every page that places it shows the change."""

import re

from django.contrib.contenttypes.models import ContentType
from djangocms_alias.models import AliasContent
from djangocms_versioning.constants import PUBLISHED, UNPUBLISHED
from djangocms_versioning.models import Version

from llr_site.roles import COMMUNICATIONS_STAFF
from tests.browser.conftest import BROWSER_TEST, axe_violations, screenshot, staff_sign_in_form
from tests.factories import TOTPDeviceFactory, UserFactory

pytestmark = BROWSER_TEST

NEW_TEXT = "Questions can also be sent by post."
PAGES = ["/governance/", "/engaging-with-your-ccg/"]


def test_staff_edit_shared_content_once_and_both_pages_show_it(site, page, browser):
    editor = UserFactory(username="editor", group=COMMUNICATIONS_STAFF)
    device = TOTPDeviceFactory(user=editor)
    shared = AliasContent.objects.get(alias__static_code="ask-a-question")
    content_type = ContentType.objects.get_for_model(AliasContent).pk
    preview = f"/admin/cms/placeholder/object/{content_type}/preview/{shared.pk}/"

    page.goto(site + "/staff/sign-in/?next=" + preview)
    staff_sign_in_form(page, editor, device)
    page.wait_for_url(re.compile(re.escape(preview)))
    page.get_by_role("link", name="New draft").click()
    page.wait_for_url(re.compile(r"/admin/cms/placeholder/object/\d+/edit/"))
    last_paragraph = page.locator(".ProseMirror p").last
    last_paragraph.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" " + NEW_TEXT)
    with page.expect_response(lambda r: "edit-plugin" in r.url and r.request.method == "POST"):
        page.mouse.click(5, 600)  # leaving the text (a click in the margin) saves it

    visitor = browser.new_page()
    for url in PAGES:
        visitor.goto(site + url)
        assert NEW_TEXT not in visitor.content(), f"a draft must not be public: {url}"
    visitor.close()

    page.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_load_state()
    screenshot(page, "shared-content-after-publish")

    visitor = browser.new_page()
    for url in PAGES:
        visitor.goto(site + url)
        assert "on the meeting's page without your name or email address. " + NEW_TEXT in (
            visitor.locator("main").inner_text()
        ), url
    assert axe_violations(visitor) == []
    visitor.close()

    contents = AliasContent.admin_manager.filter(alias__static_code="ask-a-question")
    versions = Version.objects.filter_by_content_grouping_values(contents.first()).order_by("pk")
    assert [(v.state, v.created_by.username) for v in versions] == [
        (UNPUBLISHED, "seed-content"),
        (PUBLISHED, "editor"),
    ]
