"""The contact details in any template: `{% load contacts %}{% contact_details as contact %}`."""

from django import template

from contacts.selectors import contact_details_get

register = template.Library()


def contact_details_for(context):
    """The record, read once per request however many blocks of the page show it."""
    request = context.get("request")
    if request is None:
        return contact_details_get()
    if not hasattr(request, "_contact_details"):
        request._contact_details = contact_details_get()
    return request._contact_details


@register.simple_tag(takes_context=True)
def contact_details(context):
    return contact_details_for(context)


@register.simple_tag(takes_context=True)
def contact_channels(context, kind):
    """How to reach one contact (general, accessibility, dpo, foi): see ContactDetails.channels."""
    return contact_details_for(context).channels(kind)


@register.filter
def channels(details, kind):
    """`details|channels:"dpo"`: how to reach one contact of the record."""
    return details.channels(kind)
