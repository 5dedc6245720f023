"""Writes ODS files in their published layout, from the bundled LLR extracts or made-up rows:
for the importer's tests (one thing wrong at a time) and the national-size benchmark."""

import csv
from pathlib import Path

from openpyxl import Workbook, load_workbook

from ccgs.ods import PARTNERS, PARTNERS_HEADER, PCN_DETAILS, PCN_DETAILS_HEADER

EXTRACTS = Path(__file__).resolve().parents[1] / "ccgs" / "data" / "ods"
PRACTICES_EXTRACT = EXTRACTS / "epraccur-llr.csv"
PCNS_EXTRACT = EXTRACTS / "epcn-llr.xlsx"


def practice_rows():
    """The rows of the LLR epraccur extract, as lists of 27 strings."""
    with open(PRACTICES_EXTRACT, encoding="utf-8", newline="") as handle:
        return [list(row) for row in csv.reader(handle)]


def pcn_sheets():
    """{sheet name: [header, *rows]} of the LLR ePCN extract."""
    workbook = load_workbook(PCNS_EXTRACT, read_only=True)
    try:
        return {
            sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def practices_write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(rows)
    return Path(path)


def pcns_write(path, sheets):
    """Write {sheet name: rows (header first)} as a workbook; sheets in the order given."""
    workbook = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return Path(path)


# What the national files hold that the LLR extracts never show, spread through the made-up rows
# so that every variety appears in a file of any size from a few hundred rows.
OUTSIDE_ENGLAND_PREFIXES = ["GY", "JE", "IM", "W", "S"]  # Guernsey, Jersey, Man, Wales, Scotland
STATUS_CYCLE = "AAAAAACDPA"
SETTING_CYCLE = ["4"] * 5 + ["0", "1", "2", "3", "8", "9", "10", "12", "13", "14", "25"]
CLOSED_IN_THE_PAST, CLOSING_IN_THE_FUTURE = "20150331", "20300331"


def national_files(directory, practices=14_000, pcns=1_250):
    """A national-sized pair of files: the LLR extracts plus made-up rows for other CCGs, every
    made-up English practice a member of a made-up PCN, and what the real national files hold
    besides: practices outside England with no commissioner, every status code, prescribing
    settings other than GP practices, close dates in the past and the future."""
    directory = Path(directory)
    rows = practice_rows()
    sheets = pcn_sheets()
    details, partners = sheets[PCN_DETAILS][1:], sheets[PARTNERS][1:]
    other_ccgs = [f"{n:02d}X" for n in range(1, 100)]
    made_up_pcns = []
    for number in range(pcns - len(details)):
        ccg = other_ccgs[number % len(other_ccgs)]
        made_up_pcns.append(
            [
                f"V{number:05d}",
                f"MADE-UP PCN {number}",
                ccg,
                f"NHS {ccg} CCG",
                20191001,
                None,
                "1 HIGH STREET",
                None,
                None,
                "ANYTOWN",
                None,
                "ZZ1 1AA",
            ]
        )
    for number in range(practices - len(rows)):
        rows.append(_made_up_practice(number, made_up_pcns, partners))
    return (
        practices_write(directory / "epraccur.csv", rows),
        pcns_write(
            directory / "epcn.xlsx",
            {
                PCN_DETAILS: [list(PCN_DETAILS_HEADER), *details, *made_up_pcns],
                PARTNERS: [[*PARTNERS_HEADER, "Practice CCG and PCN CCG match?"], *partners],
            },
        ),
    )


def _made_up_practice(number, made_up_pcns, partners):
    row = [""] * 27
    row[1], row[4], row[7], row[9] = f"MADE-UP PRACTICE {number}", "1 HIGH STREET", "ANYTOWN", ""
    row[10], row[12], row[25] = "19740401", STATUS_CYCLE[number % len(STATUS_CYCLE)], "4"
    if number % 50 == 7:  # outside England: no commissioner, no PCN, another country's code
        prefix = OUTSIDE_ENGLAND_PREFIXES[number // 50 % len(OUTSIDE_ENGLAND_PREFIXES)]
        row[0], row[9] = f"{prefix}{number:05d}", "GY1 1AA"
        return row
    pcn = made_up_pcns[number % len(made_up_pcns)]
    row[0], row[9], row[14] = f"Z{number:05d}", "ZZ1 1AA", pcn[2]
    row[25] = SETTING_CYCLE[number % len(SETTING_CYCLE)]
    if row[12] == "C":
        row[11] = CLOSED_IN_THE_PAST
    elif number % 25 == 3:  # an announced closure
        row[11] = CLOSING_IN_THE_FUTURE
    partners.append(
        [row[0], row[1], pcn[2], pcn[3], pcn[0], pcn[1], pcn[2], pcn[3], 20191001, None, True]
    )
    return row
