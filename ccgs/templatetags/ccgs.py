"""Template helpers for ODS data, the closed-organisation banner, and the parts of the CCG
profile and the finder rendered once per content version."""

from functools import partial

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from ccgs import ods_text, selectors
from content_cache import content_cached, content_cached_many, search_cached

register = template.Library()


@register.filter
def ods_title(value):
    """ODS capitals in a readable case, abbreviations kept (ccgs/ods_text.py)."""
    return ods_text.ods_title(value)


@register.simple_tag
def ccg_page_url(ccg):
    """`{% ccg_page_url ccg as url %}`: the address of the CCG's page, or "" (no query)."""
    return selectors.ccg_page_url(ccg)


@register.inclusion_tag("ccgs/includes/closure_banner.html", takes_context=True)
def ccg_closure_banner(context):
    """The closure banner for a closed CCG's pages: its CMS section, practices and PCNs."""
    ccg = context.get("ccg")
    if ccg is not None:
        return {"closed_ccg": ccg if ccg.closed_on else None}
    request = context.get("request")
    return {"closed_ccg": selectors.closed_ccg_get(getattr(request, "current_page", None))}


@register.simple_tag
def ccg_profile_body(profile, source_note):
    """A CCG's profile below its page's own content (its areas, key figures, statements,
    objectives, PCNs with a link to each member practice, history): the same for every visitor
    until the content changes, and most of what rendering the page costs; rendered once per
    content version."""
    ccg = profile.ccg
    return mark_safe(  # noqa: S308 (the template's own escaped HTML)
        content_cached(
            f"ccgs:profile-body:{ccg.pk}",
            lambda: render_to_string(
                "ccgs/includes/profile_body.html",
                {
                    "profile": profile,
                    "ccg": ccg,
                    "pcns": selectors.ccg_pcn_list(ccg),
                    "source_note": source_note,
                },
            ),
        )
    )


@register.simple_tag
def pcn_list_body():
    """The PCN list's groups, every PCN by CCG with its practice count and a link: the same for
    every visitor until the content changes (an ODS import), and most of what rendering the
    page costs (a link and a date per PCN); rendered once per content version."""
    return mark_safe(  # noqa: S308 (the template's own escaped HTML)
        content_cached(
            "ccgs:pcn-list-body",
            lambda: render_to_string(
                "ccgs/includes/pcn_list_body.html", {"groups": selectors.pcn_list_by_ccg()}
            ),
        )
    )


@register.simple_tag
def practice_rows(practices):
    """The finder's result rows, one per practice: a row is the same in every search until the
    content changes, so each is rendered once per content version and read in one round trip
    with the others of its page (rendering twenty cost more than the search). The practices'
    PCNs are read only when a row is not kept. A page of rows, once put together, is kept in this
    server's memory with the search's results (`search_cached`): the same page again is one read."""
    practices = list(practices)

    def row_render(practice):
        if not hasattr(practice, "current_memberships"):
            # A row not kept: read the PCNs of the page's practices, once for all of them.
            selectors.practice_memberships_read(practices)
        return render_to_string("ccgs/includes/finder_row.html", {"practice": practice})

    def rows_read():
        rows = content_cached_many(
            {
                f"ccgs:finder-row:{practice.pk}": partial(row_render, practice)
                for practice in practices
            }
        )
        return "\n".join(rows)

    page = ",".join(str(practice.pk) for practice in practices)
    rows = search_cached(f"ccgs:finder-rows:{page}", rows_read)

    return mark_safe(rows)  # noqa: S308 (the template's own escaped HTML)
