"""A page and the count of the whole list in one query, with Django's paginator's answers."""

import pickle

import pytest
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator

from core.pagination import OneQueryPaginator, page_rows_read
from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

pytestmark = pytest.mark.django_db
PER_PAGE = 20


@pytest.fixture
def people():
    User = get_user_model()
    User.objects.bulk_create(User(username=f"person-{number:02d}") for number in range(45))
    return User.objects.filter(username__startswith="person-").order_by("username")


@pytest.mark.parametrize(
    "number, queries",
    [(None, 1), ("", 1), ("abc", 1), ("1", 1), ("2", 1), ("3", 1), (2, 1), (3.0, 1)]
    # Past the last page: nothing found, then Django's count and the last page.
    + [("4", 3), ("99", 3)],
)
def test_each_page_in_one_query(people, number, queries, django_assert_num_queries):
    with django_assert_num_queries(queries):
        page = OneQueryPaginator(people, PER_PAGE).get_page(number)
        rows = [person.username for person in page]
    expected = Paginator(people, PER_PAGE).get_page(number)
    assert (page.number, page.paginator.count, page.paginator.num_pages) == (
        expected.number,
        45,
        3,
    )
    assert rows == [person.username for person in expected]
    assert (page.has_next(), page.has_previous()) == (expected.has_next(), expected.has_previous())


@pytest.mark.parametrize("number", ["0", "-3", 2.5, "99999999999999999999999"])
def test_numbers_django_does_not_take_are_read_as_django_reads_them(people, number):
    page = OneQueryPaginator(people, PER_PAGE).get_page(number)
    expected = Paginator(people, PER_PAGE).get_page(number)
    assert (page.number, [person.pk for person in page]) == (
        expected.number,
        [person.pk for person in expected],
    )


def test_an_empty_list_is_one_empty_page_in_one_query(people, django_assert_num_queries):
    with django_assert_num_queries(1):
        page = OneQueryPaginator(people.filter(username="nobody"), PER_PAGE).get_page("1")
        assert list(page) == []
    assert (page.number, page.paginator.count, page.paginator.num_pages) == (1, 0, 1)


def test_distinct_rows_are_counted_as_django_counts_them(people):
    page = OneQueryPaginator(people.distinct(), PER_PAGE).get_page("2")
    assert (page.number, page.paginator.count) == (2, 45)


@pytest.mark.parametrize("number", [None, "abc", "1", "2", "3", "99", "-3"])
def test_a_page_kept_and_unpickled_answers_as_django_s_page(people, number):
    kept = pickle.loads(pickle.dumps(page_rows_read(people, PER_PAGE, number)))
    page, expected = kept.page(PER_PAGE), Paginator(people, PER_PAGE).get_page(number)
    assert [person.pk for person in page] == [person.pk for person in expected]
    assert (page.number, page.paginator.count, page.paginator.num_pages) == (
        expected.number,
        45,
        3,
    )
    assert (page.has_next(), page.has_previous(), page.start_index(), page.end_index()) == (
        expected.has_next(),
        expected.has_previous(),
        expected.start_index(),
        expected.end_index(),
    )
    assert list(page.paginator.get_elided_page_range(page.number)) == list(
        expected.paginator.get_elided_page_range(expected.number)
    )


def test_a_page_read_with_its_count_known_does_not_count_again(people, django_assert_num_queries):
    with django_assert_num_queries(1):
        kept = page_rows_read(people, PER_PAGE, "3", count=45)
    assert (len(kept.rows), kept.number, kept.count) == (5, 3, 45)
