"""Reads ODS `epraccur` (CSV) and `ePCN` (workbook) files and keeps what concerns LLR.

Everything is validated before anything is returned: a file that is not what it claims, a
missing sheet or column, a wrong column count or a date that is not a date raises `OdsFileError`
naming the file, the row and the column. The full national files have the same layout as the
LLR extracts; they are read row by row, with progress reported every `PROGRESS_EVERY` rows.

Only what the site keeps is validated strictly: the rows of LLR's practices (commissioned by
04C, 04V or 03W, or members of an LLR PCN) and of LLR's PCNs and their members. Every other row
need only be a well-formed row of the layout (its column count and its organisation code): the
national files hold rows the site never shows whose other columns are legitimately empty or
unusual, such as practices in the Channel Islands and the Isle of Man with no commissioner.
"""

import csv
import datetime
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

LLR_CCG_CODES = frozenset({"04C", "04V", "03W"})
PROGRESS_EVERY = 5000

# epraccur: no header row, 27 columns; (0-based index, name) of those we keep.
EPRACCUR_COLUMNS = 27
CODE, NAME, POSTCODE, OPENED, CLOSED, STATUS = 0, 1, 9, 10, 11, 12
COMMISSIONER, TELEPHONE, PRESCRIBING_SETTING = 14, 17, 25
ADDRESS_LINES = range(4, 9)
EPRACCUR_COLUMN_NAMES = {
    CODE: "organisation code",
    NAME: "name",
    POSTCODE: "postcode",
    OPENED: "open date",
    CLOSED: "close date",
    STATUS: "status code",
    COMMISSIONER: "commissioner",
    TELEPHONE: "contact telephone number",
    PRESCRIBING_SETTING: "prescribing setting",
}
STATUS_CODES = frozenset("ACDP")

PCN_DETAILS = "PCN Details"
PCN_DETAILS_HEADER = (
    "PCN Code",
    "PCN Name",
    "Current Clinical Commissioning Group Code",
    "Clinical Commissioning Group Name",
    "Open Date (YYYYMMDD)",
    "Close Date",
    "Address Line 1",
    "Address Line 2",
    "Address Line 3",
    "Address Line 4",
    "Address Line 5",
    "Postcode",
)
PARTNERS = "PCN Core Partner Details"
PARTNERS_HEADER = (
    "Partner Organisation Code",
    "Partner Name",
    "Practice Parent CCG Code",
    "Practice Parent CCG Name",
    "PCN Code",
    "PCN Name",
    "PCN Parent CCG Code",
    "PCN Parent CCG Name",
    "Practice to PCN Relationship Start Date",
    "Practice to PCN Relationship End Date",
)
ODS_CODE = re.compile(r"[A-Z0-9]{3,10}")
POSTCODE_OUTWARD = re.compile(r"([A-Z]{1,2}[0-9][A-Z0-9]?) ?[0-9][A-Z]{2}")


class OdsFileError(Exception):
    """A file that cannot be imported, with where the problem is."""

    def __init__(self, path, problem, row=None, column=None):
        self.path, self.problem, self.row, self.column = Path(path), problem, row, column
        where = [self.path.name]
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column}")
        super().__init__(f"{', '.join(where)}: {problem}")


@dataclass
class OdsData:
    """What the two files say about LLR: records keyed by ODS code, ready to store."""

    practices: dict[str, dict] = field(default_factory=dict)
    pcns: dict[str, dict] = field(default_factory=dict)
    memberships: list[dict] = field(default_factory=list)
    rows_read: int = 0


def ods_read(practices_path, pcns_path, progress=None):
    """Parse and validate both files; return only what concerns the three LLR CCGs."""
    data = OdsData()
    partner_ccgs = _pcn_workbook_read(Path(pcns_path), data, progress)
    _practices_csv_read(Path(practices_path), data, partner_ccgs, progress)
    for code, (ccg_code, ccg_name, name) in partner_ccgs.items():
        practice = data.practices.get(code)
        if practice is None:  # a member of an LLR PCN whose own row is not in this file
            data.practices[code] = _practice_from_partner(code, name, ccg_code, ccg_name)
        elif practice["commissioner_code"] == ccg_code:
            practice["commissioner_name"] = ccg_name
    return data


