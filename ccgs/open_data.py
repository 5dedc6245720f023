"""The practice list as CSV and JSON, with the same filters as the finder."""

import csv
import json

from django.http import HttpResponse

FIELDS = [
    "ods_code",
    "name",
    "address",
    "postcode",
    "telephone",
    "status",
    "opened_on",
    "closed_on",
    "prescribing_setting",
    "ccg_code",
    "ccg_name",
    "pcn_code",
    "pcn_name",
]
LICENCE = "Open Government Licence v3.0"
SOURCE = "NHS Digital, Organisation Data Service (ODS)"


def practice_row(practice):
    membership = next(iter(practice.current_memberships), None)
    return {
        "ods_code": practice.code,
        "name": practice.name,
        "address": ", ".join(practice.address_lines),
        "postcode": practice.postcode,
        "telephone": practice.telephone,
        "status": practice.get_status_display(),
        "opened_on": practice.opened_on.isoformat() if practice.opened_on else "",
        "closed_on": practice.closed_on.isoformat() if practice.closed_on else "",
        "prescribing_setting": practice.get_prescribing_setting_display() or "",
        "ccg_code": practice.commissioner_code,
        "ccg_name": practice.commissioner_display,
        "pcn_code": membership.pcn.code if membership else "",
        "pcn_name": membership.pcn.name if membership else "",
    }


def _spreadsheet_safe(value):
    """Stop a spreadsheet from reading a cell as a formula (CSV injection)."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def practices_csv(practices, published_on):
    """One header row, then a row per practice; the file name says which ODS release it is."""
    release = published_on.strftime("-ods-%Y-%m") if published_on else ""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="llr-gp-practices{release}.csv"'
    writer = csv.writer(response)
    writer.writerow(FIELDS)
    for practice in practices:
        writer.writerow(_spreadsheet_safe(value) for value in practice_row(practice).values())
    return response


def practices_json(practices, source_note, published_on):
    rows = [practice_row(practice) for practice in practices]
    document = {
        "source": SOURCE,
        "source_note": source_note,
        "published": published_on.strftime("%Y-%m") if published_on else None,
        "licence": LICENCE,
        "count": len(rows),
        "practices": rows,
    }
    return HttpResponse(
        json.dumps(document, indent=1, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
