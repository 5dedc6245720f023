"""Every page edits the same way (issue 12.6), in Chromium: an apphooked page through the
toolbar, and a link applied in the inline editor that survives a click outside and a reload."""

import re

from cms.models import PageContent
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version
from playwright.sync_api import expect

from llr_site.roles import COMMUNICATIONS_STAFF
from tests.browser.conftest import BROWSER_TEST, staff_sign_in_form
from tests.factories import TOTPDeviceFactory, UserFactory

pytestmark = BROWSER_TEST
SHOTS = "/tmp/shots-editing"


def signed_in_editor(page, site, url):
    user = UserFactory(username="editor", group=COMMUNICATIONS_STAFF)
    device = TOTPDeviceFactory(user=user)
    page.goto(site + "/staff/sign-in/?next=" + url)
    staff_sign_in_form(page, user, device)
    page.wait_for_url(re.compile(re.escape(url) + "$"))
    return user


def test_an_apphooked_page_gets_new_draft_versions_and_publish(site, page):
    signed_in_editor(page, site, "/practices/")
    toolbar = page.locator(".cms-toolbar:not([role=menubar])")
    assert (
        toolbar.get_by_role("link", name="New Draft")
        .or_(toolbar.get_by_role("link", name="New draft"))
        .count()
        == 1
    )
    page.screenshot(path=f"{SHOTS}/practices-toolbar.png")
    toolbar.get_by_role("link", name=re.compile("New draft", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/cms/placeholder/object/\d+/edit/"))
    assert toolbar.get_by_role("link", name="Publish", exact=True).count() == 1
    assert "Version" in toolbar.inner_text()
    toolbar.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_url(re.compile(r"/practices/"))
    contents = PageContent.admin_manager.filter(page__reverse_id="practices")
    versions = Version.objects.filter_by_content_grouping_values(contents.first()).order_by("pk")
    assert [(v.state, v.created_by.username) for v in versions][-1] == (PUBLISHED, "editor")


def test_a_link_applied_inline_is_kept_after_a_click_outside_and_a_reload(site, page):
    signed_in_editor(page, site, "/cookies/")
    cms_toolbar = page.locator(".cms-toolbar:not([role=menubar])")
    cms_toolbar.get_by_role("link", name=re.compile("New draft", re.I)).click()
    page.wait_for_url(re.compile(r"/admin/cms/placeholder/object/\d+/edit/"))
    edit_url = page.url
    paragraph = page.locator("main .ProseMirror p").first
    paragraph.click()
    # The NHS.UK content styles only (issue 12.4): the block menu and the toolbar together.
    actions = page.evaluate(
        "() => [...new Set([...document.querySelectorAll('[data-action]')]"
        ".map(e => e.dataset.action))]"
    )
    assert sorted(actions) == sorted(
        ["Paragraph", "Heading2", "Heading3", "Heading4", "BulletedList", "NumberedList"]
        + ["BlockStyles", "Bold", "Link", "Unlink", "Undo", "Redo"]
    )
    page.keyboard.press("End")
    page.keyboard.type(" Read the NHS website")
    # The editor may still be applying the typing: select only once all of it is there.
    expect(paragraph).to_contain_text("Read the NHS website")
    page.keyboard.press("End")
    for _ in range(len("NHS website")):
        page.keyboard.press("Shift+ArrowLeft")
    assert page.evaluate("() => getSelection().toString()") == "NHS website"
    page.locator('[title="Link"]').first.click()
    link_field = page.locator("input.js-linkfield:visible, input[name=href]:visible").first
    link_field.fill("https://www.nhs.uk/")
    page.keyboard.press("Enter")
    page.screenshot(path=f"{SHOTS}/inline-link-applied.png")
    with page.expect_response(lambda r: "edit-plugin" in r.url and r.request.method == "POST"):
        page.locator("main h1").click()  # the first click outside saves
    page.wait_for_load_state("networkidle")
    page.goto(edit_url)
    page.screenshot(path=f"{SHOTS}/inline-link-after-reload.png")
    link = page.locator("main").get_by_role("link", name="NHS website")
    assert link.get_attribute("href") == "https://www.nhs.uk/"