def _practices_csv_read(path, data, partner_ccgs, progress):
    if path.stat().st_size == 0:
        raise OdsFileError(path, "the file is empty; expected ODS epraccur rows.")
    row_number = 0
    try:
        # utf-8-sig: a byte order mark, as spreadsheet programs write, is not part of the code.
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for row_number, row in enumerate(csv.reader(handle, strict=True), start=1):
                code = _practice_row_code(path, row_number, row)
                if row[COMMISSIONER].strip() in LLR_CCG_CODES or code in partner_ccgs:
                    data.practices[code] = _practice_record(path, row_number, row)
                if progress and row_number % PROGRESS_EVERY == 0:
                    progress(f"{path.name}: {row_number:,} rows read")
    except UnicodeDecodeError as error:
        raise OdsFileError(
            path,
            f"is not a CSV text file (undecodable byte {error.object[error.start]:#04x}).",
            row=row_number + 1,
        ) from None
    except csv.Error as error:
        raise OdsFileError(path, f"is not valid CSV ({error}).", row=row_number + 1) from None
    data.rows_read += row_number


def _practice_column(index):
    return f"{index + 1} ({EPRACCUR_COLUMN_NAMES[index]})"


def _practice_row_code(path, row_number, row):
    """What every row must have, LLR's or not: the layout's columns and an organisation code."""
    if len(row) != EPRACCUR_COLUMNS:
        raise OdsFileError(
            path,
            f"has {len(row)} columns; an epraccur row has {EPRACCUR_COLUMNS}.",
            row=row_number,
        )
    code = row[CODE].strip()
    if not code:
        raise OdsFileError(path, "is empty.", row=row_number, column=_practice_column(CODE))
    if not ODS_CODE.fullmatch(code):
        raise OdsFileError(
            path, f"{code!r} is not an ODS code.", row_number, _practice_column(CODE)
        )
    return code


def _practice_record(path, row_number, row):
    """An LLR practice's row, checked column by column (the layout is already checked)."""
    values = [value.strip() for value in row]
    column = _practice_column

    def required(index):
        if not values[index]:
            raise OdsFileError(path, "is empty.", row=row_number, column=column(index))
        return values[index]

    def date(index):
        return _date_parse(values[index], path, row_number, column(index))

    code = values[CODE]
    status = required(STATUS)
    if status not in STATUS_CODES:
        raise OdsFileError(
            path, f"{status!r} is not a status code (A, C, D or P).", row_number, column(STATUS)
        )
    setting = values[PRESCRIBING_SETTING]
    if not setting.isdigit():
        raise OdsFileError(
            path, f"{setting!r} is not a number.", row_number, column(PRESCRIBING_SETTING)
        )
    postcode = values[POSTCODE].upper()
    outward = POSTCODE_OUTWARD.fullmatch(postcode)
    return {
        "code": code,
        "name": required(NAME),
        **{f"address_line_{n}": values[index] for n, index in enumerate(ADDRESS_LINES, 1)},
        "postcode": postcode,
        "postcode_outward": outward.group(1) if outward else "",
        "telephone": values[TELEPHONE],
        "status": status,
        "opened_on": date(OPENED),
        "closed_on": date(CLOSED),
        "prescribing_setting": int(setting),
        "commissioner_code": required(COMMISSIONER),
        "commissioner_name": "",
    }


def _practice_from_partner(code, name, ccg_code, ccg_name):
    return {
        "code": code,
        "name": name,
        **{f"address_line_{n}": "" for n in range(1, 6)},
        "postcode": "",
        "postcode_outward": "",
        "telephone": "",
        "status": "",
        "opened_on": None,
        "closed_on": None,
        "prescribing_setting": None,
        "commissioner_code": ccg_code,
        "commissioner_name": ccg_name,
    }


