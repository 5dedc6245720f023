"""What triggers emails, read from the other apps' saves without touching their code: each
save is compared with the row as it was (read in pre_save), and what changed is recorded as a
notice or a question email after the save commits. Nothing is sent here."""

from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from alerts import questions
from alerts.fanout import embargo_end, notice_record
from alerts.models import Notice
from governance.models import AgendaItem, Meeting, Question
from publications.models import ChangeNote, Publication

KIND = Notice.Kind


def _before(instance, *fields):
    if instance.pk is None:
        return None
    return type(instance).objects.filter(pk=instance.pk).values(*fields).first()


def _due(publication):
    """When a publication may be announced: now, or when its embargo ends."""
    # As saved: a date given as text ("2020-01-01") is only converted in the database.
    day = Publication._meta.get_field("first_published").to_python(publication.first_published)
    if day is not None and day > timezone.localdate():
        return embargo_end(day)
    return timezone.now()


@receiver(pre_save, sender=Publication, dispatch_uid="alerts_publication_before")
def publication_before(sender, instance, raw=False, **kwargs):
    instance._alerts_before = None if raw else _before(instance, "status", "first_published")


@receiver(post_save, sender=Publication, dispatch_uid="alerts_publication_saved")
def publication_saved(sender, instance, created, raw=False, **kwargs):
    if raw or instance.status != Publication.Status.PUBLISHED:
        return
    before = getattr(instance, "_alerts_before", None) or {}
    key = f"publication:{instance.pk}:published"
    if before.get("status") != Publication.Status.PUBLISHED:
        notice_record(key=key, kind=KIND.PUBLISHED, publication=instance, due_at=_due(instance))
    elif before.get("first_published") != instance.first_published:
        # The embargo moved before it ended: the announcement moves with it.
        Notice.objects.filter(key=key, fanned_out_at__isnull=True).update(due_at=_due(instance))


@receiver(post_save, sender=ChangeNote, dispatch_uid="alerts_change_note_saved")
def change_note_saved(sender, instance, created, raw=False, **kwargs):
    publication = instance.publication
    if raw or not created or publication.status != Publication.Status.PUBLISHED:
        return
    if _due(publication) > timezone.now():
        return  # still embargoed: the announcement of its publication will say it all
    notice_record(
        key=f"publication:{publication.pk}:change:{instance.pk}",
        kind=KIND.UPDATED,
        publication=publication,
        detail=instance.text,
    )


@receiver(pre_save, sender=Meeting, dispatch_uid="alerts_meeting_before")
def meeting_before(sender, instance, raw=False, **kwargs):
    instance._alerts_before = (
        None if raw else _before(instance, "starts_at", "status", "minutes_id")
    )


@receiver(post_save, sender=Meeting, dispatch_uid="alerts_meeting_saved")
def meeting_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_alerts_before", None)
    key = f"meeting:{instance.pk}"
    cancelled = instance.status == Meeting.Status.CANCELLED
    if before is None:
        if not cancelled:
            notice_record(key=f"{key}:added", kind=KIND.MEETING_ADDED, meeting=instance)
    else:
        if before["starts_at"] != instance.starts_at and not cancelled:
            moved_to = instance.starts_at.isoformat()
            notice_record(key=f"{key}:moved:{moved_to}", kind=KIND.MEETING_MOVED, meeting=instance)
        if before["status"] != instance.status and cancelled:
            notice_record(key=f"{key}:cancelled", kind=KIND.MEETING_CANCELLED, meeting=instance)
        if before["status"] != instance.status and instance.status == Meeting.Status.HELD:
            _answers_published(instance)
    if instance.minutes_id and (before is None or before["minutes_id"] != instance.minutes_id):
        minutes = instance.minutes
        notice_record(
            key=f"{key}:minutes:{minutes.pk}",
            kind=KIND.MINUTES_ADDED,
            meeting=instance,
            publication=minutes,
            due_at=_due(minutes),
        )


@receiver(m2m_changed, sender=AgendaItem.papers.through, dispatch_uid="alerts_papers_added")
def papers_added(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add" or not pk_set:
        return
    if reverse:  # publication.agenda_items.add(...)
        pairs = [(item, instance) for item in AgendaItem.objects.filter(pk__in=pk_set)]
    else:
        pairs = [(instance, paper) for paper in Publication.objects.filter(pk__in=pk_set)]
    for item, paper in pairs:
        if paper.status != Publication.Status.PUBLISHED:
            continue  # a draft paper is announced by nobody; once published, by its own notice
        notice_record(
            key=f"meeting:{item.meeting_id}:paper:{paper.pk}",
            kind=KIND.PAPERS_ADDED,
            meeting=item.meeting,
            publication=paper,
            due_at=_due(paper),
        )


def _answers_published(meeting):
    answered = Question.objects.filter(
        agenda_item__meeting=meeting, status=Question.Status.ACCEPTED
    ).exclude(answer="")
    for question_id in answered.values_list("pk", flat=True):
        questions.question_emails_after_commit(question_id, [questions.ANSWERED])


@receiver(pre_save, sender=Question, dispatch_uid="alerts_question_before")
def question_before(sender, instance, raw=False, **kwargs):
    instance._alerts_before = None if raw else _before(instance, "status", "answer")


@receiver(post_save, sender=Question, dispatch_uid="alerts_question_saved")
def question_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_alerts_before", None)
    if created or before is None:
        questions.question_emails_after_commit(instance.pk, [questions.RECEIVED])
        return
    events = []
    if before["status"] != instance.status and instance.status in (
        Question.Status.ACCEPTED,
        Question.Status.REJECTED,
    ):
        events.append(instance.status)
    if (
        instance.status == Question.Status.ACCEPTED
        and instance.answer
        and (before["answer"] != instance.answer or before["status"] != instance.status)
        and instance.agenda_item.meeting.status == Meeting.Status.HELD
    ):
        events.append(questions.ANSWERED)
    if events:
        questions.question_emails_after_commit(instance.pk, events)
