"""Imports the bundled LLR extracts of the ODS files on a site that has no ODS data yet."""

import datetime
from collections import Counter

from django.conf import settings

from ccgs.models import OdsImportRun, Pcn, Practice
from ccgs.ods_import import ods_import
from llr_site.seed.seeder import ADDED, KEPT, UNCHANGED, UPDATED

ODS_EXTRACTS = settings.BASE_DIR / "ccgs" / "data" / "ods"
PRACTICES_FILE = ODS_EXTRACTS / "epraccur-llr.csv"
PCNS_FILE = ODS_EXTRACTS / "epcn-llr.xlsx"
PUBLISHED_ON = datetime.date(2019, 12, 1)  # the extracts' ODS snapshot: December 2019


def ods_extracts_apply(user, site, report):
    """A seed step: import the extracts once; never over data imported since (it is newer)."""
    latest = OdsImportRun.objects.first()
    if latest is not None:
        outcome = UNCHANGED if latest.practices_file == PRACTICES_FILE.name else KEPT
        report(outcome, f"ODS data ({latest}, from {latest.practices_file})")
        return Counter({outcome: Practice.objects.count() + Pcn.objects.count()})
    run = ods_import(PRACTICES_FILE, PCNS_FILE, published_on=PUBLISHED_ON)
    report(ADDED, f"{run}: {run.practices_added} practices, {run.pcns_added} PCNs")
    return Counter(
        {
            ADDED: run.practices_added + run.pcns_added,
            UPDATED: run.practices_updated + run.pcns_updated,
        }
    )
