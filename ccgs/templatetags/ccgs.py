"""Template helpers for ODS data and the closed-organisation banner."""

import re

from django import template
from django.template.defaultfilters import title

from ccgs.selectors import closed_ccg_for_page

register = template.Library()

# ODS publishes names in capitals; these stay in capitals when a name is title-cased.
ACRONYMS = frozenset({"PCN", "GP", "GPS", "NHS", "CCG", "LLR", "UHL", "BCSC", "OOH", "HMP", "UK"})
SMALL_WORDS = frozenset({"and", "of", "the", "in", "on", "at", "for", "to"})
WORD = re.compile(r"[A-Za-z]+")


def _word_case(match):
    word = match[0]
    if word.upper() in ACRONYMS:
        return word.upper()
    if word.lower() in SMALL_WORDS and match.start() > 0:
        return word.lower()
    return word


@register.filter
def ods_title(value):
    """'MELTON, SYSTON AND VALE PCN' -> 'Melton, Syston and Vale PCN'."""
    return WORD.sub(_word_case, title(value))


@register.inclusion_tag("ccgs/includes/closure_banner.html", takes_context=True)
def ccg_closure_banner(context):
    """The closure banner for a closed CCG's pages: its CMS section, practices and PCNs."""
    ccg = context.get("ccg")
    if ccg is not None:
        return {"closed_ccg": ccg if ccg.closed_on else None}
    request = context.get("request")
    return {"closed_ccg": closed_ccg_for_page(getattr(request, "current_page", None))}
