"""Communications staff edit a page in the CMS toolbar and publish it."""

import re
from base64 import b32decode

from cms.models import PageContent
from django_otp.oath import totp
from djangocms_versioning.constants import PUBLISHED, UNPUBLISHED
from djangocms_versioning.models import Version

from llr_site.roles import COMMUNICATIONS_STAFF
from tests.browser.conftest import BROWSER_TEST, screenshot
from tests.factories import PASSWORD, UserFactory

pytestmark = BROWSER_TEST

NEW_TEXT = "We reviewed this page in November 2026."


def test_staff_edit_publish_and_the_public_sees_it_with_history_kept(site, page, browser):
    UserFactory(username="editor", group=COMMUNICATIONS_STAFF)

    page.goto(site + "/cookies/")
    page.get_by_role("link", name="Staff sign-in").click()
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    # First sign-in: set up the authenticator app from the key the page shows.
    page.wait_for_url(re.compile(r"/staff/two-factor/set-up/"))
    screenshot(page, "two-factor-set-up")
    key = page.locator("main code").inner_text().replace(" ", "")
    page.get_by_label("Code from the app").fill(f"{totp(b32decode(key)):06d}")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(re.compile(r"/staff/two-factor/recovery-codes/"))
    assert page.locator("main li code").count() == 10
    screenshot(page, "two-factor-recovery-codes")
    page.get_by_role("link", name="I have kept my codes: continue").click()
    page.wait_for_url(re.compile(r"/cookies/$"))  # back where the sign-in link was followed

    page.goto(site + "/cookies/")
    page.get_by_role("link", name="New draft").click()
    page.wait_for_url(re.compile(r"/admin/cms/placeholder/object/\d+/edit/"))
    first_paragraph = page.locator("main .ProseMirror p").first
    first_paragraph.click()
    page.keyboard.press("End")
    page.keyboard.type(" " + NEW_TEXT)
    with page.expect_response(lambda r: "edit-plugin" in r.url and r.request.method == "POST"):
        page.locator("main h1").click()  # leaving the text saves it

    visitor_before = browser.new_page()
    visitor_before.goto(site + "/cookies/")
    assert NEW_TEXT not in visitor_before.content(), "a draft must not be public"
    visitor_before.close()

    page.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_url(re.compile(r"/cookies/"))
    screenshot(page, "editing-after-publish")

    # A new visitor: the first one's browser may keep the page for the cache lifetime (60 s).
    visitor_after = browser.new_page()
    visitor_after.goto(site + "/cookies/")
    assert NEW_TEXT in visitor_after.locator("main").inner_text()
    visitor_after.close()

    contents = PageContent.admin_manager.filter(page__reverse_id="cookies")
    versions = Version.objects.filter_by_content_grouping_values(contents.first()).order_by("pk")
    assert [(v.state, v.created_by.username) for v in versions] == [
        (UNPUBLISHED, "seed-content"),
        (PUBLISHED, "editor"),
    ]
    page.goto(site + f"/admin/djangocms_versioning/pagecontentversion/?page={contents[0].page_id}")
    history = page.locator("#result_list").inner_text()
    assert "Unpublished" in history and "Published" in history
