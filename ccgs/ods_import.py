"""Applies parsed ODS data in one transaction and records the run.

Practices and PCNs are matched by ODS code and compared field by field, so running the same
files again changes nothing. Nothing is deleted: a practice that is no longer in the files keeps
its last known details. PCN memberships mirror the file.
"""

import hashlib
import time
from collections import Counter
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from ccgs.models import Ccg, OdsImportRun, Pcn, PcnMembership, Practice
from ccgs.ods import OdsFileError, ods_read

ADDED, UPDATED, UNCHANGED, CLOSED = "added", "updated", "unchanged", "closed"
OUTCOMES = (ADDED, UPDATED, UNCHANGED, CLOSED)


def ods_import(practices_path, pcns_path, *, published_on=None, progress=None):
    """Validate both files, then store what concerns LLR; return the recorded `OdsImportRun`."""
    started_at, start = timezone.now(), time.perf_counter()
    practices_path, pcns_path = Path(practices_path), Path(pcns_path)
    data = ods_read(practices_path, pcns_path, progress)
    ccgs = {ccg.code: ccg for ccg in Ccg.objects.all()}
    missing = {pcn["ccg_code"] for pcn in data.pcns.values()} - ccgs.keys()
    if missing:
        raise OdsFileError(pcns_path, f"names CCGs this site does not know: {sorted(missing)}.")
    with transaction.atomic():
        # Bulk writes send no signals; saving the import run below does, and so drops every
        # cached copy of content (content_cache), the finder's reference data included.
        pcn_counts = _pcns_apply(data.pcns, ccgs)
        practice_counts = _practices_apply(data.practices, ccgs)
        memberships = _memberships_apply(data.memberships)
        return OdsImportRun.objects.create(
            started_at=started_at,
            duration_seconds=time.perf_counter() - start,
            practices_file=practices_path.name,
            practices_sha256=file_sha256(practices_path),
            pcns_file=pcns_path.name,
            pcns_sha256=file_sha256(pcns_path),
            published_on=published_on,
            memberships=memberships,
            **{f"practices_{outcome}": practice_counts[outcome] for outcome in OUTCOMES},
            **{f"pcns_{outcome}": pcn_counts[outcome] for outcome in OUTCOMES},
        )


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _practices_apply(records, ccgs):
    for record in records.values():
        ccg = ccgs.get(record["commissioner_code"])
        record["ccg_id"] = ccg.pk if ccg else None
    return _records_apply(Practice, records, is_closed=lambda record: record["status"] == "C")


def _pcns_apply(records, ccgs):
    for record in records.values():
        record["ccg_id"] = ccgs[record.pop("ccg_code")].pk
    return _records_apply(Pcn, records, is_closed=lambda record: record["closed_on"] is not None)


def _records_apply(model, records, is_closed):
    """Create new rows, update changed ones, count the rest; a change that closes a row
    (`is_closed` true of the new values, false of the old) counts as closed."""
    counts = Counter(dict.fromkeys(OUTCOMES, 0))
    existing = {row.code: row for row in model.objects.filter(code__in=records.keys())}
    fields = [name for name in next(iter(records.values()), {}) if name != "code"]
    to_create, to_update = [], []
    for code, record in records.items():
        row = existing.get(code)
        if row is None:
            to_create.append(model(**record))
            counts[ADDED] += 1
            continue
        old = {name: getattr(row, name) for name in fields}
        new = {name: record[name] for name in fields}
        if old == new:
            counts[UNCHANGED] += 1
            continue
        counts[CLOSED if is_closed(new) and not is_closed(old) else UPDATED] += 1
        for name, value in new.items():
            setattr(row, name, value)
        to_update.append(row)
    model.objects.bulk_create(to_create, batch_size=1000)
    if to_update:
        model.objects.bulk_update(to_update, fields, batch_size=1000)
    return counts


def _memberships_apply(records):
    """Make the stored memberships of LLR PCNs exactly those in the file; return how many."""
    practice_ids = dict(Practice.objects.values_list("code", "pk"))
    pcn_ids = dict(Pcn.objects.values_list("code", "pk"))
    wanted = {
        (practice_ids[m["practice_code"]], pcn_ids[m["pcn_code"]], m["started_on"]): m["ended_on"]
        for m in records
    }
    stored = {
        (m.practice_id, m.pcn_id, m.started_on): m
        for m in PcnMembership.objects.filter(pcn_id__in=pcn_ids.values())
    }
    PcnMembership.objects.filter(
        pk__in=[m.pk for key, m in stored.items() if key not in wanted]
    ).delete()
    changed = []
    for key, ended_on in wanted.items():
        membership = stored.get(key)
        if membership is not None and membership.ended_on != ended_on:
            membership.ended_on = ended_on
            changed.append(membership)
    PcnMembership.objects.bulk_update(changed, ["ended_on"])
    PcnMembership.objects.bulk_create(
        [
            PcnMembership(practice_id=p, pcn_id=n, started_on=s, ended_on=e)
            for (p, n, s), e in wanted.items()
            if (p, n, s) not in stored
        ]
    )
    return len(wanted)