def _pcn_workbook_read(path, data, progress):
    """Read LLR's PCNs and their members; return {practice code: (ccg code, ccg name, name)}."""
    if path.stat().st_size == 0:
        raise OdsFileError(path, "the file is empty; expected the ODS ePCN workbook.")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise OdsFileError(path, "is not an Excel workbook (.xlsx); expected ODS ePCN.") from None
    try:
        header = PCN_DETAILS_HEADER
        for row_number, row in _sheet_rows(workbook, path, PCN_DETAILS, header):
            # Every row names its PCN; only LLR's are read further.
            _cell(path, row_number, row, header, "PCN Code")
            ccg_code = _cell(path, row_number, row, header, header[2], required=False)
            if ccg_code in LLR_CCG_CODES:
                pcn = _pcn_record(path, row_number, row)
                data.pcns[pcn["code"]] = pcn
        partner_ccgs = {}
        for row_number, row in _sheet_rows(workbook, path, PARTNERS, PARTNERS_HEADER, progress):
            if _cell(path, row_number, row, PARTNERS_HEADER, "PCN Code") in data.pcns:
                membership, partner = _membership_record(path, row_number, row)
                data.memberships.append(membership)
                partner_ccgs[membership["practice_code"]] = partner
    finally:
        workbook.close()
    return partner_ccgs


def _sheet_rows(workbook, path, sheet_name, header, progress=None):
    """Yield (row number, values) of a sheet's data rows, once its header is checked."""
    if sheet_name not in workbook.sheetnames:
        raise OdsFileError(path, f"has no sheet named {sheet_name!r}.")
    rows = workbook[sheet_name].iter_rows(values_only=True)
    found = tuple(str(value).strip() if value is not None else "" for value in next(rows, ()))
    for index, expected in enumerate(header):
        if index >= len(found) or found[index] != expected:
            raise OdsFileError(
                path,
                f"column {expected!r} is missing from sheet {sheet_name!r}.",
                row=1,
                column=get_column_letter(index + 1),
            )
    for row_number, row in enumerate(rows, start=2):
        if all(value is None or value == "" for value in row):
            continue
        if progress and row_number % PROGRESS_EVERY == 0:
            progress(f"{path.name}, {sheet_name}: {row_number:,} rows read")
        yield row_number, row


def _cell_value(row, header, name):
    """The cell under the column `name` (None past the row's end) and its column letter."""
    index = header.index(name)
    return (row[index] if index < len(row) else None), get_column_letter(index + 1)


def _cell(path, row_number, row, header, name, *, required=True):
    value, letter = _cell_value(row, header, name)
    value = "" if value is None else str(value).strip()
    if required and not value:
        raise OdsFileError(path, f"{name!r} is empty.", row=row_number, column=letter)
    return value


def _cell_date(path, row_number, row, header, name, *, required=False):
    value, letter = _cell_value(row, header, name)
    column = f"{letter} ({name})"
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise OdsFileError(path, "is empty; expected a date.", row=row_number, column=column)
    return _date_parse(text, path, row_number, column)


def _pcn_record(path, row_number, row):
    header = PCN_DETAILS_HEADER

    def text(name, required=False):
        return _cell(path, row_number, row, header, name, required=required)

    return {
        "code": text("PCN Code", required=True),
        "name": text("PCN Name", required=True),
        "ccg_code": text("Current Clinical Commissioning Group Code", required=True),
        "opened_on": _cell_date(path, row_number, row, header, "Open Date (YYYYMMDD)"),
        "closed_on": _cell_date(path, row_number, row, header, "Close Date"),
        **{f"address_line_{n}": text(f"Address Line {n}") for n in range(1, 6)},
        "postcode": text("Postcode").upper(),
    }


def _membership_record(path, row_number, row):
    header = PARTNERS_HEADER

    def text(name, required=True):
        return _cell(path, row_number, row, header, name, required=required)

    def date(name, required=False):
        return _cell_date(path, row_number, row, header, name, required=required)

    membership = {
        "practice_code": text("Partner Organisation Code"),
        "pcn_code": text("PCN Code"),
        "started_on": date("Practice to PCN Relationship Start Date", required=True),
        "ended_on": date("Practice to PCN Relationship End Date"),
    }
    partner = (
        text("Practice Parent CCG Code"),
        text("Practice Parent CCG Name", required=False),
        text("Partner Name"),
    )
    return membership, partner


def _date_parse(text, path, row_number, column):
    """ODS dates are YYYYMMDD; an empty field means no date."""
    if not text:
        return None
    try:
        if len(text) != 8 or not text.isdigit():
            raise ValueError
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise OdsFileError(
            path, f"{text!r} is not a date (expected YYYYMMDD).", row=row_number, column=column
        ) from None
