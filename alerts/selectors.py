"""Reads for alerts."""

from alerts.models import Subscription


def subscription_list(subscriber):
    return list(
        subscriber.subscriptions.select_related("document_type", "ccg", "governing_body__ccg")
    )


def subscription_of(subscriber, pk):
    """One of the subscriber's subscriptions by id (as typed in a form), or None."""
    if not str(pk).isdigit() or len(str(pk)) > 18:
        return None
    return (
        Subscription.objects.select_related("subscriber")
        .filter(subscriber=subscriber, pk=int(pk))
        .first()
    )
