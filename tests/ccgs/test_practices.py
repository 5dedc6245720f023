"""The practice finder, practice and PCN pages, and the open data, as the public uses them."""

import csv
import io
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ccgs.models import Pcn, PcnMembership, Practice
from tests.cache_keys import cache_keys
from tests.factories import PcnFactory, PcnMembershipFactory, PracticeFactory
from tests.queries import second_visit

pytestmark = pytest.mark.django_db


def codes_on(response):
    return [p.code for p in response.context["practices"]]


@pytest.mark.parametrize(
    ("query", "expected_code"),
    [
        ("q=countesthorpe", "C82002"),  # part of a name, any case
        ("q=C82001", "C82001"),  # ODS code
        ("q=c82001", "C82001"),
        ("q=kibworth", "C82001"),  # town in the address
        ("q=LE8+0LG", "C82001"),  # full postcode
        ("q=le80lg", "C82001"),  # full postcode without its space
        ("q=LE8", "C82001"),  # outward code
    ],
)
def test_finder_searches_name_code_town_and_postcode(client, query, expected_code):
    response = client.get(f"/practices/?{query}")
    assert response.status_code == 200
    assert expected_code in codes_on(response)


def test_outward_code_matches_that_district_only(client):
    response = client.get("/practices/?q=LE3")
    postcodes = {Practice.objects.get(code=c).postcode for c in codes_on(response)}
    assert postcodes and all(p.startswith("LE3 ") for p in postcodes)


def test_finder_shows_open_gp_practices_sorted_by_name_with_the_count(client):
    response = client.get("/practices/")
    expected = Practice.objects.filter(status="A", prescribing_setting=4).count() + 1  # + C83653
    assert response.context["result_count"] == expected
    assert f"{expected} practices found" in response.content.decode()
    names = [p.name for p in response.context["practices"]]
    assert names == sorted(names)
    assert len(names) == 20
    assert "Next" in response.content.decode()


def test_closed_practices_and_other_settings_only_on_request(client):
    closed = Practice.objects.filter(status="C", prescribing_setting=4).first()
    assert closed.code not in codes_on(client.get(f"/practices/?q={closed.code}"))
    assert closed.code in codes_on(client.get(f"/practices/?q={closed.code}&closed=on"))
    assert "A99927" not in codes_on(client.get("/practices/?q=A99927"))
    assert "A99927" in codes_on(client.get("/practices/?q=A99927&settings=all"))


def test_filters_by_ccg_and_pcn(client):
    response = client.get("/practices/?ccg=04V&page=2")
    assert {p.ccg.code for p in response.context["practices"]} == {"04V"}
    pcn = Pcn.objects.get(code="U25294")  # Melton, Syston and Vale PCN (03W)
    response = client.get(f"/practices/?pcn={pcn.code}")
    members = set(pcn.memberships.filter(ended_on=None).values_list("practice__code", flat=True))
    assert set(codes_on(response)) == members
    assert "C83653" in members  # commissioned by a Lincolnshire CCG, member of an LLR PCN


@pytest.mark.parametrize(
    "query",
    [
        "q=" + "x" * 5000,
        "q=%27%3B+DROP+TABLE+ccgs_practice%3B--",
        "q=%F0%9F%8F%A5+%E2%80%AE",
        "ccg=ZZZ",
        "pcn=%3Cscript%3E",
        "page=99999999999999999999",
        "page=-1",
        "closed=maybe&settings=everything",
        "q=LE3&q=LE4",
    ],
)
def test_any_search_gives_a_page(client, query):
    response = client.get(f"/practices/?{query}")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_nul_in_a_search_is_a_clear_400(client):
    response = client.get("/practices/?q=%00%00")
    assert response.status_code == 400
    assert "Sorry, we could not understand that address" in response.content.decode()


def test_wrong_filter_values_say_what_is_wrong(client):
    html = client.get("/practices/?ccg=ZZZ&q=" + "x" * 101).content.decode()
    assert "There is a problem" in html
    assert "Select a CCG from the list" in html
    assert "Search text must be 100 characters or fewer" in html


def test_practice_page_shows_its_details(client):
    html = client.get("/practices/C82001/").content.decode()
    for text in [
        "South Leicestershire Medical Partnership",
        "C82001",
        "Smeeton Road",
        "LE8 0LG",
        "0116 2793308",
        "NHS East Leicestershire and Rutland CCG",
        "Cross Counties PCN",
        "1 October 2019",
        "Open",
        "1 April 1974",
        "GP practice",
        "ODS, published December 2019",
    ]:
        assert text in html, text
    assert client.get("/practices/c82001/").status_code == 200


