"""What many pages need besides their own rows, in one read of the shared cache: the latest
ODS import, the finder's CCG and PCN choices, the addresses of the CCGs' pages (linked from
practices and PCNs), and the closed CCGs (for the banner on every page).

It changes only when ODS data is imported or a CCG is edited in the admin: both save records
of this app, which drops it with every other cached copy of content (`content_cache`).
"""

from collections import defaultdict

from content_cache import content_cached


def reference():
    """{'latest_run', 'ccg_choices', 'pcn_choices' (grouped by CCG name), 'ccg_page_urls'
    ({code: address}), 'closed_ccgs'}."""
    return content_cached("ccgs:reference", _reference_compute)


def _reference_compute():
    from ccgs.models import Ccg, OdsImportRun, Pcn

    grouped = defaultdict(list)
    pcns = Pcn.objects.values_list("code", "name", "ccg__name").order_by("ccg__name", "name")
    for code, name, ccg_name in pcns:
        grouped[ccg_name].append((code, name))
    return {
        "latest_run": OdsImportRun.objects.first(),
        "ccg_choices": list(Ccg.objects.values_list("code", "name")),
        "pcn_choices": list(grouped.items()),
        "ccg_page_urls": {
            ccg.code: ccg.page.get_absolute_url()
            for ccg in Ccg.objects.filter(page__isnull=False).select_related("page")
        },
        "closed_ccgs": list(Ccg.objects.filter(closed_on__isnull=False).select_related("page")),
    }
