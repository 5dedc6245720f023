"""Writing emails: plain text and accessible HTML from templates, absolute links on the site's
domain, and the one-click unsubscribe headers of RFC 8058."""

from django.conf import settings
from django.contrib.sites.models import Site
from django.template.loader import render_to_string
from django.urls import reverse

from alerts import tokens


def absolute(path):
    scheme = "http" if settings.DEBUG else "https"
    return f"{scheme}://{Site.objects.get_current().domain}{path}"


def manage_url(subscriber):
    token = tokens.token_make(tokens.MANAGE, subscriber.pk, subscriber.email)
    return absolute(reverse("alerts:manage", kwargs={"token": token}))


def unsubscribe_url(subscription):
    token = tokens.token_make(tokens.UNSUBSCRIBE, subscription.pk, subscription.subscriber.email)
    return absolute(reverse("alerts:unsubscribe", kwargs={"token": token}))


def unsubscribe_all_url(subscriber):
    token = tokens.token_make(tokens.UNSUBSCRIBE_ALL, subscriber.pk, subscriber.email)
    return absolute(reverse("alerts:unsubscribe_all", kwargs={"token": token}))


def erase_url(message_key):
    """ "Delete all my data", in any email (named by its key): the address it was sent to loses
    its subscriptions, emails and the name and address on its questions."""
    token = tokens.erase_token_make(message_key)
    return absolute(reverse("alerts:erase", kwargs={"token": token}))


def list_headers(url):
    """One-click unsubscribe (RFC 8058): mail programs POST `List-Unsubscribe=One-Click` there."""
    return {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def render(name, key, context):
    """(subject, text, html) from alerts/email/<name>.txt and .html of the outbox message `key`;
    the subject is the text template's first line."""
    context = {"site_url": absolute("/"), "erase_url": erase_url(key), **context}
    text = render_to_string(f"alerts/email/{name}.txt", context).strip() + "\n"
    subject, _, body = text.partition("\n")
    html = render_to_string(f"alerts/email/{name}.html", {**context, "subject": subject})
    return subject.strip(), body.strip() + "\n", html