def test_closed_practice_says_when_it_closed(client):
    html = client.get("/practices/C82015/").content.decode()
    assert "This practice closed on 30 November 2018" in html


@pytest.mark.parametrize(
    "path", ["/practices/ZZ9999/", "/pcns/U00000/", "/practices/AAAAAAAAAAAAAAAA/"]
)
def test_unknown_codes_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_pcn_list_is_grouped_by_ccg(client):
    html = client.get("/pcns/").content.decode()
    assert re.findall(r'<h2 id="ccg-(\w+)"', html) == ["03w", "04c", "04v"]
    assert len(re.findall(r'<li><a href="/pcns/U\d+/">', html)) == 25
    assert "Belgrave &amp; Spinney Hill PCN" in html


def test_pcn_list_is_rendered_once_until_the_content_changes(
    client, django_capture_on_commit_callbacks
):
    body = "ccgs/includes/pcn_list_body.html"
    assert body in [t.name for t in client.get("/pcns/").templates]
    assert body not in [t.name for t in client.get("/pcns/").templates]
    with django_capture_on_commit_callbacks(execute=True):
        pcn = Pcn.objects.get(code="U25294")
        pcn.name = "MELTON AND VALE PCN"
        pcn.save()
    assert "Melton and Vale PCN" in client.get("/pcns/").content.decode()


