"""The ODS importer: what it keeps, that it is idempotent, and that bad files change nothing."""

import csv
import hashlib

import pytest
from django.core.management import CommandError, call_command

from ccgs.models import OdsImportRun, Pcn, PcnMembership, Practice
from ccgs.ods import PARTNERS, PCN_DETAILS
from tests.ods_files import (
    PCNS_EXTRACT,
    PRACTICES_EXTRACT,
    national_files,
    pcn_sheets,
    pcns_write,
    practice_rows,
    practices_write,
)

pytestmark = pytest.mark.django_db

LLR_EXTRACT_PRACTICE_ROWS = 213


def import_ods(practices=PRACTICES_EXTRACT, pcns=PCNS_EXTRACT, *extra):
    call_command("import_ods", "--practices", str(practices), "--pcns", str(pcns), *extra)


def database_state():
    """Everything the importer may write, so a test can prove nothing changed."""
    rows = [
        *Practice.objects.order_by("code").values_list(),
        *Pcn.objects.order_by("code").values_list(),
        *PcnMembership.objects.order_by("pk").values_list(),
        *OdsImportRun.objects.order_by("pk").values_list(),
    ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_seeded_extracts_keep_every_llr_practice_and_the_outside_pcn_member():
    assert Practice.objects.count() == LLR_EXTRACT_PRACTICE_ROWS + 1
    assert Pcn.objects.count() == 25
    assert PcnMembership.objects.count() == 134
    outsider = Practice.objects.get(code="C83653")  # Stackyard and Woolsthorpe Surgery
    assert outsider.ccg is None
    assert (outsider.commissioner_code, outsider.commissioner_name) == (
        "04Q",
        "NHS SOUTH WEST LINCOLNSHIRE CCG",
    )
    assert outsider.status == Practice.Status.NOT_IN_FILE
    assert outsider.memberships.get().pcn.ccg.code == "03W"


def test_closed_dormant_and_other_settings_are_kept_with_their_setting():
    # The extract's 213 rows: 179 active, 30 closed, 4 dormant; 152 of them GP practices.
    assert Practice.objects.filter(status="A").count() == 179
    assert Practice.objects.filter(status="C").count() == 30
    assert Practice.objects.filter(status="D").count() == 4
    assert Practice.objects.filter(prescribing_setting=4).count() == 152
    university_hospital = Practice.objects.get(code="A99927")
    assert university_hospital.get_prescribing_setting_display() == "Other"
    assert university_hospital.ccg.code == "04C"
    assert university_hospital.postcode_outward == "LE3"


def test_second_import_of_the_same_files_changes_nothing(capsys):
    before = Practice.objects.order_by("code").values_list()
    import_ods()
    run = OdsImportRun.objects.first()
    assert (run.practices_added, run.practices_updated, run.practices_closed) == (0, 0, 0)
    assert run.practices_unchanged == LLR_EXTRACT_PRACTICE_ROWS + 1
    assert (run.pcns_added, run.pcns_updated, run.pcns_unchanged) == (0, 0, 25)
    assert list(Practice.objects.order_by("code").values_list()) == list(before)
    assert "added 0, updated 0, unchanged 214, closed 0" in capsys.readouterr().out


def test_import_run_records_files_checksums_and_counts(tmp_path):
    rows = practice_rows()
    rows[1][1] = "RENAMED PRACTICE"  # C82001
    closing = next(row for row in rows if row[12] == "A" and row[0] != rows[1][0])
    closing[11], closing[12] = "20191231", "C"
    practices = practices_write(tmp_path / "epraccur-changed.csv", rows)
    import_ods(practices, PCNS_EXTRACT, "--published", "2020-01-15")
    run = OdsImportRun.objects.first()
    assert run.practices_file == "epraccur-changed.csv"
    assert run.practices_sha256 == hashlib.sha256(practices.read_bytes()).hexdigest()
    assert run.pcns_sha256 == hashlib.sha256(PCNS_EXTRACT.read_bytes()).hexdigest()
    assert (run.practices_updated, run.practices_closed) == (1, 1)
    assert str(run.published_on) == "2020-01-15"
    assert Practice.objects.get(code=rows[1][0]).name == "RENAMED PRACTICE"
    assert Practice.objects.get(code=closing[0]).status == "C"


def test_rows_of_other_ccgs_are_left_out(tmp_path):
    rows = practice_rows()
    stranger = list(rows[1])
    stranger[0], stranger[14] = "Z99999", "99X"
    rows.append(stranger)
    import_ods(practices_write(tmp_path / "epraccur.csv", rows), PCNS_EXTRACT)
    assert not Practice.objects.filter(code="Z99999").exists()


def test_national_files_show_progress(tmp_path, capsys):
    practices, pcns = national_files(tmp_path, practices=11_000, pcns=300)
    import_ods(practices, pcns)
    err = capsys.readouterr().err
    assert "epraccur.csv: 10,000 rows read" in err
    assert Practice.objects.count() == LLR_EXTRACT_PRACTICE_ROWS + 1


def sheets_with(sheet, change):
    sheets = pcn_sheets()
    change(sheets[sheet])
    return sheets


def set_cell(row, column, value):
    def change(rows):
        rows[row][column] = value

    return change


# (what is wrong, practices rows or None, pcn sheets or None, expected words in the message)
BAD_PRACTICES = [
    ("wrong column count", lambda rows: rows[4].pop(), ["epraccur.csv", "row 5", "26 columns"]),
    (
        "a date that is not a date",
        lambda rows: rows.__setitem__(6, [*rows[6][:10], "2019-13-45", *rows[6][11:]]),
        ["epraccur.csv", "row 7", "column 11 (open date)", "not a date"],
    ),
    (
        "an unknown status",
        lambda rows: rows.__setitem__(2, [*rows[2][:12], "X", *rows[2][13:]]),
        ["row 3", "column 13 (status code)"],
    ),
    (
        "an empty code",
        lambda rows: rows.__setitem__(9, ["", *rows[9][1:]]),
        ["row 10", "column 1 (organisation code)", "is empty"],
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [(change, expected) for _, change, expected in BAD_PRACTICES],
    ids=[name for name, *_ in BAD_PRACTICES],
)
def test_bad_practices_file_is_refused_and_nothing_changes(tmp_path, change, expected):
    rows = practice_rows()
    change(rows)
    practices = practices_write(tmp_path / "epraccur.csv", rows)
    before = database_state()
    with pytest.raises(CommandError) as refused:
        import_ods(practices, PCNS_EXTRACT)
    for words in ["Nothing was imported", *expected]:
        assert words in str(refused.value)
    assert database_state() == before


BAD_WORKBOOKS = [
    (
        "a missing sheet",
        lambda sheets: sheets.pop(PARTNERS),
        ["epcn.xlsx", "no sheet named 'PCN Core Partner Details'"],
    ),
    (
        "a missing column",
        lambda sheets: [row.pop(4) for row in sheets[PCN_DETAILS]],
        ["epcn.xlsx", "row 1", "column E", "'Open Date (YYYYMMDD)' is missing"],
    ),
    (
        "a date that is not a date",
        lambda sheets: set_cell(3, 8, "next Tuesday")(sheets[PARTNERS]),
        ["epcn.xlsx", "row 4", "column I", "not a date"],
    ),
    (
        "an empty PCN code",
        lambda sheets: set_cell(2, 0, None)(sheets[PCN_DETAILS]),
        ["row 3", "column A", "'PCN Code' is empty"],
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [(change, expected) for _, change, expected in BAD_WORKBOOKS],
    ids=[name for name, *_ in BAD_WORKBOOKS],
)
def test_bad_pcn_workbook_is_refused_and_nothing_changes(tmp_path, change, expected):
    sheets = pcn_sheets()
    change(sheets)
    pcns = pcns_write(tmp_path / "epcn.xlsx", sheets)
    before = database_state()
    with pytest.raises(CommandError) as refused:
        import_ods(PRACTICES_EXTRACT, pcns)
    for words in ["Nothing was imported", *expected]:
        assert words in str(refused.value)
    assert database_state() == before


WRONG_FILES = [
    (
        "workbook given as the practices file",
        "practices",
        PCNS_EXTRACT.read_bytes(),
        "is not a CSV text file",
    ),
    (
        "CSV given as the PCN workbook",
        "pcns",
        PRACTICES_EXTRACT.read_bytes(),
        "is not an Excel workbook",
    ),
    ("empty practices file", "practices", b"", "the file is empty"),
    ("empty PCN workbook", "pcns", b"", "the file is empty"),
    ("practices file with NUL bytes", "practices", b'"C82001"\x00,"X"\n', "is not valid CSV"),
    ("executable as the practices file", "practices", b"MZ\x90\x00" * 20, "not a CSV text file"),
]


@pytest.mark.parametrize(
    ("which", "content", "expected"),
    [case[1:] for case in WRONG_FILES],
    ids=[case[0] for case in WRONG_FILES],
)
def test_file_of_the_wrong_kind_is_refused_and_nothing_changes(tmp_path, which, content, expected):
    wrong = tmp_path / ("wrong.csv" if which == "practices" else "wrong.xlsx")
    wrong.write_bytes(content)
    files = {"practices": PRACTICES_EXTRACT, "pcns": PCNS_EXTRACT, which: wrong}
    before = database_state()
    with pytest.raises(CommandError) as refused:
        import_ods(files["practices"], files["pcns"])
    assert wrong.name in str(refused.value)
    assert expected in str(refused.value)
    assert database_state() == before


def test_missing_file_and_bad_published_date_are_refused(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        import_ods(tmp_path / "nowhere.csv", PCNS_EXTRACT)
    with pytest.raises(CommandError, match="is not a date"):
        import_ods(PRACTICES_EXTRACT, PCNS_EXTRACT, "--published", "December")


def other_row(code, **columns):
    """A practice row of the layout that is not LLR's: 27 columns, `columns` set by index."""
    row = [""] * 27
    row[0], row[1] = code, f"PRACTICE {code}"
    for index, value in columns.items():
        row[int(index.removeprefix("c"))] = value
    return row


def test_rows_outside_england_with_no_commissioner_import_and_are_left_out(tmp_path):
    rows = practice_rows()
    rows += [
        other_row("GY00001", c9="GY1 1AA", c10="19740401", c12="A", c25="4"),  # Guernsey
        other_row("JE00002", c12="C", c11="20150331"),  # Jersey
        other_row("IM00003", c12="A"),  # Isle of Man
        other_row("W00004", c12="D", c3="W00"),  # Wales
        other_row("S00005", c12="P"),  # Scotland
        # Columns the site never reads from rows it does not keep are not its to judge.
        other_row("Y99999", c14="99X", c10="2019-13-45", c12="?", c25="n/a"),
    ]
    import_ods(practices_write(tmp_path / "epraccur.csv", rows), PCNS_EXTRACT)
    assert Practice.objects.count() == LLR_EXTRACT_PRACTICE_ROWS + 1
    assert not Practice.objects.filter(code__in=["GY00001", "JE00002", "IM00003"]).exists()
    assert OdsImportRun.objects.first().practices_unchanged == LLR_EXTRACT_PRACTICE_ROWS + 1


def test_a_byte_order_mark_is_not_part_of_the_first_code(tmp_path):
    practices = practices_write(tmp_path / "epraccur.csv", practice_rows())
    practices.write_bytes(b"\xef\xbb\xbf" + practices.read_bytes())
    import_ods(practices, PCNS_EXTRACT)
    assert OdsImportRun.objects.first().practices_unchanged == LLR_EXTRACT_PRACTICE_ROWS + 1


MALFORMED_OTHER_ROWS = [
    ("26 columns", other_row("GY00001")[:26], ["row 214", "26 columns"]),
    ("no organisation code", other_row(""), ["row 214", "column 1 (organisation code)"]),
    ("not an ODS code", other_row("GY 0001!"), ["row 214", "is not an ODS code"]),
]


@pytest.mark.parametrize(
    ("row", "expected"),
    [case[1:] for case in MALFORMED_OTHER_ROWS],
    ids=[case[0] for case in MALFORMED_OTHER_ROWS],
)
def test_a_row_not_of_the_layout_is_refused_even_outside_llr(tmp_path, row, expected):
    practices = practices_write(tmp_path / "epraccur.csv", [*practice_rows(), row])
    before = database_state()
    with pytest.raises(CommandError) as refused:
        import_ods(practices, PCNS_EXTRACT)
    for words in ["Nothing was imported", "epraccur.csv", *expected]:
        assert words in str(refused.value)
    assert database_state() == before


def test_a_member_of_an_llr_pcn_commissioned_elsewhere_is_validated_strictly(tmp_path):
    # C83653 (Stackyard and Woolsthorpe Surgery, 04Q) is a member of Melton, Syston and Vale PCN.
    member = other_row("C83653", c14="04Q", c12="A", c25="4", c10="1 April 1974")
    practices = practices_write(tmp_path / "epraccur.csv", [*practice_rows(), member])
    before = database_state()
    with pytest.raises(CommandError) as refused:
        import_ods(practices, PCNS_EXTRACT)
    assert "row 214, column 11 (open date): '1 April 1974' is not a date" in str(refused.value)
    assert database_state() == before


def test_pcn_rows_of_other_ccgs_need_only_their_code(tmp_path):
    sheets = pcn_sheets()
    details, partners = sheets[PCN_DETAILS], sheets[PARTNERS]
    # A PCN with no CCG code and an odd date, and a member row with an odd date: not LLR's.
    details.append(["U99998", None, None, None, "soon", None, None, None, None, None, None, None])
    partners.append(["Z00001", None, "99X", None, "U99998", None, None, None, "later", None])
    import_ods(PRACTICES_EXTRACT, pcns_write(tmp_path / "epcn.xlsx", sheets))
    assert not Pcn.objects.filter(code="U99998").exists()
    assert Pcn.objects.count() == 25
    details.append([None, "NAMELESS PCN", "99X", *[None] * 9])
    with pytest.raises(CommandError, match="'PCN Code' is empty"):
        import_ods(PRACTICES_EXTRACT, pcns_write(tmp_path / "epcn-broken.xlsx", sheets))


def test_national_size_files_hold_what_the_real_national_files_hold(tmp_path):
    practices, pcns = national_files(tmp_path, practices=2_000, pcns=100)
    rows = practice_rows_of(practices)
    made_up = rows[LLR_EXTRACT_PRACTICE_ROWS:]
    no_commissioner = [row[0] for row in made_up if not row[14]]
    assert {code[:2] for code in no_commissioner} >= {"GY", "JE", "IM"}
    assert {code[0] for code in no_commissioner} >= {"W", "S"}
    assert {row[12] for row in made_up} == {"A", "C", "D", "P"}
    assert {row[25] for row in made_up} > {"4", "0", "1", "2", "3"}
    close_dates = {row[11] for row in made_up if row[11]}
    assert min(close_dates) < "20191201" < max(close_dates)  # before and after the release
    import_ods(practices, pcns)
    assert Practice.objects.count() == LLR_EXTRACT_PRACTICE_ROWS + 1


def practice_rows_of(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))
