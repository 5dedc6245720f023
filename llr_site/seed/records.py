"""Seeds model rows the way page seeds seed pages: once, then only when the seed changes.

A row is found by its lookup. A seed applied again changes nothing; a changed seed updates the
row; a row that staff deleted since it was seeded stays deleted. Staff edits to a seeded row are
kept until the seed itself changes.
"""

import hashlib
import json

from llr_site.models import SeedRecord
from llr_site.seed.page_seed import ADDED, KEPT, UNCHANGED, UPDATED

DELETED_BY_STAFF = KEPT


def row_seed_apply(key, model, lookup, values):
    """Create or update the `model` row matching `lookup` with `values`; return what was done."""
    fingerprint = hashlib.sha256(
        json.dumps({"lookup": lookup, "values": values}, sort_keys=True, default=str).encode()
    ).hexdigest()
    record = SeedRecord.objects.filter(key=key).first()
    if record is not None and record.fingerprint == fingerprint:
        return UNCHANGED
    row = model.objects.filter(**lookup).first()
    if row is None and record is not None:
        return DELETED_BY_STAFF
    if row is None:
        model.objects.create(**lookup, **values)
        outcome = ADDED
    else:
        for name, value in values.items():
            setattr(row, name, value)
        row.save()
        outcome = UPDATED
    SeedRecord.objects.update_or_create(key=key, defaults={"fingerprint": fingerprint})
    return outcome
