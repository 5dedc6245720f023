"""Background jobs (django-tasks; run by `manage.py db_worker`). Each only reads ids from the
queue and is safe to run twice: the work it does is keyed in the database."""

from django_tasks import task


@task()
def notice_fan_out(notice_id):
    """Write a notice's deliveries and its immediate emails, then send them."""
    from alerts.fanout import notice_fan_out as fan_out

    return fan_out(notice_id)


@task()
def outbox_flush():
    """Send every due email in the outbox."""
    from alerts.outbox import outbox_send_due

    return outbox_send_due()
