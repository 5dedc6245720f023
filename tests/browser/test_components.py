"""NHS.UK components in Chromium (issue 12, "Tests"). A page of every component and a library
image, as an anonymous visitor sees it on a phone (320 px) and a desktop: no accessibility
violation, no sideways scrolling. And the whole of it done by communications staff through the
toolbar and structure mode only: a new page, every component, an image from the library, links
to a publication's current file, a practice and a meeting, published; the visitor gets NHS.UK
markup that axe-core and the Nu HTML checker pass at 320 and 1280 px."""

import re
from pathlib import Path
from typing import NamedTuple

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from ccgs.models import Practice
from tests.browser.conftest import BROWSER_TEST, axe_violations, staff_sign_in_form
from tests.factories import (
    MeetingFactory,
    PublicationFactory,
    TOTPDeviceFactory,
    UserFactory,
    file_add,
)
from tests.llr_site.test_html_validity import nu_errors
from tests.nhsuk_components.builders import library_image
from tests.nhsuk_components.page_of_components import every_component_page

pytestmark = BROWSER_TEST

SHOTS = Path("/tmp/shots-components")


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.mark.parametrize("width", [320, 1280])
def test_every_component_at_phone_and_desktop_width(site, browser, width):
    path = every_component_page()
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
    page = context.new_page()
    response = page.goto(site + path)
    assert response.status == 200
    assert page.locator(".nhsuk-card-group .nhsuk-card").count() == 5
    assert page.locator(".nhsuk-card--care").count() == 3
    assert (
        page.locator("figure.nhsuk-image img").evaluate("img => img.complete && img.naturalWidth")
        > 0
    )
    assert axe_violations(page) == []
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow} px of sideways scrolling at {width} px"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"every-component-{width}.png"), full_page=True)
    for name, url in (("home", "/"), ("how-ccgs-work", "/how-ccgs-work/")):
        page.goto(site + url)
        assert axe_violations(page) == []
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    context.close()


# --- What an editor does in the CMS's own screens, one small step each ---------------------


def toolbar(page):
    return page.locator(".cms-toolbar:not([role=menubar])")


def sign_in_as_editor(page, site, path):
    user = UserFactory(username="editor", group="Communications staff")
    page.goto(site + "/staff/sign-in/?next=" + path)
    staff_sign_in_form(page, user, TOTPDeviceFactory(user=user))
    page.wait_for_url(site + path)


def modal_form(page):
    return page.frame_locator(".cms-modal-frame iframe")


def modal_save(page, button="Save"):
    """The modal's own button; wait until it has closed and the page has settled. A modal that
    stays open fails with what its form says (a refused value), or that it said nothing."""
    page.locator(".cms-modal-buttons .cms-btn", has_text=button).first.click()
    try:
        page.locator(".cms-modal").wait_for(state="hidden")
    except PlaywrightTimeoutError:
        errors = modal_form(page).locator(".errorlist, .errornote").all_inner_texts()
        raise AssertionError(
            f"the modal stayed open after {button}: {errors or 'its form shows no error'}"
        ) from None
    page.wait_for_load_state("networkidle")


def new_page_from_toolbar(page, title):
    """Page menu, Create Page, New Sub Page: the title in the modal's form, Save; the new page
    opens in edit mode."""
    toolbar(page).get_by_role("link", name="Page", exact=True).click()
    toolbar(page).get_by_role("link", name="Create Page").hover()
    toolbar(page).get_by_role("link", name="New Sub Page").click()
    modal_form(page).locator("#id_title").fill(title)
    page.locator(".cms-modal-buttons .cms-btn-action", has_text="Save").click()
    page.wait_for_url(re.compile(r"/admin/cms/placeholder/object/\d+/edit/"))
    page.wait_for_load_state("networkidle")


def structure_mode(page):
    toolbar(page).locator(".cms-toolbar-item-cms-mode-switcher a").first.click()
    page.locator(".cms-structure").wait_for()
    page.wait_for_load_state("networkidle")


# Blocks that take one kind of block only: their + opens that block's form, with no picker.
ONE_KIND_INSIDE = {"Card group", "Expander group", "Summary list", "Contents list"}
ONE_KIND_INSIDE |= {"Related pages", "Inset text", "Warning callout"}


class Block(NamedTuple):
    """A block in the structure board: where it is, and what it is."""

    locator: object
    name: str