@pytest.mark.parametrize("path", ["/practices/C82001/", "/pcns/U25294/"])
def test_practice_and_pcn_pages_link_their_ccg_s_page_without_a_query(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(path).content.decode()
    assert re.search(
        r'<a href="/(leicester-city|west-leicestershire|east-leicestershire-and-rutland)/">NHS ',
        html,
    )
    assert not [
        q["sql"] for q in queries if '"cms_page"' in q["sql"] or '"cms_pageurl"' in q["sql"]
    ]


@pytest.mark.parametrize("path", ["/practices/C82001/", "/pcns/U25294/"])
def test_practice_and_pcn_pages_make_no_query_once_kept(client, path):
    first, second, queries = second_visit(client, path)
    assert queries == []
    assert second.content == first.content


def test_practice_and_pcn_pages_follow_a_change_at_once(client, django_capture_on_commit_callbacks):
    client.get("/practices/C82001/")
    client.get("/pcns/U25294/")
    with django_capture_on_commit_callbacks(execute=True):
        Practice.objects.filter(code="C82001").update(telephone="0116 000 0001")
        practice = Practice.objects.get(code="C82001")
        practice.save()  # as an import or the admin saves it
        pcn = Pcn.objects.get(code="U25294")
        pcn.name = "MELTON AND VALE PCN"
        pcn.save()
    assert "0116 000 0001" in client.get("/practices/C82001/").content.decode()
    assert "Melton and Vale PCN" in client.get("/pcns/U25294/").content.decode()


@pytest.mark.slow
def test_made_up_practice_and_pcn_codes_keep_nothing(client):
    client.get("/practices/C82001/")
    client.get("/pcns/U25294/")
    kept = cache_keys("ccgs:")
    for number in range(300):
        assert client.get(f"/practices/Z{number:05d}/").status_code == 404
        assert client.get(f"/pcns/U99{number:03d}/").status_code == 404
    assert cache_keys("ccgs:") == kept


def test_a_search_whose_rows_are_kept_reads_no_pcn(client):
    def results(html):
        return html.split('<tbody class="nhsuk-table__body">', 1)[1].split("</tbody>", 1)[0]

    first = results(client.get("/practices/?q=leicester").content.decode())
    with CaptureQueriesContext(connection) as queries:
        second = results(client.get("/practices/?q=leicester&page=1").content.decode())
    assert second == first
    assert "<br>Leicester Central PCN" in second
    assert not [q["sql"] for q in queries if '"ccgs_pcnmembership"' in q["sql"]]


def test_a_page_of_rows_seen_before_is_one_read_of_this_server_s_memory(client, monkeypatch):
    first = client.get("/practices/?q=leicester").content
    monkeypatch.setattr(
        "ccgs.templatetags.ccgs.content_cached_many",
        lambda *args: pytest.fail("each row read again"),
    )
    assert client.get("/practices/?q=leicester").content == first


def test_pcn_page_lists_its_members_with_links(client):
    html = client.get("/pcns/U25294/").content.decode()
    assert "Melton, Syston and Vale PCN" in html
    assert "NHS East Leicestershire and Rutland CCG" in html
    assert "1 October 2019" in html
    assert 'href="/practices/C83653/"' in html
    assert "commissioned by NHS South West Lincolnshire CCG" in html


def test_csv_has_the_finder_filters_and_a_header(client):
    response = client.get("/practices/practices.csv?ccg=04C&q=leicester")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "llr-gp-practices-ods-2019-12.csv" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    finder = client.get("/practices/?ccg=04C&q=leicester").context["result_count"]
    assert len(rows) == finder
    assert {row["ccg_code"] for row in rows} == {"04C"}


def test_json_says_how_current_the_data_is(client):
    document = json.loads(client.get("/practices/practices.json?pcn=U25294").content)
    assert document["published"] == "2019-12"
    assert document["source_note"] == "ODS, published December 2019"
    assert document["licence"] == "Open Government Licence v3.0"
    assert document["count"] == len(document["practices"]) > 0
    assert {p["pcn_code"] for p in document["practices"]} == {"U25294"}


def test_open_data_with_wrong_filters_is_a_clear_400(client):
    response = client.get("/practices/practices.json?ccg=nope")
    assert response.status_code == 400
    assert json.loads(response.content)["errors"]["ccg"] == ["Select a CCG from the list"]
    assert client.get("/practices/practices.csv?q=" + "x" * 500).status_code == 400


def test_spreadsheet_formulas_are_neutralised_in_csv(client):
    Practice.objects.filter(code="C82001").update(name="=HYPERLINK(1)")
    rows = list(
        csv.reader(io.StringIO(client.get("/practices/practices.csv?q=C82001").content.decode()))
    )
    assert rows[1][1] == "'=HYPERLINK(1)"


@pytest.fixture
def many_practices():
    """A hundred more practices in one PCN, so that a fixed query count means something."""
    pcn = PcnFactory(code="U99999", name="LARGE TEST PCN")
    practices = Practice.objects.bulk_create(
        PracticeFactory.build(code=f"Y9{n:04d}", name=f"TEST PRACTICE {n}") for n in range(100)
    )
    PcnMembership.objects.bulk_create(
        PcnMembershipFactory.build(practice=practice, pcn=pcn) for practice in practices
    )
    return pcn


@pytest.mark.parametrize(
    "path",
    [
        "/practices/",
        "/practices/?q=test+practice&closed=on",
        "/practices/?q=le11+9zz",  # near a postcode: its sector, then its district
        "/practices/?q=tset+practise&closed=on&page=2",  # misspelt
        "/practices/?q=oadby+%26+wigston&settings=all",  # either place, misspelt or not
        "/practices/?pcn=U99999&page=3",
        "/pcns/",
        "/pcns/U99999/",
        "/practices/Y90001/",
        "/practices/practices.json",
    ],
)
def test_finder_and_pcn_pages_take_at_most_ten_queries_with_proximity_and_fuzzy_search(
    client, many_practices, path, django_assert_max_num_queries
):
    client.get(path)  # warm the caches (and reload the apphook URLs), as in production
    client.get(path)
    with django_assert_max_num_queries(10):
        assert client.get(path).status_code == 200


def test_profile_takes_a_fixed_number_of_queries(
    client, many_practices, django_assert_max_num_queries
):
    # The CMS's own 6, the CCG with its count, areas, statements, figures, PCNs with their
    # practices, and the timeline: the same however many practices and PCNs there are.
    client.get("/west-leicestershire/")
    client.get("/west-leicestershire/")
    with django_assert_max_num_queries(12):
        assert client.get("/west-leicestershire/").status_code == 200


def test_the_pcn_list_follows_an_ods_import_at_once(
    client, tmp_path, django_capture_on_commit_callbacks
):
    """The list is counted once and kept until the content changes: an import changes it."""
    from ccgs.ods_import import ods_import
    from tests.ods_files import PRACTICES_EXTRACT, pcn_sheets, pcns_write

    assert "Belgrave &amp; Spinney Hill PCN" in client.get("/pcns/").content.decode()
    sheets = pcn_sheets()
    sheets["PCN Details"][1][1] = "BELGRAVE AND SPINNEY HILL HEALTH PCN"
    with django_capture_on_commit_callbacks(execute=True):
        ods_import(PRACTICES_EXTRACT, pcns_write(tmp_path / "epcn.xlsx", sheets))
    html = client.get("/pcns/").content.decode()
    assert "Belgrave and Spinney Hill Health PCN" in html
    assert "Belgrave &amp; Spinney Hill PCN" not in html
