"""A page of components renders in a fixed number of queries whatever the number of plugins
of one kind (page, placeholder and plugin caches off): the CMS reads each plugin kind once, and
links and image sizes are looked up once per content version."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.nhsuk_components.builders import add, draft_page, library_image, text

pytestmark = pytest.mark.django_db


def components_page(draft, each, image, target):
    """`each` of every component on `draft`'s page."""
    slot = draft.slot
    for number in range(each):
        group = add(slot, "CardGroupPlugin", columns=2)
        for variant in ("clickable", "primary"):
            add(
                slot,
                "CardPlugin",
                group,
                variant=variant,
                heading=f"Card {number}",
                link={"internal_link": f"cms.page:{target.pk}"},
            )
        care = add(slot, "CardPlugin", variant="emergency", heading="Call 999")
        text(slot, care, "<p>Now.</p>")
        inset = add(slot, "InsetTextPlugin")
        text(slot, inset, "<p>Inset.</p>")
        warning = add(slot, "WarningCalloutPlugin")
        text(slot, warning, "<p>Careful.</p>")
        group = add(slot, "ExpanderGroupPlugin")
        details = add(slot, "DetailsPlugin", group, summary="More", kind="expander")
        text(slot, details, "<p>More.</p>")
        add(slot, "DoDontListPlugin", items="wash your hands")
        add(slot, "ActionLinkPlugin", text="Go", link={"external_link": "https://www.nhs.uk/"})
        rows = add(slot, "SummaryListPlugin")
        add(slot, "SummaryListRowPlugin", rows, key="Telephone", value="0116 295 0000")
        add(slot, "TablePlugin", caption="Figures", rows="A | B\n1 | 2")
        add(slot, "ImagePlugin", image=image, alt_text="A surgery")
        related = add(slot, "RelatedPagesPlugin")
        add(
            slot,
            "LinkItemPlugin",
            related,
            text="Target",
            link={"internal_link": f"cms.page:{target.pk}"},
        )
        add(slot, "ContentsListPlugin", source="section")
    draft.publish()


def queries_to_render(client, url):
    client.get(url)  # links and image sizes are looked up once per content version
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    import os

    if os.environ.get("SHOWQ"):
        print(url, *[q["sql"][-300:] for q in queries.captured_queries], sep="\n")
    return len(queries)


def test_query_count_is_the_same_for_one_or_five_of_every_component(client, settings):
    settings.CMS_PAGE_CACHE = False
    settings.CMS_PLACEHOLDER_CACHE = False
    settings.CMS_PLUGIN_CACHE = False
    image = library_image()
    one = draft_page("One of each", "one-of-each")
    target = one.page
    components_page(one, 1, image, target)
    five = draft_page("Five of each", "five-of-each", user=one.user)
    components_page(five, 5, image, target)

    # Links and image sizes are looked up once per content version (and the apphooks' URLs
    # reloaded once after publishing): the first visits do that.
    for url in ("/one-of-each/", "/five-of-each/"):
        client.get(url)
    counted = queries_to_render(client, "/one-of-each/")
    assert queries_to_render(client, "/five-of-each/") == counted
    # One query per kind of plugin on the page (16 here) and the page's own few.
    assert counted <= 24
