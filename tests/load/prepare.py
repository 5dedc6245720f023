"""Content the load test needs besides the seed: a file to download.

Run in the site's environment: `manage.py shell -c "from tests.load.prepare import
download_ensure; download_ensure()"` prints the file's download URL.
"""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter

from publications.models import Publication, PublicationFile
from publications.services import file_version_add
from publications.uploads import upload_check

PUBLICATION_SLUG = "wres-reporting-template-2020-21"
BENCH_VENUE = "Council Chamber, City Hall, Leicester (load test)"


def download_ensure():
    """Upload a one-page PDF to a seed publication once; print its stable download URL."""
    publication = Publication.objects.get(slug=PUBLICATION_SLUG)
    document = PublicationFile.objects.filter(publication=publication).first()
    if document is None:
        writer = PdfWriter()
        writer.add_blank_page(width=595, height=842)
        buffer = io.BytesIO()
        writer.write(buffer)
        upload = SimpleUploadedFile("WRES template 2020-21.pdf", buffer.getvalue())
        document = PublicationFile.objects.create(publication=publication, title="Template")
        file_version_add(document, upload, upload_check(upload))
    print(document.get_absolute_url())


def meeting_ensure():
    """A held meeting of a governing body, with one agenda item, once; print its URL."""
    from datetime import timedelta

    from django.utils import timezone

    from governance.models import AgendaItem, GoverningBody, Meeting

    meeting = Meeting.objects.filter(venue=BENCH_VENUE).first()
    if meeting is None:
        starts_at = timezone.now().replace(second=0, microsecond=0) - timedelta(days=30)
        meeting = Meeting.objects.create(
            governing_body=GoverningBody.objects.order_by("pk").first(),
            starts_at=starts_at,
            question_deadline=starts_at - timedelta(days=2),
            venue=BENCH_VENUE,
            status=Meeting.Status.HELD,
        )
        AgendaItem.objects.create(meeting=meeting, title="Finance report", position=1)
    print(meeting.get_absolute_url())


def stock_page_ensure():
    """A published page on a stock django CMS template (tests/benchmarks/settings_rendered.py)
    with the text of a seed content page, out of the navigation, once; print its URL."""
    from cms.api import add_plugin, create_page
    from cms.models import Page, PageContent
    from django.conf import settings
    from djangocms_text.models import Text
    from djangocms_versioning.models import Version

    from llr_site.seed.account import seed_user

    page = Page.objects.filter(reverse_id="benchmark-stock-page").first()
    if page is None:
        user = seed_user()
        text = Text.objects.filter(
            placeholder__slot="content", body__icontains="commissioning"
        ).first()
        page = create_page(
            "Stock django CMS page",
            settings.STOCK_PAGE_TEMPLATE,
            settings.LANGUAGE_CODE,
            reverse_id="benchmark-stock-page",
            in_navigation=False,
            created_by=user,
        )
        content = PageContent.admin_manager.get(page=page)
        placeholder = content.rescan_placeholders()["content"]
        add_plugin(placeholder, "TextPlugin", settings.LANGUAGE_CODE, body=text.body)
        Version.objects.get_for_content(content).publish(user)
    print(page.get_absolute_url())


def staff_session_ensure():
    """A member of communications staff signed in with their second factor, as through the
    staff sign-in; print the session cookie's name and value (a new session each run)."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from llr_site.roles import COMMUNICATIONS_STAFF
    from tests.factories.users import staff_sign_in

    user, created = get_user_model().objects.get_or_create(
        username="benchmark-editor", defaults={"is_staff": True}
    )
    if created:
        user.set_unusable_password()
        user.save()
        user.groups.add(Group.objects.get(name=COMMUNICATIONS_STAFF))
    client = staff_sign_in(Client(), user)
    print(f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}")
