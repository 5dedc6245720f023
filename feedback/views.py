"""Receives the feedback form of every page. The pages themselves stay cacheable: the form
carries no CSRF token (so no cookie) and posts here; nothing about a visitor changes a page."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.client_address import client_address
from feedback import services
from feedback.forms import FeedbackForm


# Without a CSRF token: a forged "Yes" costs nothing more than one typed by a robot, and both
# are limited per address; a token would put a cookie on every page and make it uncacheable.
@csrf_exempt
@never_cache
@require_POST
def give(request):
    form = FeedbackForm(request.POST)
    back = form.data.get("path", "/")
    if form.is_from_a_robot:
        return render(request, "feedback/thanks.html", {"back": "/"})
    if not form.is_valid():
        return render(request, "feedback/problem.html", {"form": form}, status=400)
    address = client_address(request) or ""
    if services.feedback_rate_limited(address):
        return render(request, "feedback/problem.html", {"limited": True}, status=429)
    services.feedback_give(
        path=form.cleaned_data["path"],
        useful=form.cleaned_data["useful"],
        doing=form.cleaned_data["doing"],
        went_wrong=form.cleaned_data["went_wrong"],
    )
    return render(request, "feedback/thanks.html", {"back": back})
