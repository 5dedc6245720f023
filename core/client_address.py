"""The visitor's address, read from the one header the site trusts (see settings)."""

from django.conf import settings


def client_address(request):
    """REMOTE_ADDR, or behind a proxy the header it sets (CLIENT_ADDRESS_HEADER).

    One setting for the whole site: the questions' rate limit, sign-in lockouts and the audit
    trail all count the same address, and none of them trusts a header any client can send.
    """
    return request.META.get(settings.CLIENT_ADDRESS_HEADER, "") or None
