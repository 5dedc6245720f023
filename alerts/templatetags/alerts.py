"""`{% alerts_subscribe_url "publications" type=... ccg=... year=... %}` and
`{% alerts_subscribe_url "meetings" body=slug %}`: the "Get emails" link of a page's topic."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def alerts_subscribe_url(topic, **filters):
    query = [("topic", topic)] + [(name, value) for name, value in filters.items() if value]
    return f"{reverse('alerts:subscribe')}?{urlencode(query)}"
