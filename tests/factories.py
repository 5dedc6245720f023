"""Builders for test data, instead of fixture files."""

import io
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from governance.models import AgendaItem, GoverningBody, Meeting, Person, Question

PASSWORD = "a-test-password-1"


def user_create(username, group_name=None, *, is_staff=True, is_superuser=False):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=is_staff, is_superuser=is_superuser
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def authenticator_create(user):
    """A confirmed authenticator app (TOTP) for the user; `totp_now(device)` gives its code."""
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def totp_now(device):
    """The code the member of staff's authenticator app shows now, as six digits."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def staff_sign_in(client, user):
    """Signs the user in as if through the staff sign-in, second factor given.

    `client.force_login` alone leaves staff half signed in: every page then asks for the code
    (django-otp's middleware reads the verifying device's id from the session).
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or authenticator_create(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def governing_body(code="04C"):
    """One of the three seeded governing bodies, by its CCG's code."""
    return GoverningBody.objects.select_related("ccg").get(ccg__code=code)


def person_create(name="Alex Example", **fields):
    return Person.objects.create(name=name, slug=fields.pop("slug", slugify(name)), **fields)


def meeting_create(*, days_ahead=14, body="04C", **fields):
    """A meeting `days_ahead` days from now (negative: in the past), taking questions until
    two days before it starts unless told otherwise."""
    default = (timezone.now() + timedelta(days=days_ahead)).replace(second=0, microsecond=0)
    starts_at = fields.pop("starts_at", default)
    fields.setdefault("question_deadline", starts_at - timedelta(days=2))
    fields.setdefault("venue", "Council Chamber, City Hall, Leicester")
    return Meeting.objects.create(
        governing_body=governing_body(body) if body else None, starts_at=starts_at, **fields
    )


def agenda_item_create(meeting, title="Quality and performance report", **fields):
    fields.setdefault("position", meeting.agenda_items.count() + 1)
    return AgendaItem.objects.create(meeting=meeting, title=title, **fields)


def question_create(agenda_item, **fields):
    fields.setdefault("name", "Sam Resident")
    fields.setdefault("email", "sam@example.com")
    fields.setdefault("text", "How will this affect waiting times?")
    return Question.objects.create(agenda_item=agenda_item, **fields)


def pdf_bytes(pages=1):
    """A real, minimal PDF with that many blank pages."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def publication_create(title="A test publication", *, ccgs=("04V",), **fields):
    from ccgs.models import Ccg
    from publications.models import DocumentType, Publication

    fields.setdefault("slug", slugify(title))
    fields.setdefault("status", Publication.Status.PUBLISHED)
    fields.setdefault("summary", f"Summary of {title}.")
    fields.setdefault("document_type", DocumentType.objects.get(slug="annual-report"))
    publication = Publication.objects.create(title=title, **fields)
    publication.ccgs.set(Ccg.objects.filter(code__in=ccgs))
    return publication


def file_add(
    publication, name="report.pdf", content=None, *, title="Full report", publication_file=None
):
    """Upload a file (or, given `document`, a new version of it) as the admin does."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from publications.models import PublicationFile
    from publications.services import file_version_add
    from publications.uploads import upload_check

    upload = SimpleUploadedFile(name, pdf_bytes() if content is None else content)
    if publication_file is None:
        publication_file = PublicationFile.objects.create(publication=publication, title=title)
    return file_version_add(publication_file, upload, upload_check(upload))
