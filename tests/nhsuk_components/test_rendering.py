"""Each component renders nhsuk-frontend 10's markup on a published page, for visitors."""

import pytest
from lxml import html

from tests.nhsuk_components.builders import add, draft_page, library_image, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_html(client):
    """Publish the draft built by the test and return the page as visitors get it, parsed."""

    def published(draft, url="/components/"):
        draft.publish()
        response = client.get(url)
        assert response.status_code == 200
        return html.fromstring(response.content)

    return published


def one(tree, xpath):
    (found,) = tree.xpath(xpath)
    return found


def classes(element):
    return element.get("class").split()


def test_cards_of_every_kind_in_a_group(page_html):
    draft = draft_page()
    page, slot = draft.page, draft.slot
    group = add(slot, "CardGroupPlugin", columns=2)
    add(slot, "CardPlugin", group, variant="basic", heading="Basic", description="Plain card.")
    add(
        slot,
        "CardPlugin",
        group,
        variant="clickable",
        heading="Clickable",
        heading_level=3,
        link={"external_link": "https://www.nhs.uk/"},
        image=library_image(),
    )
    add(slot, "CardPlugin", group, variant="feature", heading="Feature")
    add(
        slot,
        "CardPlugin",
        group,
        variant="primary",
        heading="Primary",
        link={"internal_link": f"cms.page:{page.pk}"},
    )
    add(slot, "CardPlugin", group, variant="secondary", heading="Secondary")
    urgent = add(slot, "CardPlugin", group, variant="urgent", heading="Ask for an urgent GP")
    text(slot, urgent, "<p>If you feel worse.</p>")
    tree = page_html(draft)

    assert "Context:" not in tree.text_content()  # the templates' comments stay comments
    group_list = one(tree, "//main//ul[contains(@class, 'nhsuk-card-group')]")
    assert classes(group_list) == ["nhsuk-grid-row", "nhsuk-card-group"]
    items = group_list.xpath("./li")
    assert len(items) == 6
    assert all(
        classes(item) == ["nhsuk-grid-column-one-half", "nhsuk-card-group__item"] for item in items
    )
    basic, clickable, feature, primary, secondary, care = (item[0] for item in items)
    assert classes(basic) == ["nhsuk-card"]
    assert one(basic, ".//h2").text.strip() == "Basic"
    assert one(basic, ".//p[@class='nhsuk-card__description']").text == "Plain card."
    assert classes(clickable) == ["nhsuk-card", "nhsuk-card--clickable"]
    link = one(clickable, ".//h3[contains(@class, 'nhsuk-card__heading')]/a")
    assert link.get("class") == "nhsuk-card__link" and link.get("href") == "https://www.nhs.uk/"
    image = one(clickable, "./img")
    assert image.get("class") == "nhsuk-card__img" and image.get("alt") == ""
    assert classes(feature) == ["nhsuk-card", "nhsuk-card--feature"]
    assert classes(primary) == ["nhsuk-card", "nhsuk-card--clickable", "nhsuk-card--primary"]
    assert one(primary, ".//a").get("href") == "/components/"
    assert one(primary, ".//svg").get("class") == "nhsuk-icon nhsuk-icon--chevron-right-circle"
    assert classes(secondary) == ["nhsuk-card", "nhsuk-card--secondary"]
    assert classes(care) == ["nhsuk-card", "nhsuk-card--care", "nhsuk-card--care--urgent"]
    heading = one(care, "./div[@class='nhsuk-card__heading-container']/h2")
    assert " ".join(heading.text_content().split()) == "Urgent advice: Ask for an urgent GP"
    assert one(care, ".//div[@class='nhsuk-card__content']/p").text == "If you feel worse."