def add_plugin(page, name, fill, inside=None):
    """The + of the placeholder (or of the Block `inside`), the component in the picker, its
    form filled by `fill`, Save. Returns the new Block."""
    if inside is None:
        page.locator(".cms-dragbar .cms-submenu-add").first.click()
    else:
        unfold_everything(page)
        inside.locator.locator(".cms-dragitem .cms-submenu-add").first.click()
    if inside is None or inside.name not in ONE_KIND_INSIDE:
        page.locator(".cms-modal .cms-quicksearch input").fill(name)
        page.locator(
            ".cms-modal .cms-submenu-item a", has_text=re.compile(f"^{name}$")
        ).first.click()
    fill(modal_form(page))
    modal_save(page)
    block = page.locator(".cms-draggable", has=page.locator(".cms-dragitem-text", has_text=name))
    block.last.wait_for(state="attached")
    return Block(block.last, name)


def unfold_everything(page, attempts=3):
    """Every block of the structure board unfolded (a new block's blocks start folded away):
    "Collapse all", then "Expand all". After a Save the CMS draws the board again, on a busy
    machine after the Save has answered, and may swap which of the two links shows while this
    looks: then it looks again."""
    collapse_all = page.locator(".cms-dragbar-collapse-all").first
    expand_all = page.locator(".cms-dragbar-expand-all").first
    for _ in range(attempts):
        try:
            page.locator(
                ".cms-dragbar-collapse-all:visible, .cms-dragbar-expand-all:visible"
            ).first.wait_for(timeout=10_000)
            if collapse_all.is_visible():
                collapse_all.click(timeout=5_000)
            expand_all.click(timeout=5_000)
            return
        except PlaywrightTimeoutError:
            continue
    raise AssertionError(f"the structure board's blocks did not unfold in {attempts} attempts")


def fill_fields(**values):
    """A form filler: each field by its name, text typed and choices chosen."""

    def fill(form):
        for name, value in values.items():
            field = form.locator(f"[name={name}]")
            if field.evaluate("e => e.tagName") == "SELECT":
                field.select_option(value)
            elif field.get_attribute("type") == "checkbox":
                field.set_checked(value)
            else:
                field.fill(value)

    return fill


def link_to(form, found_by, chosen):
    """A link field: "Internal link", then the record found by searching `found_by`."""
    form.locator("select[name=link_0]").select_option("internal_link")
    form.locator(".internal_link .select2-selection").click()
    form.locator(".select2-search__field").fill(found_by)
    form.locator(".select2-results__option:not([role=group])", has_text=chosen).first.click()


def with_link(found_by, chosen, **values):
    def fill(form):
        fill_fields(**values)(form)
        link_to(form, found_by, chosen)

    return fill


def text_in(page, block, words):
    """A text block inside `block`: typed in the editor the modal opens."""

    def fill(form):
        editor = form.locator(".ProseMirror").first
        editor.click()
        page.keyboard.type(words)

    add_plugin(page, "Text", fill, inside=block)


def library_image_chosen(page, name):
    """The image field's lookup opens the library in a window; the image is chosen there."""

    def fill(form):
        with page.expect_popup() as opened:
            form.locator(".filer-widget").get_by_text("Choose File").click()
        library = opened.value
        library.get_by_text("Unsorted Uploads").first.click()
        with library.expect_event("close"):
            library.locator(f"a.js-dismiss-image[data-label='{name}']").first.click()
        form.locator("[name=alt_text]").fill("A hospital ward")
        form.locator("[name=caption]").fill("A ward at the Leicester Royal Infirmary")

    return fill


