"""The footer's link to the staff sign-in, which brings staff back to the page they were on."""

from django import template

from llr_site.staff.views import sign_in_url

register = template.Library()


@register.simple_tag(takes_context=True)
def staff_sign_in_url(context):
    return sign_in_url(context.get("request"))
