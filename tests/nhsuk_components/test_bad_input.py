"""Bad input to each component, sent as an editor sends it (the structure mode's plugin form):
refused with a message that says what to do, and nothing stored."""

import pytest
from cms.models import CMSPlugin
from djangocms_link.fields import LinkWidget

from nhsuk_components.links import link_refuse_unsafe
from tests.factories import staff_sign_in
from tests.nhsuk_components.builders import LANGUAGE, add, draft_page, library_image

pytestmark = pytest.mark.django_db

LINK = LinkWidget().data_pos


def link(url):
    """A LinkField's form data for an address typed by the editor."""
    data = {f"link_{position}": "" for position in range(len(LINK))}
    data["link_0"] = "external_link"
    data[f"link_{LINK['external_link']}"] = url
    return data


@pytest.fixture
def editor(client):
    draft = draft_page()
    staff_sign_in(client, draft.user)

    def send(plugin_type, data, parent=None):
        query = {
            "placeholder_id": draft.slot.pk,
            "plugin_type": plugin_type,
            "plugin_language": LANGUAGE,
            # Positions run through the placeholder: a block's first child comes just after it.
            "plugin_position": parent.position + 1 if parent else 1,
        }
        if parent:
            query["plugin_parent"] = parent.pk
        before = CMSPlugin.objects.count()
        path = "/admin/cms/placeholder/add-plugin/?" + "&".join(
            f"{k}={v}" for k, v in query.items()
        )
        response = client.post(path, data)
        send.status = response.status_code
        return response.content.decode(), CMSPlugin.objects.count() - before

    send.draft = draft
    return send


@pytest.mark.parametrize(
    ("plugin_type", "data", "message"),
    [
        (
            "CardPlugin",
            {"variant": "basic", "heading": "Level one", "heading_level": "1"},
            "Select a valid choice. 1 is not one of the available choices.",
        ),
        (
            "CardPlugin",
            {"variant": "clickable", "heading": "No link", "heading_level": "2", **link("")},
            "A clickable or primary card needs a link: choose where it goes.",
        ),
        (
            "CardPlugin",
            {
                "variant": "urgent",
                "heading": "Linked",
                "heading_level": "2",
                **link("https://nhs.uk"),
            },
            "A care card: urgent (red) card has no link",
        ),
        (
            "CardPlugin",
            {"variant": "magenta", "heading": "Off-brand", "heading_level": "2"},
            "Select a valid choice. magenta is not one of the available choices.",
        ),
        ("CardPlugin", {"variant": "basic", "heading": "", "heading_level": "2"}, "required"),
        (
            "CardPlugin",
            {
                "variant": "primary",
                "heading": "Scripted",
                "heading_level": "2",
                **link("javascript:alert(document.cookie)"),
            },
            "not allowed",
        ),
        (
            "WarningCalloutPlugin",
            {"heading": "Important", "heading_level": "5"},
            "Select a valid choice. 5 is not one of the available choices.",
        ),
        (
            "WarningCalloutPlugin",
            {"heading": "Important", "heading_level": "1"},
            "Select a valid choice. 1 is not one of the available choices.",
        ),
        (
            "DoDontListPlugin",
            {"kind": "do", "heading_level": "1", "items": "wash your hands"},
            "Select a valid choice. 1 is not one of the available choices.",
        ),
        ("ImagePlugin", {"image": "", "alt_text": "A ward", "caption": ""}, "required"),
        (
            "ActionLinkPlugin",
            {"text": "Click", **link("javascript:alert(document.cookie)")},
            "not allowed",
        ),
        ("ActionLinkPlugin", {"text": "Click", **link("data:text/html,<script>")}, "not allowed"),
        ("ActionLinkPlugin", {"text": "Go", **link("")}, "required"),
        ("DoDontListPlugin", {"kind": "do", "heading_level": "3", "items": "  \n  "}, "required"),
        (
            "TablePlugin",
            {"caption": "Practices", "rows": "CCG | Practices\nLeicester City | 65\nWest"},
            "Line 3 has 1 cells but the header row has 2",
        ),
        ("TablePlugin", {"caption": "Practices", "rows": "CCG | Practices"}, "at least one row"),
        ("CardGroupPlugin", {"columns": "5"}, "Select a valid choice. 5 is not one"),
        ("DetailsPlugin", {"summary": "", "kind": "details"}, "required"),
    ],
)
def test_component_with_bad_input_is_refused_with_a_message_and_nothing_stored(
    editor, plugin_type, data, message
):
    page, stored = editor(plugin_type, data)
    assert editor.status == 200
    assert message in page.replace("&#x27;", "'").replace("&quot;", '"')
    assert stored == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"alt_text": "", "decorative": ""}, "Describe the image in its alt text, or tick"),
        ({"alt_text": "A ward", "decorative": "on"}, "(not both)"),
    ],
)
def test_image_needs_alt_text_or_decorative_nothing_stored(editor, fields, message):
    image = library_image()
    page, stored = editor("ImagePlugin", {"image": image.pk, "caption": "", **fields})
    assert message in page
    assert stored == 0


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "data:text/html,<script>"])
def test_a_chosen_page_with_an_unsafe_link_is_refused_nothing_stored(editor, url):
    related = add(editor.draft.slot, "RelatedPagesPlugin")
    page, stored = editor("LinkItemPlugin", {"text": "Click", **link(url)}, related)
    assert editor.status == 200
    assert "not allowed" in page
    assert stored == 0