def build_every_component(page, links):
    """In structure mode, every component of the picker, with the links in `links`."""
    group = add_plugin(page, "Card group", fill_fields(columns="2"))
    add_plugin(page, "Card", fill_fields(variant="basic", heading="Basic card"), inside=group)
    add_plugin(
        page,
        "Card",
        with_link(*links["publication"], variant="primary", heading="Our annual report"),
        inside=group,
    )
    care = add_plugin(page, "Card", fill_fields(variant="urgent", heading="Ask for help if:"))
    text_in(page, care, "You feel worse.")
    inset = add_plugin(page, "Inset text", fill_fields())
    text_in(page, inset, "Information set apart from the text around it.")
    warning = add_plugin(page, "Warning callout", fill_fields(heading="Before you come"))
    text_in(page, warning, "Tell the receptionist about any access needs.")
    expanders = add_plugin(page, "Expander group", fill_fields())
    details = add_plugin(
        page,
        "Details or expander",
        fill_fields(summary="Governing body", kind="expander"),
        inside=expanders,
    )
    text_in(page, details, "It meets in public every month.")
    add_plugin(page, "Do and don't list", fill_fields(kind="do", items="wash your hands"))
    add_plugin(
        page,
        "Action link",
        with_link(*links["practice"], text="Find your GP practice"),
    )
    rows = add_plugin(page, "Summary list", fill_fields())
    add_plugin(
        page, "Summary list row", fill_fields(key="Telephone", value="0116 295 0000"), inside=rows
    )
    add_plugin(
        page,
        "Table",
        fill_fields(
            caption="GP practices by CCG",
            rows="CCG | Practices\nLeicester City | 58\nWest Leicestershire | 48",
        ),
    )
    contents = add_plugin(page, "Contents list", fill_fields(source="chosen"))
    add_plugin(
        page,
        "Chosen page",
        with_link(*links["meeting"], text="Next governing body meeting"),
        inside=contents,
    )
    add_plugin(page, "Image", library_image_chosen(page, "ward.png"))
    related = add_plugin(page, "Related pages", fill_fields(heading="Related pages"))
    add_plugin(
        page,
        "Chosen page",
        with_link("strategic objectives", "/leicester-city/", text="Our strategic objectives"),
        inside=related,
    )


def publish(page, path):
    toolbar(page).get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_url(re.compile(re.escape(path) + "$"))


# --- The test ---------------------------------------------------------------------------


def test_communications_staff_build_a_page_of_every_component_and_publish_it(
    site, page, browser, tmp_path
):
    report = file_add(PublicationFactory(title="Annual report 2019-20"), "annual-report.pdf")
    practice = Practice.objects.filter(status="A").order_by("name").first()
    meeting = MeetingFactory(body="04V", venue="Pera Business Park, Melton Mowbray")
    library_image("ward.png", 2000, 1200)
    links = {
        "publication": ("Annual report 2019-20", "(current file)"),
        "practice": (practice.name, practice.name),
        "meeting": ("Pera Business Park", str(meeting)),
    }

    sign_in_as_editor(page, site, "/leicester-city/")
    try:
        new_page_from_toolbar(page, "Our services")
        structure_mode(page)
        build_every_component(page, links)
    except Exception:
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "failure.png"), full_page=True)
        raise
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "structure-every-component.png"), full_page=True)
    publish(page, "/leicester-city/our-services/")

    checked = tmp_path / "checked"
    checked.mkdir()
    for width in (320, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
        visitor = context.new_page()
        response = visitor.goto(site + "/leicester-city/our-services/")
        assert response.status == 200
        (checked / f"our-services-{width}.html").write_bytes(response.body())
        main = visitor.locator("main")
        assert main.locator(".nhsuk-card-group .nhsuk-card").count() == 2
        assert main.locator(".nhsuk-card--care.nhsuk-card--care--urgent").count() == 1
        assert main.locator(".nhsuk-inset-text").count() == 1
        assert main.locator(".nhsuk-card--warning").count() == 1
        assert main.locator(".nhsuk-expander-group details.nhsuk-expander").count() == 1
        assert main.locator(".nhsuk-card--feature .nhsuk-list--tick").count() == 1
        assert main.locator(".nhsuk-summary-list .nhsuk-summary-list__row").count() == 1
        assert main.locator("table.nhsuk-table--responsive caption").count() == 1
        assert main.locator(".nhsuk-contents-list").count() == 1
        assert main.locator("figure.nhsuk-image img").get_attribute("srcset")
        assert main.locator("a.nhsuk-card__link").get_attribute("href") == (
            report.publication_file.get_absolute_url()
        )
        assert main.locator("a.nhsuk-action-link").get_attribute("href") == (
            practice.get_absolute_url()
        )
        assert main.locator("a.nhsuk-contents-list__link").get_attribute("href") == (
            meeting.get_absolute_url()
        )
        assert axe_violations(visitor) == []
        overflow = visitor.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{overflow} px of sideways scrolling at {width} px"
        visitor.screenshot(path=str(SHOTS / f"our-services-{width}.png"), full_page=True)
        context.close()
    assert nu_errors(checked) == []
