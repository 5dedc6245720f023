"""Parts of the governance pages rendered once for everyone until the content changes."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from content_cache import content_cached
from publications.selectors import embargo_seconds_left

register = template.Library()


@register.simple_tag
def meeting_agenda(meeting):
    """The meeting's public agenda with each item's papers: the same for every visitor until the
    content changes or the next embargo ends (a paper then comes out); rendered once for them."""
    return mark_safe(  # noqa: S308 (the template's own escaped HTML)
        content_cached(
            f"governance:agenda:{meeting.pk}",
            lambda: render_to_string("governance/includes/agenda.html", {"meeting": meeting}),
            timeout=embargo_seconds_left(),
        )
    )
