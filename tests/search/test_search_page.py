"""/search/: results in the NHS.UK look, filters, pagination, snippets, "did you mean", advice
when nothing matches, best bets, the count of searches; any input whatever gives a page."""

import re
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from publications.models import Publication
from search.models import BestBet, QueryCount
from search.query import query_parse
from search.selectors import search_results
from tests.factories import PublicationFactory, file_add
from tests.search.documents import pdf_with_text

pytestmark = pytest.mark.django_db


def titles(response):
    html = response.content.decode()
    return re.findall(
        r'<h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1"><a href="[^"]*">([^<]*)</a>', html
    )


ODD_INPUTS = [
    '"',
    '"""',
    "'",
    'a" OR 1=1 --',
    "NEAR(a b)",
    "title:board",
    "board*",
    "^board",
    "(board AND",
    "-",
    "- - -",
    "or",
    "OR AND NOT",
    "!!!",
    "& | ! <->",
    "\\",
    "%",
    "_",
    "é" * 300,
    "x" * 5000,
    "board " * 1000,
    "the a an of",
    "🚑 ambulance",
    "زيارة",
    "医院",
    "\u202e\u200b\ufeff",
    "\ue000mark\ue001",
    "<script>alert(1)</script>",
    "a\x00b",
    "\ud800 lone surrogate",
    "\x07\x1b[31m",
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_any_text_gives_a_results_page(client, text):
    # Encoded as a client would send it; a lone surrogate as the bytes UTF-8 would give it.
    response = client.get(f"/search/?q={quote(text.encode('utf-8', 'surrogatepass'))}")
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_any_text_is_searched_by_the_engine_without_error(text):
    results = search_results(text, kinds=("publication", "page"), ccg="04C", withdrawn=True)
    assert results.total >= 0


@pytest.mark.parametrize(
    "query_string",
    [
        "q=%00",
        "q=%00%00board%00",
        "q=a&q=%00",
        "q=%ED%A0%80",
        "q=a&kind=nonsense",
        "q=a&page=-1",
        "q=a&page=99999999999999",
        "q=a&page=x",
        "q=a&ccg=ZZZ",
        "q=a&withdrawn=maybe",
        "q[]=a",
        "kind=page",
        "",
    ],
)
def test_odd_query_strings_give_a_page(client, query_string):
    response = client.get(f"/search/?{query_string}")
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()


def test_a_nul_in_the_words_searches_the_words_around_it(client, committed):
    with committed():
        PublicationFactory(title="Quillfeather board papers")
    response = client.get("/search/?q=quillfeather%00papers")
    assert response.status_code == 200
    assert titles(response) == ["Quillfeather board papers"]
    assert 'value="quillfeather papers"' in response.content.decode()


def test_a_nul_in_the_search_filters_is_still_a_bad_request(client):
    # Only the words are read leniently; the filters keep the site's NUL guard.
    assert client.get("/search/?q=board&kind=page%00").status_code == 400
    assert client.get("/search/?q=board&ccg=%00").status_code == 400


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_no_engine_syntax_error_from_any_text(text):
    query = query_parse(text)
    if not query.is_empty:
        assert "NEAR" not in query.fts5_text() or '"near"' in query.fts5_text()
        for word in re.findall(r'"([^"]*)"', query.fts5_text()):
            assert '"' not in word


def test_a_matched_word_is_highlighted_and_a_documents_html_is_escaped(client, committed):
    with committed():
        publication = PublicationFactory(
            title="Quality report", summary="Sepsis <b onclick=x>screening</b> & care"
        )
        file_add(publication, "q.pdf", pdf_with_text("Screening rates improved"))
    html = client.get("/search/", {"q": "screening"}).content.decode()
    assert "<mark>" in html and "onclick" not in html.replace("&lt;b onclick", "")
    assert "&lt;b onclick=x&gt;" in html or "onclick" not in html


def test_results_say_their_kind_and_date_and_count(client, committed):
    with committed():
        PublicationFactory(title="Quillfeather needs assessment", first_published="2019-05-13")
    html = client.get("/search/", {"q": "quillfeather"}).content.decode()
    assert '<h2 class="nhsuk-heading-m" id="results-heading">1 result</h2>' in html
    assert "Publication &middot; 13 May 2019" in html
    assert "<mark>Quillfeather</mark>" in html


def test_filters_by_kind_and_by_ccg(client, committed):
    with committed():
        PublicationFactory(title="Yellowhammer plan City", ccgs=("04C",))
        PublicationFactory(title="Yellowhammer plan West", ccgs=("04V",))
    both = client.get("/search/", {"q": "yellowhammer"})
    assert sorted(titles(both)) == ["Yellowhammer plan City", "Yellowhammer plan West"]
    assert titles(client.get("/search/", {"q": "yellowhammer", "ccg": "04C"})) == [
        "Yellowhammer plan City"
    ]
    assert titles(client.get("/search/", {"q": "yellowhammer", "kind": "page"})) == []


def test_results_come_in_pages(client, committed, settings, monkeypatch):
    monkeypatch.setattr("search.conf.SEARCH_RESULTS_PER_PAGE", 2)
    with committed():
        for number in range(5):
            PublicationFactory(title=f"Wombat survey {number}")
    first = client.get("/search/", {"q": "wombat"})
    last = client.get("/search/", {"q": "wombat", "page": 3})
    assert len(titles(first)) == 2 and len(titles(last)) == 1
    assert "5 results" in first.content.decode()
    assert 'aria-label="Page 3"' in first.content.decode()


def test_a_misspelt_name_gets_did_you_mean(client):
    html = client.get("/search/", {"q": "hinkley"}).content.decode()
    assert "Did you mean" in html and "hinckley" in html.lower()


def test_no_results_gives_advice_and_the_finder_and_library(client):
    html = client.get("/search/", {"q": "qwxzv"}).content.decode()
    assert "No results found" in html
    assert 'href="/practices/"' in html and 'href="/publications/"' in html


def test_a_best_bet_comes_first_only_while_its_page_is_public(client, committed):
    with committed():
        publication = PublicationFactory(title="Complaints procedure")
    BestBet.objects.create(query="how to complain", url=publication.get_absolute_url())
    html = client.get("/search/", {"q": "  How to   COMPLAIN "}).content.decode()
    assert "Recommended" in html and "Complaints procedure" in html
    with committed():
        publication.status = Publication.Status.DRAFT
        publication.save()
    assert "Recommended" not in client.get("/search/", {"q": "how to complain"}).content.decode()


def test_searches_are_counted_without_anything_personal(client):
    client.get("/search/", {"q": "Leicester"})
    client.get("/search/", {"q": " leicester "}, REMOTE_ADDR="10.1.2.3")
    client.get("/search/", {"q": "qwxzv"})
    counts = {row.query: (row.searches, row.without_results) for row in QueryCount.objects.all()}
    assert counts == {"leicester": (2, 0), "qwxzv": (1, 1)}
    assert [field.name for field in QueryCount._meta.fields] == [
        "id",
        "day",
        "query",
        "searches",
        "without_results",
    ]
    assert not client.cookies


def search_queries(client, **params):
    """The queries of a search once its day's count exists (the first search of a day adds
    one) and the apps' addresses are reloaded after a change (the CMS does that on a request)."""
    for _ in range(2):
        client.get("/search/", params)
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/search/", params).status_code == 200
    return len(captured)


SEARCHES = {
    "hits": {"q": "kestrel"},
    "second page": {"q": "kestrel", "page": 2},
    "a phrase and a word left out": {"q": '"kestrel report" -draft'},
    "a misspelt word": {"q": "kestrl"},
    "five misspelt words": {"q": "kestrl reprot kestrell raport kestral"},
}


def test_a_search_takes_the_same_queries_whatever_the_data_and_the_words(client, committed):
    with committed():
        PublicationFactory(title="Kestrel report 0")
    with_one = {name: search_queries(client, **params) for name, params in SEARCHES.items()}
    with committed():
        for number in range(1, 30):
            PublicationFactory(title=f"Kestrel report {number}")
    with_thirty = {name: search_queries(client, **params) for name, params in SEARCHES.items()}
    assert with_thirty == with_one
    # Later pages neither look for best bets nor count the search.
    found = with_one["hits"]
    assert with_one["a phrase and a word left out"] == found
    assert with_one["second page"] == found - 2
    # Nothing found: the likeliest names of every word in one query, then one search to check
    # the suggestion finds something.
    assert with_one["five misspelt words"] == with_one["a misspelt word"] > found
    assert max(with_one.values()) <= 12


def test_the_header_search_box_is_on_every_page_and_works_without_javascript(client):
    for path in ["/", "/publications/", "/practices/", "/contact/", "/no-such-page/"]:
        html = client.get(path).content.decode()
        assert (
            '<form class="nhsuk-header__search-form" id="search" action="/search/" method="get"'
            in html
        )
        assert 'name="q" type="search"' in html


def test_engine_in_use(client):
    # Recorded in the test output: the suite runs on SQLite (FTS5) and PostgreSQL.
    assert connection.vendor in ("sqlite", "postgresql")
