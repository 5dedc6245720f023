"""The finder as people search it: home postcodes typed any way, misspelt names and towns, filters
that cannot both hold, and what the page then says."""

import html
import re

import pytest
from django.db import connection

import content_cache
from ccgs.models import Practice
from ccgs.ods_text import ods_title
from tests.queries import second_visit

pytestmark = pytest.mark.django_db

GROBY_ROAD, THE_PARKS = "C82005", "C82610"  # the open GP practices of sector LE3 9


def search(client, query):
    response = client.get(f"/practices/?{query}")
    assert response.status_code == 200
    text = response.content.decode()
    return response, [p.code for p in response.context["practices"]], text


def title_of(text):
    return html.unescape(re.search(r"<title>(.*?)</title>", text, re.S)[1])


def explanation_of(text):
    found = re.search(r'<p id="results-explanation">(.*?)</p>', text, re.S)
    return html.unescape(found[1]) if found else None


@pytest.mark.parametrize(
    "typed",
    [
        "LE3+9QP",
        "le3+9qp",
        "LE39QP",
        "LE3++9QP",
        "+LE3+9QP+",
        "LE3%C2%A09QP",
        "%EF%BC%AC%EF%BC%A53+9QP",
    ],
)
def test_a_postcode_no_practice_has_shows_its_sector_then_its_district(client, typed):
    response, codes, text = search(client, f"q={typed}")
    assert codes[:2] == [GROBY_ROAD, THE_PARKS]
    postcodes = [p.postcode for p in response.context["practices"]]
    assert all(postcode.startswith("LE3 ") for postcode in postcodes)
    assert not any(postcode.startswith("LE3 9") for postcode in postcodes[2:])
    district = Practice.objects.filter(
        postcode_outward="LE3", status="A", prescribing_setting=4
    ).count()
    assert response.context["result_count"] == district
    assert explanation_of(text) == (
        "No practice has the postcode LE3 9QP. These practices are in LE3 9, then LE3."
    )
    assert title_of(text) == "Practices near LE3 9QP - LLR CCGs"


def test_a_postcode_a_practice_has_lists_it_first_then_its_neighbours(client):
    _, codes, text = search(client, "q=le8+0lg")
    assert codes[0] == "C82001"
    assert len(codes) > 1
    assert explanation_of(text).startswith("These practices are at LE8 0LG, then ")


def test_a_sector_lists_its_practices_then_the_district(client):
    _, codes, text = search(client, "q=le3+9")
    assert codes[:2] == [GROBY_ROAD, THE_PARKS]
    assert explanation_of(text) == "These practices are in LE3 9, then LE3."
    assert title_of(text) == "Practices near LE3 9 - LLR CCGs"


def test_a_district_lists_its_practices(client):
    response, codes, text = search(client, "q=le3")
    assert {Practice.objects.get(code=c).postcode_outward for c in codes} == {"LE3"}
    assert explanation_of(text) is None
    assert title_of(text) == "Practices in LE3 - LLR CCGs"


@pytest.mark.parametrize(
    ("typed", "district"), [("NG32+1AB", "NG32"), ("LE99+9ZZ", "LE99"), ("e1", "E1")]
)
def test_a_postcode_outside_llr_or_no_postcode_at_all_says_so(client, typed, district):
    _, codes, text = search(client, f"q={typed}")
    assert codes == []
    assert explanation_of(text) == (
        f"No practice in Leicester, Leicestershire and Rutland has a postcode in {district}. "
        "Check the postcode, or search by town or practice name."
    )
    assert 'href="https://www.nhs.uk/service-search/find-a-gp"' in text
    assert "No practices match your search" not in text  # one explanation, not two


MISSPELT = [
    ("hinkley", {"C82082", "C82054", "C82043", "C82047", "C82075"}),  # Hinckley
    ("loughbrough", {"C82011", "C82070", "C82026", "C82035"}),  # Loughborough
    ("market+harbourough", {"C82009"}),  # Market Harborough
    ("westcotes+surgery", {"C82059", "C82653"}),  # Westcotes GP Surgery (One), (Two)
    # The borough: practices in Oadby and in Wigston.
    ("oadby+%26+wigston", {"C82021", "C82048", "C82067", "C82013", "C82071", "C82079"}),
    ("oadby+and+wigston", {"C82021", "C82048", "C82067", "C82013", "C82071", "C82079"}),
]


