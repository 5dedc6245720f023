"""Template helpers for ODS data and the closed-organisation banner."""

from django import template

from ccgs import ods_text
from ccgs.selectors import closed_ccg_get

register = template.Library()


@register.filter
def ods_title(value):
    """ODS capitals in a readable case, abbreviations kept (ccgs/ods_text.py)."""
    return ods_text.ods_title(value)


@register.inclusion_tag("ccgs/includes/closure_banner.html", takes_context=True)
def ccg_closure_banner(context):
    """The closure banner for a closed CCG's pages: its CMS section, practices and PCNs."""
    ccg = context.get("ccg")
    if ccg is not None:
        return {"closed_ccg": ccg if ccg.closed_on else None}
    request = context.get("request")
    return {"closed_ccg": closed_ccg_get(getattr(request, "current_page", None))}