def test_good_input_is_stored(editor):
    image = library_image()
    page, stored = editor("ImagePlugin", {"image": image.pk, "alt_text": "A ward", "caption": ""})
    assert stored == 1
    page, stored = editor("ActionLinkPlugin", {"text": "Find a GP", **link("https://www.nhs.uk/")})
    assert stored == 1


def test_a_card_goes_only_where_cards_fit_and_a_row_only_in_a_summary_list(editor):
    inset = add(editor.draft.slot, "InsetTextPlugin")
    page, stored = editor(
        "CardPlugin", {"variant": "basic", "heading": "x", "heading_level": "2"}, inset
    )
    assert (editor.status, page, stored) == (
        400,
        "A card cannot go inside the inset text block.",
        0,
    )
    table = add(editor.draft.slot, "TablePlugin", caption="x", rows="a\nb")
    page, stored = editor("SummaryListRowPlugin", {"key": "Telephone", "value": "0116"}, table)
    assert editor.status == 400 and stored == 0
    group = add(editor.draft.slot, "CardGroupPlugin", columns=2)
    page, stored = editor(
        "CardPlugin", {"variant": "basic", "heading": "x", "heading_level": "2"}, group
    )
    assert stored == 1


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
    ],
)
def test_unsafe_link_schemes_are_refused_however_written(url):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="not allowed"):
        link_refuse_unsafe({"external_link": url})


@pytest.mark.parametrize(
    "url",
    ["https://www.nhs.uk/", "mailto:enquiries@example.nhs.uk", "tel:01162950000", "/contact/"],
)
def test_safe_links_pass(url):
    link_refuse_unsafe({"external_link": url})


@pytest.mark.parametrize(
    ("plugin_type", "fields"),
    [
        ("WarningCalloutPlugin", {"heading": "Important", "heading_level": 1}),
        ("CardPlugin", {"heading": "Card", "heading_level": 5}),
        ("DoDontListPlugin", {"items": "wash", "heading_level": 1}),
        ("CardGroupPlugin", {"columns": 6}),
        ("CardPlugin", {"heading": "Card", "variant": "magenta"}),
    ],
)
def test_the_database_holds_the_rules_too(editor, plugin_type, fields):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        add(editor.draft.slot, plugin_type, **fields)


def test_the_database_refuses_an_image_without_alt_text_unless_decorative(editor):
    from django.db import IntegrityError, transaction

    image = library_image()
    with pytest.raises(IntegrityError), transaction.atomic():
        add(editor.draft.slot, "ImagePlugin", image=image, alt_text="")
    add(editor.draft.slot, "ImagePlugin", image=image, alt_text="", decorative=True)