@pytest.mark.parametrize(("typed", "expected"), MISSPELT, ids=[typed for typed, _ in MISSPELT])
def test_misspelt_names_and_towns_find_the_right_practices(client, typed, expected):
    _, codes, _ = search(client, f"q={typed}")
    assert expected <= set(codes)


def test_a_fuzzy_search_brings_nothing_unlike_what_was_typed(client):
    _, codes, _ = search(client, "q=westcotes+surgery&closed=on&settings=all")
    names = [Practice.objects.get(code=code).name for code in codes]
    assert names and all("WESTCOTES" in name for name in names)
    assert set(codes[:2]) == {"C82059", "C82653"}  # the surgeries, before the other Westcotes
    _, codes, _ = search(client, "q=market+harbourough")
    assert codes == ["C82009"]  # not Market Overton


def test_exact_code_and_words_come_before_likenesses(client):
    _, codes, _ = search(client, "q=wigston")
    assert "C82021" not in codes  # Oadby is not Wigston once Wigston itself is found
    assert {"C82013", "C82071", "C82079"} <= set(codes)
    _, codes, _ = search(client, "q=c82001")
    assert codes[0] == "C82001"


def test_the_title_says_what_was_searched_and_filtered(client):
    _, _, text = search(client, "q=hinkley&ccg=04V")
    assert (
        title_of(text) == "Practices matching “hinkley” in NHS West Leicestershire CCG - LLR CCGs"
    )
    _, _, text = search(client, "pcn=U25294&closed=on")
    assert title_of(text) == (
        "Practices in Melton, Syston and Vale PCN (closed ones included) - LLR CCGs"
    )
    _, _, text = search(client, "page=2")
    assert re.fullmatch(r"Practices, page 2 of \d+ - LLR CCGs", title_of(text))
    _, _, text = search(client, "")
    assert title_of(text) == "Find a GP practice - LLR CCGs"


@pytest.mark.parametrize("query", ["q=" + "x" * 5000, "ccg=nope", "q=LE3&pcn=%3Cb%3E"])
def test_a_search_with_errors_says_error_in_the_title(client, query):
    _, _, text = search(client, query)
    assert title_of(text) == "Error: Find a GP practice - LLR CCGs"


@pytest.mark.parametrize(
    "typed",
    [
        "%F0%9F%8F%A5%E2%80%AE",
        "%E2%80%8B",
        "Zo%C3%AB+%C3%85ngstr%C3%B6m",
        "%D9%84%D9%8A%D8%B3%D8%AA%D8%B1",
        "%26",
        "'",
        "%25",
        "_",
    ],
)
def test_odd_unicode_and_punctuation_still_give_a_page(client, typed):
    _, codes, text = search(client, f"q={typed}")
    assert "practices found" in text or "practice found" in text
    assert "Error:" not in title_of(text)


def test_conflicting_filters_say_why_nothing_matches(client):
    _, codes, text = search(client, "ccg=04C&pcn=U25294")
    assert codes == []
    assert explanation_of(text) == (
        "Melton, Syston and Vale PCN is a primary care network of NHS East Leicestershire and "
        "Rutland CCG, and none of its practices is commissioned by NHS Leicester City CCG. "
        "Choose “All CCGs” or “All primary care networks” to see its practices."
    )


def test_filters_that_agree_but_match_nothing_give_the_usual_advice(client):
    _, codes, text = search(client, "ccg=03W&pcn=U25294&q=zzzzzz")
    assert codes == []
    assert explanation_of(text) is None
    assert "No practices match your search" in text


# (a, b, similarity(a, b), word_similarity(a, b)) as PostgreSQL 15's pg_trgm 1.6 computes them.
PG_TRGM = [
    ("hinkley", "THE CENTRE SURGERY HILL STREET, HINCKLEY LEICESTERSHIRE", 0.115384616, 0.54545456),
    ("loughbrough", "LOUGHBOROUGH", 0.61538464, 0.61538464),
    ("market harbourough", "MARKET HARBOROUGH MED.CTR 67 COVENTRY ROAD", 0.36363637, 0.7619048),
    (
        "westcotes surgery",
        "WESTCOTES GP SURGERY (ONE) 2 WESTCOTES DRIVE LEICESTER",
        0.42857143,
        0.85714287,
    ),
    ("oadby", "THE CROFT MEDICAL CENTRE 2 GLEN ROAD, OADBY", 0.14634146, 1),
    ("word", "two words", 0.36363637, 0.8),
    ("St Peter's", "ST PETER'S MED CENTRE", 0.47619048, 1),
    ("Zoë Ångström", "ZOE ANGSTROM", 0.23809524, 0.2777778),
    ("", "LEICESTER", 0, 0),
    ("x", "LEICESTER", 0, 0),
]


