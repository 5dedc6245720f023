"""`{% kept_placeholder "content" %}`: django CMS's `{% placeholder %}`, whose rendered HTML is
kept for visitors until the content changes (`content_cached`)::

    {% load kept_placeholders %}
    {% kept_placeholder "content" %}

The CMS caches a placeholder's HTML too, but reading it back costs every page a query for the
page's placeholders and two round trips to the shared cache; a kept placeholder costs neither
(each app server keeps its own copy, named by the content version read once per request).

Kept for visitors only, as the CMS's placeholder cache is (staff may see drafts and the editing
markup), and only what the CMS would cache for as long as the content lives: a placeholder
whose plugins expire sooner (`get_cache_expiration`, e.g. until an embargoed publication comes
out), vary by request (`get_vary_cache_on`) or add to sekizai's blocks is rendered by the CMS
every time (an entry notes that). The CMS still finds these tags as placeholders: the node is
the CMS's own, so the structure board and its templates' declared slots are unchanged.
"""

from urllib.parse import quote

from cms.models import PageContent
from cms.templatetags.cms_tags import Placeholder
from cms.toolbar.utils import get_toolbar_from_request
from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from sekizai.helpers import Watcher

from content_cache import content_cached, content_lifetime

register = template.Library()
# What an entry holds for a placeholder the CMS must render on every request.
RENDERED_EACH_TIME = None


class KeptPlaceholder(Placeholder):
    name = "kept_placeholder"

    def render_tag(self, context, name, extra_bits, nodelist=None):
        entry_name = _entry_name(context.get("request"), name, extra_bits, nodelist)
        if entry_name is None:
            return super().render_tag(context, name, extra_bits, nodelist)
        rendered = []

        def render_once():
            watcher = Watcher(context)
            rendered.append(super(KeptPlaceholder, self).render_tag(context, name, extra_bits))
            keep = not any(watcher.get_changes().values()) and _lives_as_content(
                context["request"], name
            )
            return str(rendered[0]) if keep else RENDERED_EACH_TIME

        kept = content_cached(entry_name, render_once)
        if kept is not RENDERED_EACH_TIME:
            return mark_safe(kept)  # noqa: S308 (the CMS's own rendering, kept)
        # Rendered each time: by `render_once` just now, or again.
        return rendered[0] if rendered else super().render_tag(context, name, extra_bits)


def _entry_name(request, slot, extra_bits, nodelist):
    """The name the placeholder is kept under, or None when it must be rendered by the CMS."""
    if request is None or request.user.is_authenticated or extra_bits or nodelist:
        return None  # `inherit` and `or` depend on other pages and on the template: not kept
    toolbar = get_toolbar_from_request(request)
    renderer = toolbar.get_content_renderer()
    page = renderer.current_page
    if toolbar.show_toolbar or not page or not renderer.placeholder_cache_is_enabled():
        return None
    if not isinstance(toolbar.get_object(), (PageContent, type(None))):
        return None  # a placeholder of an object shown by an app, not of the page
    return f"kept-placeholder:{get_language()}:{page.pk}:{quote(slot)}"


def _lives_as_content(request, slot):
    """Whether the placeholder the CMS has just rendered may be kept until the content changes."""
    renderer = get_toolbar_from_request(request).get_content_renderer()
    moment = timezone.now()
    return all(
        placeholder.get_cache_expiration(request, moment) >= content_lifetime()
        and not placeholder.get_vary_cache_on(request)
        for placeholder in renderer.get_rendered_placeholders()
        if placeholder.slot == slot
    )


register.tag(KeptPlaceholder.name, KeptPlaceholder)
