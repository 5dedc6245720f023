"""The public library: filters, search, pagination, drafts, withdrawals, feeds and query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ccgs.models import Ccg
from llr_site.roles import GOVERNANCE_OFFICERS
from publications.models import ChangeNote, DocumentType, Publication
from tests.cache_keys import cache_keys
from tests.factories import PublicationFactory, UserFactory, file_add, staff_sign_in
from tests.queries import second_visit

pytestmark = pytest.mark.django_db


def titles(response):
    return [publication.title for publication in response.context["page_obj"].object_list]


@pytest.fixture
def library():
    minutes = DocumentType.objects.get(slug="minutes")
    PublicationFactory(
        title="Board minutes March 2019",
        document_type=minutes,
        ccgs=("04C",),
        financial_year="2018-19",
        first_published=datetime.date(2019, 3, 20),
        summary="Decisions on urgent care.",
    )
    PublicationFactory(
        title="Annual report 2019-20",
        ccgs=("03W", "04C", "04V"),
        financial_year="2019-20",
        first_published=datetime.date(2020, 7, 1),
    )
    PublicationFactory(
        title="Draft policy",
        status=Publication.Status.DRAFT,
        first_published=datetime.date(2021, 1, 1),
    )
    PublicationFactory(
        title="Old policy",
        status=Publication.Status.WITHDRAWN,
        withdrawn_reason="Replaced by the LLR-wide policy.",
        first_published=datetime.date(2021, 2, 1),
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?type=minutes", ["Board minutes March 2019"]),
        ("?ccg=04C&q=2019", ["Annual report 2019-20", "Board minutes March 2019"]),
        ("?ccg=03W&year=2019-20", ["Annual report 2019-20"]),
        ("?year=2018-19&ccg=04C", ["Board minutes March 2019"]),
        ("?q=urgent+care", ["Board minutes March 2019"]),
        ("?q=ANNUAL+report&ccg=04V", ["Annual report 2019-20"]),
        ("?q=policy", []),  # a draft and a withdrawn publication are never listed
    ],
)
def test_library_filters_and_search_keep_their_state_in_the_url(client, library, query, expected):
    response = client.get("/publications/" + query)
    assert titles(response) == expected
    html = response.content.decode()
    assert f"{len(expected)} publication" in html
    assert f'href="/publications/feed/{query}"' in html.replace("&amp;", "&")


def test_library_lists_newest_first_with_the_number_of_results(client, library):
    response = client.get("/publications/")
    listed = titles(response)
    assert listed.index("Annual report 2019-20") < listed.index("Board minutes March 2019")
    assert f"{response.context['page_obj'].paginator.count} publications" in (
        response.content.decode()
    )


def test_library_is_paginated_with_links_that_keep_the_filters(client):
    for number in range(45):
        PublicationFactory(title=f"Newsletter {number}", financial_year="2016-17")
    response = client.get("/publications/?year=2016-17&page=2")
    html = response.content.decode().replace("&amp;", "&")
    assert len(titles(response)) == 20
    assert 'aria-label="Pagination"' in html
    assert 'href="?year=2016-17&page=3" aria-label="Page 3"' in html
    assert 'aria-current="page"' in html


@pytest.mark.parametrize(
    "query",
    [
        "?page=999999999999999999999",
        "?page=-1&type=<script>",
        "?q=" + "long words " * 2000,
        "?year=2017-19&ccg=nowhere&type=&type=minutes",
        "?q=%25%5F%27%22%5C",
        "?unknown=1&page=abc",
    ],
)
@pytest.mark.parametrize("path", ["/publications/", "/publications/feed/"])
def test_odd_or_huge_query_strings_still_give_a_page(client, library, path, query):
    response = client.get(path + query)
    assert response.status_code == 200


def test_draft_is_hidden_from_the_public_but_governance_officers_can_preview_it(client, library):
    assert client.get("/publications/draft-policy/").status_code == 404
    staff_sign_in(client, UserFactory(username="officer", group=GOVERNANCE_OFFICERS))
    response = client.get("/publications/draft-policy/")
    assert "This is a draft: only library staff can see it." in response.content.decode()


def test_withdrawn_publication_is_hidden_but_reachable_with_its_reason(client, library):
    assert "Old policy" not in titles(client.get("/publications/"))
    html = client.get("/publications/old-policy/").content.decode()
    assert "This publication has been withdrawn" in html
    assert "Replaced by the LLR-wide policy." in html


@pytest.mark.parametrize(
    "path",
    [
        "/publications/no-such-publication/",
        "/publications/no-such-publication/files/1/",
        "/publications/annual-report-2019-20/files/99999999999999/",
        "/publications/annual-report-2019-20/files/1/versions/999999999/",
        "/publications/annual-report-2019-20/files/123456789012345678901234/",
    ],
)
def test_unknown_publications_and_files_are_404s(client, library, path):
    assert client.get(path).status_code == 404


def test_publication_page_shows_its_dates_change_notes_and_ccgs(client):
    publication = PublicationFactory(
        title="Annual report 2019-20",
        ccgs=("03W", "04C", "04V"),
        financial_year="2019-20",
        first_published=datetime.date(2020, 7, 1),
        last_updated=datetime.date(2020, 9, 2),
    )
    ChangeNote.objects.create(
        publication=publication, date=datetime.date(2020, 9, 2), text="Corrected table 3"
    )
    html = client.get(publication.get_absolute_url()).content.decode()
    for text in (
        "1 July 2020",
        "2 September 2020",
        "2019-20",
        "All three LLR CCGs",
        "Corrected table 3",
        "Request an accessible format",
    ):
        assert text in html


def test_a_publication_page_makes_no_query_once_kept_and_follows_a_change_at_once(
    client, django_capture_on_commit_callbacks
):
    publication = PublicationFactory(title="Annual report 2019-20", ccgs=("04C",))
    file_add(publication)
    first, second, queries = second_visit(client, publication.get_absolute_url())
    assert queries == []
    assert second.content == first.content
    with django_capture_on_commit_callbacks(execute=True):
        ChangeNote.objects.create(
            publication=publication, date=datetime.date(2020, 9, 2), text="Corrected table 3"
        )
    assert "Corrected table 3" in client.get(publication.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        publication.status = Publication.Status.DRAFT
        publication.save()
    assert client.get(publication.get_absolute_url()).status_code == 404


def test_the_library_s_rows_are_kept_and_read_no_ccg_and_follow_a_change_at_once(
    client, library, django_capture_on_commit_callbacks
):
    def rows(html):
        return html.split('<ul class="nhsuk-list app-publication-list"', 1)[1].split("</ul>", 1)[0]

    first = rows(client.get("/publications/?type=minutes").content.decode())
    with CaptureQueriesContext(connection) as queries:
        second = rows(client.get("/publications/?type=minutes&page=1").content.decode())
    assert second == first
    assert "Board minutes March 2019" in second and "Leicester City CCG" in second
    assert not [q["sql"] for q in queries if '"ccgs_ccg"' in q["sql"]]
    with django_capture_on_commit_callbacks(execute=True):
        minutes = Publication.objects.get(title="Board minutes March 2019")
        minutes.title = "Board minutes, March 2019"
        minutes.save()
        minutes.ccgs.add(*Ccg.objects.filter(code="04V"))
    html = client.get("/publications/?type=minutes").content.decode()
    assert "Board minutes, March 2019" in html
    assert "Leicester City and West Leicestershire CCG" in html


@pytest.mark.parametrize(
    "query", ["?type=minutes", "?ccg=04C&q=2019", "?q=urgent+care", "?page=1", "?year=2019-20"]
)
def test_the_same_filter_again_asks_the_database_nothing(client, library, query):
    first, second, queries = second_visit(client, f"/publications/{query}")
    assert queries == []
    assert second.content == first.content
    assert titles(second)


def test_a_publication_published_shows_at_once_in_a_filter_seen_before(
    client, library, django_capture_on_commit_callbacks
):
    assert titles(client.get("/publications/?q=policy")) == []
    with django_capture_on_commit_callbacks(execute=True):
        draft = Publication.objects.get(title="Draft policy")
        draft.status = Publication.Status.PUBLISHED
        draft.save()
    assert titles(client.get("/publications/?q=policy")) == ["Draft policy"]


@pytest.mark.slow
def test_made_up_publication_addresses_keep_nothing(client):
    publication = PublicationFactory(title="Annual report 2019-20")
    client.get(publication.get_absolute_url())
    kept = cache_keys("publications:")
    for number in range(300):
        assert client.get(f"/publications/no-such-report-{number}/").status_code == 404
    assert cache_keys("publications:") == kept


def test_feed_lists_the_newest_publications_of_the_filter(client, library):
    response = client.get("/publications/feed/?type=minutes")
    xml = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Board minutes March 2019" in xml
    assert "Annual report 2019-20" not in xml
    assert "Document type: Minutes" in xml
    assert "Draft policy" not in client.get("/publications/feed/").content.decode()


@pytest.fixture
def many():
    for number in range(30):
        publication = PublicationFactory(
            title=f"Board papers {number}", ccgs=("03W", "04C"), financial_year="2019-20"
        )
        file_add(publication)
        file_add(publication, title="Appendix")
        ChangeNote.objects.create(publication=publication, date=datetime.date(2020, 1, 1), text="x")
    return publication


@pytest.mark.parametrize(
    "path",
    ["/publications/", "/publications/?type=annual-report&ccg=04C&q=board", "/publications/feed/"],
)
def test_library_pages_take_at_most_one_query_with_thirty_publications(
    client, many, path, django_assert_max_num_queries
):
    client.get(path)  # warm the CMS's caches, as on a live site
    with django_assert_max_num_queries(1):
        assert client.get(path).status_code == 200


def test_publication_page_takes_at_most_nine_queries(client, many, django_assert_max_num_queries):
    file_add(many, publication_file=many.files.first())
    client.get(many.get_absolute_url())
    with django_assert_max_num_queries(9):
        response = client.get(many.get_absolute_url())
    assert "Earlier versions of Full report" in response.content.decode()