@pytest.mark.parametrize(("a", "b", "similarity", "word_similarity"), PG_TRGM)
def test_both_engines_compute_trigram_likeness_as_pg_trgm_does(a, b, similarity, word_similarity):
    with connection.cursor() as cursor:
        cursor.execute("SELECT similarity(%s, %s), word_similarity(%s, %s)", [a, b, a, b])
        found = cursor.fetchone()
    assert found == (pytest.approx(similarity, abs=1e-6), pytest.approx(word_similarity, abs=1e-6))


ODS_NAMES = [
    ("MELTON, SYSTON AND VALE PCN", "Melton, Syston and Vale PCN"),
    ("HEATHERBROOK SURGERY (RP ARCHER)", "Heatherbrook Surgery (RP Archer)"),
    ("DR NR PULMAN'S PRACTICE", "Dr NR Pulman's Practice"),
    ("MAPLES FAMILY MED.PRACT.", "Maples Family Med.Pract."),
    ("STUDENT HC, 100 MILL LANE", "Student HC, 100 Mill Lane"),
    ("WESTCOTES GP SURGERY (ONE)", "Westcotes GP Surgery (One)"),
    ("NWL GPS LTD", "NWL GPs Ltd"),
    ("UNIVERSITY HOSPITALS OF LEICESTER BCSC", "University Hospitals of Leicester BCSC"),
    ("H&BOS CLINIC", "H&BOS Clinic"),
    ("HEALTH CENTRE, H/C ROAD", "Health Centre, H/C Road"),
    ("LHMC CLINIC", "LHMC Clinic"),
    ("MARKET HARBOROUGH UCC (DHU) OOH", "Market Harborough UCC (DHU) OOH"),
    ("NHS SOUTH WEST LINCOLNSHIRE CCG", "NHS South West Lincolnshire CCG"),
    ("ST PETER'S MED CENTRE", "St Peter's Med Centre"),
    ("21A THE NOOK", "21a The Nook"),
    ("ASHBY-DE-LA-ZOUCH", "Ashby-de-la-Zouch"),
    ("NR.HINCKLEY", "Nr.Hinckley"),
    ("NHS Leicester City CCG", "NHS Leicester City CCG"),  # already readable: left alone
]


@pytest.mark.parametrize(("ods", "readable"), ODS_NAMES)
def test_ods_capitals_read_in_a_readable_case_keeping_codes_and_abbreviations(ods, readable):
    assert ods_title(ods) == readable


def test_the_results_table_is_the_nhs_responsive_table(client):
    _, _, text = search(client, "q=hinkley")
    assert '<table class="nhsuk-table nhsuk-table--responsive" role="table">' in text
    assert text.count('<span class="nhsuk-table__heading" aria-hidden="true">Status </span>') == 6


@pytest.mark.parametrize(
    "query", ["q=leicester", "q=leicester&page=2", "q=LE3+9QP", "q=hinkley&ccg=04V", "ccg=04C"]
)
def test_the_same_search_again_asks_the_database_nothing(client, query):
    first, second, queries = second_visit(client, f"/practices/?{query}")
    assert queries == []
    assert second.content == first.content
    assert second.context["result_count"] == first.context["result_count"] > 0


def test_a_practice_renamed_shows_at_once_in_a_search_seen_before(
    client, django_capture_on_commit_callbacks
):
    assert GROBY_ROAD in search(client, "q=LE3+9QP")[1]
    practice = Practice.objects.get(code=GROBY_ROAD)
    with django_capture_on_commit_callbacks(execute=True):
        practice.name = "Renamed Medical Centre"
        practice.save()
    response, codes, text = search(client, "q=LE3+9QP")
    assert "Renamed Medical Centre" in text
    assert search(client, "q=renamed")[1] == [GROBY_ROAD]


def test_a_flood_of_new_searches_keeps_a_bounded_number_of_results(client):
    for number in range(content_cache.SEARCH_ENTRIES + 100):
        client.get(f"/practices/?q=word{number}")
    assert 0 < len(content_cache.search_cache._cache) <= content_cache.SEARCH_ENTRIES
