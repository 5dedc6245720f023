"""Reads for the CCG profiles, the practice finder and the PCN pages, each in a fixed number of
queries whatever the number of rows."""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import (
    Case,
    CharField,
    Count,
    Func,
    Prefetch,
    Q,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse

from ccgs.cache import reference
from ccgs.models import (
    Ccg,
    CcgArea,
    CcgStatement,
    KeyFigure,
    Pcn,
    PcnMembership,
    Practice,
    TimelineEvent,
)
from ccgs.ods_text import ods_title
from ccgs.search import FUZZY_THRESHOLD, fuzzy_alternatives, postcode_parse
from content_cache import content_cached, search_cached
from core.pagination import PageRows, page_rows_read
from nhsuk.menus import AppPage

AREA_HEADINGS = {
    CcgArea.Kind.DISTRICT: "District council areas",
    CcgArea.Kind.LOCALITY: "Localities",
    CcgArea.Kind.AREA: "Areas served",
}
OPEN_STATUSES = [Practice.Status.ACTIVE, Practice.Status.NOT_IN_FILE]


def practice_memberships_read(practices):
    """Fill each of `practices` (a list) with `current_memberships`: its PCN memberships that
    have not ended, with their PCN; one query for all of them."""
    prefetch_related_objects(
        practices,
        Prefetch(
            "memberships",
            queryset=PcnMembership.objects.filter(ended_on__isnull=True).select_related("pcn"),
            to_attr="current_memberships",
        ),
    )


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


def practice_get(code):
    """The practice with this ODS code (any case), with its CCG and PCN memberships; or None.
    Read once until the content changes (an ODS import); a code no practice has keeps nothing."""
    code = code.upper()
    if code not in _codes()["practices"]:
        return None
    return content_cached(f"ccgs:practice:{code}", lambda: _practice_read(code))


def _practice_read(code):
    memberships = Prefetch(
        "memberships",
        queryset=PcnMembership.objects.select_related("pcn").order_by("-started_on"),
    )
    return (
        Practice.objects.select_related("ccg")
        .prefetch_related(memberships)
        .filter(code=code)
        .first()
    )


def _codes():
    """{'practices', 'pcns'}: the ODS codes there are pages for, until the content changes."""
    return content_cached(
        "ccgs:codes",
        lambda: {
            "practices": frozenset(Practice.objects.values_list("code", flat=True)),
            "pcns": frozenset(Pcn.objects.values_list("code", flat=True)),
        },
    )


def pcn_list_by_ccg():
    """[(ccg, [pcn with .practice_count]), …] for every CCG that has PCNs; counted in the
    database once until the content changes (an ODS import)."""
    return content_cached("ccgs:pcns-by-ccg", _pcn_list_by_ccg_compute)


def _pcn_list_by_ccg_compute():
    pcns = (
        Pcn.objects.select_related("ccg")
        .annotate(practice_count=Count("memberships", filter=Q(memberships__ended_on__isnull=True)))
        .order_by("ccg__name", "name")
    )
    grouped = defaultdict(list)
    for pcn in pcns:
        grouped[pcn.ccg].append(pcn)
    return list(grouped.items())


def pcn_get(code):
    """The PCN with this ODS code (any case) and its current members (`.current_members`); or
    None. Read once until the content changes; a code no PCN has keeps nothing."""
    code = code.upper()
    if code not in _codes()["pcns"]:
        return None
    return content_cached(f"ccgs:pcn:{code}", lambda: _pcn_read(code))


def _pcn_read(code):
    members = Prefetch(
        "memberships",
        queryset=PcnMembership.objects.filter(ended_on__isnull=True)
        .select_related("practice", "practice__ccg")
        .order_by("practice__name"),
        to_attr="current_members",
    )
    return Pcn.objects.select_related("ccg").prefetch_related(members).filter(code=code).first()


def pcn_choices():
    """PCN codes and names grouped by CCG, for the finder's filter."""
    return reference()["pcn_choices"]


def ccg_choices():
    """CCG codes and names, for the finder's filter."""
    return reference()["ccg_choices"]


def ods_import_run_latest():
    return reference()["latest_run"]


@dataclass
class FigureHistory:
    """The latest published figure of one kind, and the earlier ones."""

    kind: str
    label: str
    latest: KeyFigure
    earlier: list

    @property
    def counts_practices(self):
        return self.kind == KeyFigure.Kind.PRACTICES


def key_figure_list(ccg):
    """One FigureHistory per kind of figure, latest first within each."""
    histories = {}
    for figure in ccg.key_figures.order_by("kind", "-as_of", "source"):
        if figure.kind in histories:
            histories[figure.kind].earlier.append(figure)
        else:
            histories[figure.kind] = FigureHistory(
                figure.kind, figure.get_kind_display(), figure, []
            )
    order = [kind for kind, _ in KeyFigure.Kind.choices]
    return [histories[kind] for kind in order if kind in histories]


def ccg_list_counted():
    """CCGs, each with `.active_gp_practices` counted from the ODS data."""
    active_gp_practices = Q(
        practices__status=Practice.Status.ACTIVE,
        practices__prescribing_setting=Practice.PrescribingSetting.GP_PRACTICE,
    )
    return Ccg.objects.annotate(active_gp_practices=Count("practices", filter=active_gp_practices))


def timeline_event_list(ccg=None):
    """Events of this CCG and of all three LLR CCGs, oldest first (all three only, if no CCG)."""
    return TimelineEvent.objects.filter(Q(ccg=ccg) | Q(ccg__isnull=True) if ccg else Q(ccg=None))


def ccg_page_url(ccg):
    """The address of the CCG's page on this site; "" when it has none, or `ccg` is None."""
    return reference()["ccg_page_urls"].get(ccg.code, "") if ccg else ""


def closed_ccg_get(page):
    """The closed CCG whose section of the site `page` is in, or None."""
    if not page:  # `page` may be the request's lazy current page, turned out none
        return None
    closed = reference()["closed_ccgs"]
    if not closed:
        return None
    for ccg in closed:
        if ccg.page and ccg.page.site_id == page.site_id and page.path.startswith(ccg.page.path):
            return ccg
    return None


def ccg_statement_list(ccg):
    """({kind: [statement]} for mission, values and goals; {set: [objective]} for objectives)."""
    statements, objective_groups = defaultdict(list), defaultdict(list)
    for statement in CcgStatement.objects.filter(ccg=ccg):
        if statement.kind == CcgStatement.Kind.OBJECTIVE:
            objective_groups[statement.group].append(statement)
        else:
            statements[statement.kind].append(statement)
    return dict(statements), dict(objective_groups)


@dataclass
class CcgProfile:
    ccg: Ccg
    figures: list
    ods_practice_count: int
    areas: dict
    statements: dict
    objective_groups: dict
    events: list


def ccg_profile_for_page(page):
    """The profile of the CCG whose page `page` is (None if it is no CCG's), read from the
    database once until the content changes: five queries, and every visitor reads the same."""
    return content_cached(f"ccgs:profile:{page.pk}", lambda: _ccg_profile_compute(page))


def _ccg_profile_compute(page):
    """Everything a CCG's profile shows besides the page's own text and its PCNs."""
    ccg = ccg_list_counted().filter(page=page).first()
    if ccg is None:
        return None
    areas = defaultdict(list)
    for area in CcgArea.objects.filter(ccg=ccg):
        areas[AREA_HEADINGS[area.kind]].append(area)
    statements, objective_groups = ccg_statement_list(ccg)
    return CcgProfile(
        ccg=ccg,
        figures=key_figure_list(ccg),
        ods_practice_count=ccg.active_gp_practices,
        areas=dict(areas),
        statements=statements,
        objective_groups=objective_groups,
        events=list(timeline_event_list(ccg)),
    )


def ccg_pcn_list(ccg):
    """The CCG's PCNs, each with its current members (`.current_members`) by practice name."""
    members = Prefetch(
        "memberships",
        queryset=PcnMembership.objects.filter(ended_on__isnull=True)
        .select_related("practice")
        .order_by("practice__name"),
        to_attr="current_members",
    )
    return list(ccg.pcns.prefetch_related(members))


def ods_published_on():
    """When ODS published the data imported last, if known."""
    run = ods_import_run_latest()
    return run.published_on if run else None


def practice_page_list():
    """Every practice's page, below the GP practices page, for menus and breadcrumbs."""
    return content_cached("ccgs:practice-pages", _practice_pages_compute)


def _practice_pages_compute():
    finder = reverse("practices:finder")
    return [
        AppPage(reverse("practices:practice", args=[code]), ods_title(name), finder)
        for code, name in Practice.objects.values_list("code", "name")
    ]


def pcn_page_list():
    """Every PCN's page, below the primary care networks page, for menus and breadcrumbs."""
    return content_cached("ccgs:pcn-pages", _pcn_pages_compute)


def _pcn_pages_compute():
    pcns = reverse("pcns:list")
    return [
        AppPage(reverse("pcns:pcn", args=[code]), ods_title(name), pcns)
        for code, name in Pcn.objects.values_list("code", "name")
    ]
