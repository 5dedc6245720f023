"""Public pages of email alerts: subscribe, confirm, manage, unsubscribe (one click)."""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from alerts import selectors, services, tokens
from alerts.forms import FrequencyForm, SubscribeForm, filters_read
from alerts.models import Subscription
from alerts.services import Outcome
from core.client_address import client_address

# What a link that did not work gets: the status, and what the page says.
PROBLEMS = {
    Outcome.INVALID: (
        400,
        "This link is not right",
        "The link is not complete or has been "
        "changed. Copy the whole link from the email, or use a newer email.",
    ),
    Outcome.EXPIRED: (
        410,
        "This link has expired",
        "Links to confirm a subscription work for "
        "7 days, other links for a year. Subscribe again, or use a newer email.",
    ),
    Outcome.GONE: (
        410,
        "You are not subscribed any more",
        "This subscription has ended, so "
        "there is nothing to change. You will not get any more of these emails.",
    ),
}


def _problem(request, outcome):
    status, title, explanation = PROBLEMS[outcome]
    context = {"title": title, "explanation": explanation}
    return render(request, "alerts/link_problem.html", context, status=status)


def _subscription_shown(filters):
    return Subscription(subscriber=None, frequency="", **filters)


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    filters = filters_read(request.POST if request.method == "POST" else request.GET)
    if filters is None:
        raise Http404("No such list of emails.")
    form = SubscribeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        outcome = services.subscription_request(
            email=form.cleaned_data["email"],
            frequency=form.cleaned_data["frequency"],
            client_address=client_address(request) or "",
            **filters,
        )
        if outcome is Outcome.SENT:
            return HttpResponseRedirect(reverse("alerts:check_email"))
        form.add_error(
            None,
            "You have asked for several subscriptions in the last hour. Wait an hour, then try "
            "again.",
        )
        status = 429
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "alerts/subscribe.html",
        {"form": form, "follows": _subscription_shown(filters).describe(), "params": filters},
        status=status,
    )


@require_GET
def check_email(request):
    return render(request, "alerts/check_email.html")


@never_cache
@require_GET
def confirm(request, token):
    outcome, subscription = services.subscription_confirm(token)
    if outcome in PROBLEMS:
        return _problem(request, outcome)
    return render(
        request,
        "alerts/confirmed.html",
        {
            "subscription": subscription,
            "already": outcome is Outcome.ALREADY_DONE,
            "manage_token": tokens.token_make(
                tokens.MANAGE, subscription.subscriber_id, subscription.subscriber.email
            ),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    outcome, subscriber = services.subscriber_from_link(tokens.MANAGE, token)
    if outcome in PROBLEMS:
        return _problem(request, outcome)
    if request.method == "POST":
        done = _manage_action(request.POST, subscriber)
        if done is None:
            return _problem(request, Outcome.GONE)
        if done == "ended":
            return render(request, "alerts/unsubscribed.html", {"everything": True})
        if done == "erased":
            return render(request, "alerts/erased.html")
        return HttpResponseRedirect(request.path)
    return render(
        request,
        "alerts/manage.html",
        {
            "subscriber": subscriber,
            "subscriptions": selectors.subscription_list(subscriber),
            "frequencies": Subscription.Frequency.choices,
        },
    )


def _manage_action(data, subscriber):
    """Apply one button of the manage page; what happened, or None for a stale button."""
    if "erase" in data:
        services.person_erase(subscriber.email)
        return "erased"
    if "end_all" in data:
        services.subscriber_end_all(subscriber)
        return "ended"
    subscription = selectors.subscription_of(subscriber, data.get("subscription", ""))
    if subscription is None:
        return None
    if "end" in data:
        services.subscription_end(subscription)
        return "ended" if not subscriber.subscriptions.exists() else "changed"
    form = FrequencyForm(data)
    if form.is_valid():
        services.subscription_frequency_change(subscription, form.cleaned_data["frequency"])
    return "changed"


# Mail programs send the one-click unsubscribe (RFC 8058) as a POST without a CSRF token; the
# signed link is what authorises it.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    outcome, subscription = services.subscriber_from_link(tokens.UNSUBSCRIBE, token)
    if outcome in PROBLEMS:
        return _problem(request, outcome)
    if request.method == "GET":
        return render(request, "alerts/unsubscribe.html", {"follows": subscription.describe()})
    services.subscription_end(subscription)
    return render(request, "alerts/unsubscribed.html", {"follows": subscription.describe()})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe_all(request, token):
    outcome, subscriber = services.subscriber_from_link(tokens.UNSUBSCRIBE_ALL, token)
    if outcome in PROBLEMS:
        return _problem(request, outcome)
    if request.method == "GET":
        return render(request, "alerts/unsubscribe.html", {"everything": True})
    services.subscriber_end_all(subscriber)
    return render(request, "alerts/unsubscribed.html", {"everything": True})


@never_cache
@require_http_methods(["GET", "POST"])
def erase(request, token):
    """ "Delete all my data" from any email: asks first, then erases everything of the address."""
    outcome, email = services.address_from_erase_link(token)
    if outcome is Outcome.GONE:  # its email, and so the data, were deleted already
        return render(request, "alerts/erased.html")
    if outcome in PROBLEMS:
        return _problem(request, outcome)
    if request.method == "GET":
        return render(request, "alerts/erase.html")
    services.person_erase(email)
    return render(request, "alerts/erased.html")
