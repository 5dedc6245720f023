"""One page with every component, as communications staff would build it (tests and checks)."""

from ccgs.models import Practice
from tests.factories import MeetingFactory, PublicationFactory
from tests.nhsuk_components.builders import add, draft_page, library_image, text


def every_component_page(slug="every-component"):
    """Publish a page holding every component and an image from the library; return its path."""
    draft = draft_page("Every component", slug)
    slot, itself = draft.slot, {"internal_link": f"cms.page:{draft.page.pk}"}
    add(slot, "ContentsListPlugin", source="section")
    group = add(slot, "CardGroupPlugin", columns=2)
    add(slot, "CardPlugin", group, variant="basic", heading="Basic card", description="Plain.")
    add(
        slot,
        "CardPlugin",
        group,
        variant="clickable",
        heading="Clickable card with an image",
        link=itself,
        image=library_image("surgery.png", 1200, 800),
        description="The whole card is a link.",
    )
    add(slot, "CardPlugin", group, variant="feature", heading="Feature card")
    add(slot, "CardPlugin", group, variant="primary", heading="Primary card", link=itself)
    add(slot, "CardPlugin", group, variant="secondary", heading="Secondary card", link=itself)
    for variant, heading in (
        ("non-urgent", "Speak to a GP if:"),
        ("urgent", "Ask for an urgent GP appointment if:"),
        ("emergency", "Call 999 if:"),
    ):
        care = add(slot, "CardPlugin", variant=variant, heading=heading, heading_level=3)
        text(slot, care, "<p>You feel worse.</p>")
    inset = add(slot, "InsetTextPlugin")
    text(slot, inset, "<p>Information set apart from the text around it.</p>")
    warning = add(slot, "WarningCalloutPlugin", heading="Before your appointment")
    text(slot, warning, "<p>Tell the receptionist about any access needs.</p>")
    details = add(slot, "DetailsPlugin", summary="How to find your NHS number")
    text(slot, details, "<p>It is in the NHS App.</p>")
    group = add(slot, "ExpanderGroupPlugin")
    for summary in ("Governing body", "Executive team"):
        expander = add(slot, "DetailsPlugin", group, summary=summary, kind="expander")
        text(slot, expander, f"<p>About the {summary.lower()}.</p>")
    add(slot, "DoDontListPlugin", kind="do", items="cover blisters\nwash your hands")
    add(slot, "DoDontListPlugin", kind="dont", items="do not burst a blister")
    add(slot, "ActionLinkPlugin", text="Find your nearest GP practice", link=itself)
    rows = add(slot, "SummaryListPlugin")
    add(slot, "SummaryListRowPlugin", rows, key="Telephone", value="0116 295 0000")
    add(slot, "SummaryListRowPlugin", rows, key="Opening times", value="Monday to Friday")
    add(
        slot,
        "TablePlugin",
        caption="GP practices by CCG in 2019",
        rows="CCG | Practices | Patients\nLeicester City | 58 | 400,000\n"
        "West Leicestershire | 48 | 390,000\nEast Leicestershire and Rutland | 30 | 330,000",
        first_column_headers=True,
    )
    add(
        slot,
        "ImagePlugin",
        image=library_image("ward.png", 2000, 1200),
        alt_text="A hospital ward",
        caption="A ward at the Leicester Royal Infirmary",
    )
    related = add(slot, "RelatedPagesPlugin")
    add(slot, "LinkItemPlugin", related, text="Every component", link=itself)
    practice = Practice.objects.filter(status="A").order_by("name").first()
    for words, record in (
        ("Our annual report", PublicationFactory(title="Annual report 2019-20")),
        ("Your GP practice", practice),
        ("The next governing body meeting", MeetingFactory()),
    ):
        reference = f"{record._meta.label_lower}:{record.pk}"
        add(slot, "LinkItemPlugin", related, text=words, link={"internal_link": reference})
    draft.publish()
    return f"/{slug}/"
