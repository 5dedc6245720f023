"""Reads for the CCG profiles, the practice and PCN pages and the finder's filters, each in a
fixed number of queries whatever the number of rows (the finder's search:
`ccgs/practice_search.py`)."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, prefetch_related_objects
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
from content_cache import content_cached
from nhsuk.menus import AppPage

AREA_HEADINGS = {
    CcgArea.Kind.DISTRICT: "District council areas",
    CcgArea.Kind.LOCALITY: "Localities",
    CcgArea.Kind.AREA: "Areas served",
}


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
