"""Components benchmark (`make bench`): a page built from 40 NHS.UK component plugins.

On a throwaway SQLite database (or BENCH_DATABASE_URL) with production settings, through the
whole middleware stack: the page's queries and its median server time with the page cache off
(every request rendered) and on (what visitors get), next to the bare view measured in the same
rounds; and the queries of a page with twice as many of every component, which must be the same.
Targets: the same number of database queries at both sizes, at most 24. Reads of the cache
(a link's address, an image's sizes: one each per distinct link or image) are shown apart: they
are not database queries with Redis.
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.run import (  # noqa: E402
    app_pages_report,
    configure,
    prepare,
    rendered_queries,
)

MAX_QUERIES = 24
# One round is 10 top-level components (with the cards, rows, texts and links inside them).
ROUND = 10


def components_page(slug, rounds, image, user):
    """A published page of `rounds` x 10 top-level component plugins."""
    from tests.nhsuk_components.builders import add, draft_page, text

    draft = draft_page(f"Components {slug}", slug, user=user)
    slot, target = draft.slot, {"internal_link": f"cms.page:{draft.page.pk}"}
    for number in range(rounds):
        group = add(slot, "CardGroupPlugin", columns=3)
        for variant in ("clickable", "primary", "secondary"):
            add(slot, "CardPlugin", group, variant=variant, heading=f"Card {number}", link=target)
        care = add(slot, "CardPlugin", variant="urgent", heading="Ask for an urgent GP")
        text(slot, care, "<p>If you feel worse.</p>")
        inset = add(slot, "InsetTextPlugin")
        text(slot, inset, "<p>Information set apart.</p>")
        warning = add(slot, "WarningCalloutPlugin")
        text(slot, warning, "<p>Take care.</p>")
        group = add(slot, "ExpanderGroupPlugin")
        for summary in ("Opening times", "Parking"):
            details = add(slot, "DetailsPlugin", group, summary=summary, kind="expander")
            text(slot, details, f"<p>{summary}.</p>")
        add(slot, "DoDontListPlugin", items="wash your hands\ncover blisters")
        add(slot, "ActionLinkPlugin", text="Find your GP", link=target)
        rows = add(slot, "SummaryListPlugin")
        for key in ("Telephone", "Email", "Address"):
            add(slot, "SummaryListRowPlugin", rows, key=key, value="Value")
        add(slot, "TablePlugin", caption="Figures", rows="CCG | Practices\nA | 65\nB | 50")
        add(slot, "ImagePlugin", image=image, alt_text="A GP surgery", caption="Our practice")
    draft.publish()
    return f"/{slug}/"


def main():
    with tempfile.TemporaryDirectory() as workdir:
        os.environ["MEDIA_ROOT"] = str(Path(workdir) / "media")
        configure(workdir)
        prepare()
        from django.test import Client
        from django.test.utils import override_settings

        from tests.nhsuk_components.builders import author, library_image

        image, user = library_image(width=2400, height=1600), author()
        forty = components_page("forty", 4, image, user)
        eighty = components_page("eighty", 8, image, user)
        client = Client()
        failures = app_pages_report(
            client, {"40 components": forty, "80 components": eighty}, MAX_QUERIES
        )
        with override_settings(CMS_PAGE_CACHE=False, CMS_PLACEHOLDER_CACHE=False):
            queries = [rendered_queries(client, url) for url in (forty, eighty)]
        print("page and placeholder caches off: (database queries, cache reads)")
        print(f"40 components: {queries[0]}, 80 components: {queries[1]}")
        if queries[0][0] != queries[1][0]:
            failures.append(f"database queries differ with the number of components: {queries}")
    for failure in failures:
        print(f"MISSED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
