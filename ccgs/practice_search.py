"""The practice finder's search: practices matching a name, ODS code, town or postcode, best
matches first, in one query whatever the number of rows; a page of them kept in each server's
memory until the content changes."""

from dataclasses import dataclass

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import Case, CharField, Count, Func, Q, Value, When
from django.db.models.functions import Coalesce, Greatest

from ccgs.models import Practice
from ccgs.search import FUZZY_THRESHOLD, fuzzy_alternatives, postcode_parse
from content_cache import search_cached
from core.pagination import PageRows, page_rows_read

OPEN_STATUSES = [Practice.Status.ACTIVE, Practice.Status.NOT_IN_FILE]


def practice_list(
    *, text="", ccg_code="", pcn_code="", include_closed=False, gp_practices_only=True
):
    """Practices matching a name, ODS code, town or postcode, best matches first.

    A postcode, sector or district (`LE3 9QP`, `LE3 9`, `LE3`) gives the practices of that
    district, those at the postcode first, then those in its sector. Words give the practice
    with that ODS code, then those whose name or address contains them, then those that pg_trgm
    finds like them (misspellings), most alike first. Nothing typed: all, sorted by name.
    Open GP practices only, unless `include_closed` or not `gp_practices_only`. A PCN member
    whose own row was not imported counts as a GP practice. Their PCN memberships are not read
    (the finder's rows are kept with them): `practice_memberships_read` adds them.
    """
    practices = Practice.objects.select_related("ccg")
    if gp_practices_only:
        practices = practices.filter(
            Q(prescribing_setting=Practice.PrescribingSetting.GP_PRACTICE)
            | Q(prescribing_setting__isnull=True)
        )
    if not include_closed:
        practices = practices.filter(status__in=OPEN_STATUSES)
    if ccg_code:
        practices = practices.filter(ccg__code=ccg_code)
    if pcn_code:
        practices = practices.filter(
            memberships__pcn__code=pcn_code, memberships__ended_on__isnull=True
        )
    text = " ".join(text.split())
    if not text:
        return practices.order_by("name", "code")
    if postcode := postcode_parse(text):
        return _practices_near(practices, postcode)
    return _practices_matching(practices, text)


def _practices_near(practices, postcode):
    nearness = Case(*_nearer(postcode, When), default=Value(2))
    return (
        practices.filter(postcode_outward=postcode.district)
        .annotate(nearness=nearness)
        .order_by("nearness", "name", "code")
    )


def _nearer(postcode, make):
    """`make(condition, then=rank)` for the postcode (0) and its sector (1), when typed."""
    conditions = []
    if postcode.full:
        conditions.append(make(Q(postcode=postcode.full), then=Value(0)))
    if postcode.sector:
        conditions.append(make(Q(postcode__startswith=postcode.sector), then=Value(1)))
    return conditions


def practice_nearness_count(practices, postcode):
    """{'at_postcode', 'in_sector', 'in_district'}: how many of the practices near `postcode`
    (from `practice_list`) are at it, in its sector (those at it included) and in its district
    (all of them)."""
    counts = {"in_district": Count("pk")}
    if postcode.full:
        counts["at_postcode"] = Count("pk", filter=Q(postcode=postcode.full))
    if postcode.sector:
        counts["in_sector"] = Count("pk", filter=Q(postcode__startswith=postcode.sector))
    return {"at_postcode": 0, "in_sector": 0, **practices.aggregate(**counts)}


@dataclass(frozen=True)
class FinderResults:
    """A page of the finder's results, and for a postcode `practice_nearness_count`'s counts."""

    rows: PageRows
    nearness: dict | None


def practice_finder_results(arguments, page_number, per_page):
    """Page `page_number` (as typed) of `practice_list(**arguments)`, as FinderResults. Kept in
    this server's memory until the content changes (`search_cached`: never in the shared cache,
    whatever was typed): the same search again, anyone's, asks nothing."""
    name = f"ccgs:finder:{sorted(arguments.items())!r}:{page_number!r}:{per_page}"
    return search_cached(name, lambda: _finder_results_read(arguments, page_number, per_page))


def _finder_results_read(arguments, page_number, per_page):
    practices = practice_list(**arguments)
    postcode = postcode_parse(arguments["text"])
    if postcode is None:
        return FinderResults(page_rows_read(practices, per_page, page_number), None)
    counts = practice_nearness_count(practices, postcode)
    # The district's count is the whole list's: spare counting it again.
    rows = page_rows_read(practices, per_page, page_number, count=counts["in_district"])
    return FinderResults(rows, counts)


class _SpaceJoined(Func):
    """Texts joined by spaces with `||`, flat: Django's Concat nests a function per pair, which
    compiling (twice in a finder search: ranked, then filtered on) took 0.6 ms longer."""

    arg_joiner = " || ' ' || "
    template = "(%(expressions)s)"
    output_field = CharField()


# A practice's name and address lines, as the finder matches them fuzzily.
ADDRESS = _SpaceJoined(
    *(Coalesce(field, Value("")) for field in ["name", *(f"address_line_{n}" for n in range(1, 6))])
)


def _practices_matching(practices, text):
    code = Q(code=text.upper())
    contains = Q(name__icontains=text)
    for line in range(1, 6):
        contains |= Q(**{f"address_line_{line}__icontains": text})
    # Registered on SQLite too (ccgs/trigrams.py), so both engines run this same query.
    scores = [TrigramWordSimilarity(phrase, ADDRESS) for phrase in fuzzy_alternatives(text)]
    return (
        practices.annotate(
            likeness=Greatest(*scores) if len(scores) > 1 else scores[0],
            match=Case(When(code, then=Value(0)), When(contains, then=Value(1)), default=2),
        )
        .filter(code | contains | Q(likeness__gte=FUZZY_THRESHOLD))
        .order_by("match", "-likeness", "name", "code")
    )