def test_inset_text_warning_callout_details_and_expander_group(page_html):
    draft = draft_page()
    slot = draft.slot
    inset = add(slot, "InsetTextPlugin")
    text(slot, inset, "<p>Set apart.</p>")
    warning = add(slot, "WarningCalloutPlugin", heading="School, nursery or work", heading_level=2)
    text(slot, warning, "<p>Stay away.</p>")
    details = add(slot, "DetailsPlugin", summary="How to find your NHS number")
    text(slot, details, "<p>In the NHS App.</p>")
    group = add(slot, "ExpanderGroupPlugin")
    for summary in ("Opening times", "Parking"):
        expander = add(slot, "DetailsPlugin", group, summary=summary, kind="expander")
        text(slot, expander, f"<p>About {summary.lower()}.</p>")
    tree = page_html(draft)

    inset = one(tree, "//main//div[@class='nhsuk-inset-text']")
    assert inset.text_content().split() == ["Information:", "Set", "apart."]
    warning = one(tree, "//main//div[@class='nhsuk-card nhsuk-card--warning']")
    heading = one(warning, ".//h2[@class='nhsuk-card__heading']")
    assert heading.text_content().split() == ["Important:", "School,", "nursery", "or", "work"]
    assert one(warning, ".//div[@class='nhsuk-card__content']/p").text == "Stay away."
    details = one(tree, "//main//details[@class='nhsuk-details']")
    summary = one(details, "./summary[@class='nhsuk-details__summary']/span")
    assert summary.text.strip() == "How to find your NHS number"
    assert one(details, "./div[@class='nhsuk-details__text']/p").text == "In the NHS App."
    group = one(tree, "//main//div[@class='nhsuk-expander-group']")
    expanders = group.xpath("./details[@class='nhsuk-details nhsuk-expander']")
    assert [e.xpath("string(.//summary)").strip() for e in expanders] == [
        "Opening times",
        "Parking",
    ]


def test_do_dont_lists_action_link_summary_list_and_table(page_html):
    draft = draft_page()
    slot = draft.slot
    add(slot, "DoDontListPlugin", kind="do", items="cover blisters\n\n  wash your hands  \n")
    add(slot, "DoDontListPlugin", kind="dont", heading_level=4, items="do not burst a blister")
    add(slot, "ActionLinkPlugin", text="Find your GP", link={"external_link": "https://nhs.uk/"})
    summary = add(slot, "SummaryListPlugin")
    add(slot, "SummaryListRowPlugin", summary, key="Telephone", value="0116 295 0000")
    add(slot, "SummaryListRowPlugin", summary, key="Open", value="Monday to Friday")
    add(
        slot,
        "TablePlugin",
        caption="Practices by CCG",
        rows="CCG | Practices\nLeicester City | 65\nWest Leicestershire | 50",
        first_column_headers=True,
    )
    tree = page_html(draft)

    do, dont = tree.xpath("//main//div[@class='nhsuk-card nhsuk-card--feature']")
    assert one(do, ".//h3").text.strip() == "Do"
    assert [li.text_content().strip() for li in do.xpath(".//ul/li")] == [
        "cover blisters",
        "wash your hands",
    ]
    assert one(do, ".//ul").get("class") == "nhsuk-list nhsuk-list--tick"
    assert one(dont, ".//h4").text.strip() == "Don't"
    assert one(dont, ".//ul").get("class") == "nhsuk-list nhsuk-list--cross"
    action = one(tree, "//main//a[@class='nhsuk-action-link']")
    assert action.get("href") == "https://nhs.uk/"
    assert one(action, "./span[@class='nhsuk-action-link__text']").text.strip() == "Find your GP"
    rows = tree.xpath("//main//dl[@class='nhsuk-summary-list']/div")
    assert [row.xpath("string(./dt)") for row in rows] == ["Telephone", "Open"]
    assert [row.xpath("string(./dd)") for row in rows] == ["0116 295 0000", "Monday to Friday"]
    table = one(tree, "//main//table[contains(@class, 'nhsuk-table--responsive')]")
    assert one(table, "./caption").text == "Practices by CCG"
    assert [th.text for th in table.xpath("./thead//th")] == ["CCG", "Practices"]
    first = table.xpath("./tbody/tr")[0]
    assert first[0].tag == "th" and first[0].get("scope") == "row"
    # Each cell repeats its column's heading for phones, where a row becomes a card.
    assert first[1].xpath("string(./span[@class='nhsuk-table__heading'])").strip() == "Practices"


