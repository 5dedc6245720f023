"""Template helpers for ODS data and the closed-organisation banner."""

import re

from django import template
from django.template.defaultfilters import title

from ccgs.selectors import closed_ccg_for_page

register = template.Library()

# ODS publishes names in capitals; these stay in capitals when a name is title-cased.
ACRONYMS = frozenset({"PCN", "GP", "GPS", "NHS", "CCG", "LLR", "UHL", "BCSC", "OOH", "HMP", "UK"})
WORD = re.compile(r"[A-Za-z]+")


@register.filter
def ods_title(value):
    """'THE FOX'S PCN' -> "The Fox's PCN"."""
    return WORD.sub(
        lambda word: word[0].upper() if word[0].upper() in ACRONYMS else word[0], title(value)
    )


@register.inclusion_tag("ccgs/includes/closure_banner.html", takes_context=True)
def ccg_closure_banner(context):
    """The closure banner for a closed CCG's pages: its CMS section, practices and PCNs."""
    ccg = context.get("ccg")
    if ccg is not None:
        return {"closed_ccg": ccg if ccg.closed_on else None}
    request = context.get("request")
    return {"closed_ccg": closed_ccg_for_page(getattr(request, "current_page", None))}
