"""What many pages need besides their own rows, in one read of the shared cache: the latest
ODS import, the finder's CCG and PCN choices, and the closed CCGs (for the banner on every page).

It changes only when ODS data is imported or a CCG is edited in the admin; both call
`reference_clear`, so it is never stale and needs no expiry.
"""

from collections import defaultdict

from django.core.cache import cache

KEY = "ccgs:reference"


def reference():
    """{'latest_run', 'ccg_choices', 'pcn_choices' (grouped by CCG name), 'closed_ccgs'}."""
    return cache.get_or_set(KEY, _reference_compute, timeout=None)


def reference_clear():
    cache.delete(KEY)


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
        "closed_ccgs": list(Ccg.objects.filter(closed_on__isnull=False).select_related("page")),
    }
