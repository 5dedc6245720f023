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


def national_files(directory, practices=14_000, pcns=1_250):
    """A national-sized pair of files: the LLR extracts plus made-up rows for other CCGs,
    every made-up practice a member of a made-up PCN."""
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
        code, name = f"Z{number:05d}", f"MADE-UP PRACTICE {number}"
        pcn = made_up_pcns[number % len(made_up_pcns)]
        row = [""] * 27
        row[0], row[1], row[4], row[7], row[9] = code, name, "1 HIGH STREET", "ANYTOWN", "ZZ1 1AA"
        row[10], row[12], row[14], row[25] = "19740401", "A", pcn[2], "4"
        rows.append(row)
        partners.append(
            [code, name, pcn[2], pcn[3], pcn[0], pcn[1], pcn[2], pcn[3], 20191001, None, True]
        )
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
