"""What every practice and PCN page needs besides its own rows, in one read of the shared cache.

It changes only when ODS data is imported or a CCG is edited in the admin; both call
`ods_reference_clear`, so it is never stale and needs no expiry.
"""

from collections import defaultdict

from django.core.cache import cache

KEY = "ccgs:ods-reference"


def ods_reference():
    """{'latest_run', 'ccg_choices', 'pcn_choices'} (the PCN choices grouped by CCG name)."""
    reference = cache.get(KEY)
    if reference is None:
        reference = _ods_reference_compute()
        cache.set(KEY, reference, timeout=None)
    return reference


def ods_reference_clear():
    cache.delete(KEY)


def _ods_reference_compute():
    from ccgs.models import Ccg, OdsImportRun, Pcn

    grouped = defaultdict(list)
    pcns = Pcn.objects.values_list("code", "name", "ccg__name").order_by("ccg__name", "name")
    for code, name, ccg_name in pcns:
        grouped[ccg_name].append((code, name))
    return {
        "latest_run": OdsImportRun.objects.first(),
        "ccg_choices": list(Ccg.objects.values_list("code", "name")),
        "pcn_choices": list(grouped.items()),
    }
