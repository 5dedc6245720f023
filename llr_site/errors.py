"""The 403 pages: refused access and a form sent without its security token, in the NHS look.

Each says what happened and what the reader can do instead: sign in with another account, go to
the home page, or ask the team that manages staff accounts.
"""

from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.csrf import requires_csrf_token


def _sign_in_url(request):
    """The staff sign-in page, coming back here after signing in."""
    return f"{reverse('staff_sign_in')}?{urlencode({'next': request.get_full_path()})}"


@requires_csrf_token  # the page's sign-out form needs a token, even when no view asked for one
def permission_denied(request, exception=None):
    return render(
        request,
        "403.html",
        {"sign_in_url": _sign_in_url(request), "here": request.get_full_path()},
        status=403,
    )


def csrf_failure(request, reason=""):
    # The reason Django gives ("CSRF cookie not set.", "Referer checking failed …") is for
    # developers; visitors get what to do about it, and the reason stays out of the page.
    return render(request, "403_csrf.html", {"here": request.get_full_path()}, status=403)
