"""`{% children_rendered instance as body %}` (`{% load component_children %}`): a block's child
plugins as one piece of HTML, so the shared component templates (which take `body`) serve
plugins and hand-written pages alike. Named apart from `nhsuk`'s own tag library."""

from cms.templatetags.cms_tags import render_plugin
from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def children_rendered(context, instance):
    return mark_safe(
        "".join(render_plugin(context, child) for child in instance.child_plugin_instances or [])
    )