def test_contents_list_of_the_section_marks_this_page_and_related_pages_link(page_html):
    guide = draft_page("A guide", "guide")
    guide.publish()
    draft = draft_page("Symptoms", "symptoms", user=guide.user, parent=guide.page)
    treatments = draft_page("Treatments", "treatments", user=guide.user, parent=guide.page)
    treatments.publish()
    slot = draft.slot
    add(slot, "ContentsListPlugin", source="section")
    related = add(slot, "RelatedPagesPlugin")
    link = {"internal_link": f"cms.page:{treatments.page.pk}"}
    add(slot, "LinkItemPlugin", related, text="Treatments", link=link)
    tree = page_html(draft, url="/guide/symptoms/")

    items = tree.xpath("//main//nav[@class='nhsuk-contents-list']//li")
    assert [item.text_content().strip() for item in items] == ["Symptoms", "Treatments"]
    assert items[0].get("aria-current") == "page"
    assert one(items[1], "./a").get("href") == "/guide/treatments/"
    related = one(tree, "//main//nav[@aria-label='Related pages']")
    assert one(related, ".//a").get("href") == "/guide/treatments/"


def test_image_is_served_in_thumbnails_of_the_layout_widths_never_the_original(page_html):
    draft = draft_page()
    slot = draft.slot
    image = library_image(width=1600, height=900)
    add(slot, "ImagePlugin", image=image, alt_text="A GP surgery", caption="Our practice")
    add(slot, "ImagePlugin", image=library_image("small.png", 200, 100), decorative=True)
    tree = page_html(draft)

    described, decorative = tree.xpath("//main//figure[@class='nhsuk-image']/img")
    assert described.get("alt") == "A GP surgery"
    widths = [int(part.split()[-1][:-1]) for part in described.get("srcset").split(", ")]
    assert widths == [320, 480, 640, 960, 1280]
    assert image.file.url not in described.get("src") + described.get("srcset")
    assert described.get("sizes")
    assert one(tree, "//main//figcaption").text.strip() == "Our practice"
    # A decorative image has an empty alt; one narrower than every width is still a thumbnail.
    assert decorative.get("alt") == ""
    assert decorative.get("srcset").endswith(" 200w") and decorative.get("src") != "small.png"


def test_home_page_seed_shows_the_three_ccgs_as_cards_and_the_guide_as_an_action_link(client):
    tree = html.fromstring(client.get("/").content)
    cards = tree.xpath(
        "//main//ul[contains(@class, 'nhsuk-card-group')]//a[@class='nhsuk-card__link']"
    )
    assert [(card.text, card.get("href")) for card in cards] == [
        ("NHS Leicester City CCG", "/leicester-city/"),
        ("NHS West Leicestershire CCG", "/west-leicestershire/"),
        ("NHS East Leicestershire and Rutland CCG", "/east-leicestershire-and-rutland/"),
    ]
    action = one(tree, "//main//a[@class='nhsuk-action-link']")
    assert action.get("href") == "/engaging-with-your-ccg/"


def test_structure_of_ccgs_is_an_expander_group_and_the_constitution_an_inset(client):
    tree = html.fromstring(client.get("/how-ccgs-work/").content)
    summaries = tree.xpath("//main//div[@class='nhsuk-expander-group']//summary")
    assert [s.text_content().strip() for s in summaries] == [
        "Governing body",
        "Members and member council",
        "Locality structures",
        "Executive team",
    ]
    tree = html.fromstring(client.get("/west-leicestershire/nhs-constitution/").content)
    inset = one(tree, "//main//div[@class='nhsuk-inset-text']")
    assert "the rights to which patients, public and staff are entitled" in inset.text_content()
