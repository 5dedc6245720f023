"""`{% menu_fragment "name" %}…{% endmenu_fragment %}`: a part of the page drawn from the CMS
menu, rendered once for visitors and kept until the content changes (`nhsuk.menus`)::

    {% load menu_tags nhsuk_menus %}
    {% menu_fragment "navigation" %}{% show_menu 0 0 0 0 "…" %}{% endmenu_fragment %}
    {% menu_fragment "breadcrumb" per_address %}{% show_breadcrumb … %}{% endmenu_fragment %}

Building the menu (its tree read from the cache, then marked for the page) is most of what the
header, the breadcrumb and "In this section" cost; a page whose parts are all kept builds none.
A part must not add to sekizai's blocks: what it adds would be lost when it is kept.
"""

from django import template
from django.utils.safestring import mark_safe

from content_cache import content_cached
from nhsuk.menus import menu_fragment_name

register = template.Library()


class MenuFragmentNode(template.Node):
    def __init__(self, name, per_address, nodelist):
        self.name = name
        self.per_address = per_address
        self.nodelist = nodelist

    def render(self, context):
        name = menu_fragment_name(context.get("request"), self.name, self.per_address)
        if name is None:
            return self.nodelist.render(context)
        return mark_safe(content_cached(name, lambda: self.nodelist.render(context)))  # noqa: S308


@register.tag
def menu_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) not in (2, 3) or bits[1][0] not in "\"'" or bits[2:] not in ([], ["per_address"]):
        raise template.TemplateSyntaxError(
            f'Usage: {{% {bits[0]} "name" [per_address] %}}…{{% end{bits[0]} %}}'
        )
    nodelist = parser.parse(("endmenu_fragment",))
    parser.delete_first_token()
    return MenuFragmentNode(bits[1][1:-1], bool(bits[2:]), nodelist)
