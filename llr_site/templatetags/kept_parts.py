"""`{% kept_part "name" %}…{% endkept_part %}`: a part of every page that no request changes,
rendered once per content version in each server's memory (`server_cached`)::

    {% load kept_parts %}
    {% kept_part "footer-links" %}<a href="{% url 'contact' %}">Contact</a>{% endkept_part %}
    {% kept_part "header-service" organisation_name=organisation_name %}…{% endkept_part %}

For the parts around every page's content: the stylesheet and script links, the header's logo
and search form, the footer's links, the feedback form's fixed fields. Rendering them cost each
page about 0.4 ms of its 3 ms.

A part is rendered in a context of its own, holding only the values given to the tag, never
the request: what a request changes (an address to come back to after signing in, the path a
feedback form reports) stays outside, and a variable forgotten renders empty in every test.
The values are part of the kept part's name (by their repr): give only values the same on every
request. Kept in this server's memory alone, as a part may name static files by their hashed
names, which each deploy changes. A part must not add to sekizai's blocks.
"""

import hashlib

from django import template
from django.template.base import token_kwargs
from django.utils.safestring import mark_safe

from content_cache import server_cached

register = template.Library()


class KeptPartNode(template.Node):
    def __init__(self, name, values, nodelist):
        self.name = name
        self.values = values
        self.nodelist = nodelist

    def render(self, context):
        values = {key: value.resolve(context) for key, value in self.values.items()}
        name = f"part:{self.name}"
        if values:
            named = repr(sorted(values.items())).encode(errors="surrogatepass")
            name += ":" + hashlib.blake2b(named, digest_size=16).hexdigest()
        return mark_safe(server_cached(name, lambda: self._render(context, values)))  # noqa: S308

    def _render(self, context, values):
        part = context.new(values)
        part.request = None  # as if there were none: `{% url %}` takes no app from it
        return self.nodelist.render(part)


@register.tag
def kept_part(parser, token):
    bits = token.split_contents()
    usage = f'Usage: {{% {bits[0]} "name" [key=value …] %}}…{{% end{bits[0]} %}}'
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError(usage)
    rest = bits[2:]
    values = token_kwargs(rest, parser)
    if rest:
        raise template.TemplateSyntaxError(usage)
    nodelist = parser.parse(("endkept_part",))
    parser.delete_first_token()
    return KeptPartNode(bits[1][1:-1], values, nodelist)
