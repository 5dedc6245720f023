"""Seeds model rows the way page seeds seed pages: once, then only when the seed changes.

A row is found by its lookup. A seed applied again changes nothing; a changed seed updates the
row, unless staff have changed the row since it was seeded (their work is left alone); a row
that staff deleted stays deleted.
"""

import hashlib
import json

from llr_site.models import SeedRecord
from llr_site.seed.page_seed import ADDED, KEPT, UNCHANGED, UPDATED


def fingerprint(values):
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def row_seed_apply(key, model, lookup, values):
    """Create or update the `model` row matching `lookup` with `values`.

    Returns (what was done, the row; None when staff deleted it).
    """
    seeded = fingerprint(values)
    record = SeedRecord.objects.filter(key=key).first()
    row = model.objects.filter(**lookup).first()
    if row is None and record is not None:
        return KEPT, None
    if row is None:
        row = model.objects.create(**{**values, **lookup})
        outcome = ADDED
    elif record is not None and record.fingerprint == seeded:
        return UNCHANGED, row
    else:
        current = fingerprint({name: getattr(row, name) for name in values})
        if record is not None and current != record.fingerprint:
            return KEPT, row
        for name, value in values.items():
            setattr(row, name, value)
        row.save()
        outcome = UNCHANGED if current == seeded else UPDATED
    SeedRecord.objects.update_or_create(key=key, defaults={"fingerprint": seeded})
    return outcome, row
