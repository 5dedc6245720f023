"""`{% structured_data "practice" practice %}`: a thing's schema.org JSON-LD, escaped as Django's
`json_script` escapes (no `<`, `>` or `&` can close the element), in a data block the browser
never runs, so the strict Content-Security-Policy holds."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from search import structured_data

register = template.Library()

BUILDERS = {
    "practice": structured_data.practice_data,
    "meeting": structured_data.meeting_data,
    "publication": structured_data.publication_data,
}
# The escapes of django.utils.html.json_script.
ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def structured_data_for(context, kind, thing=None):
    request = context["request"]
    absolute = request.build_absolute_uri
    if kind == "ccg":
        return json_ld(structured_data.ccg_data(thing, absolute, request.path))
    if kind == "website":
        return json_ld(structured_data.website_data(absolute))
    if kind == "practices-dataset":
        return json_ld(structured_data.practices_dataset_data(absolute))
    return json_ld(BUILDERS[kind](thing, absolute))
