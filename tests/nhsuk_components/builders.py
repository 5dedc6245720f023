"""Pages built from component blocks, and images for the media library, for the tests."""

import io
from dataclasses import dataclass

from cms.api import add_plugin, create_page
from cms.models import PageContent
from django.conf import settings
from django.core.files.base import ContentFile
from djangocms_versioning.models import Version
from filer.models import Image as FilerImage
from PIL import Image

from llr_site.roles import COMMUNICATIONS_STAFF
from tests.factories import UserFactory

LANGUAGE = settings.LANGUAGE_CODE


def png_bytes(width=1600, height=900, fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 94, 184)).save(buffer, format=fmt)
    return buffer.getvalue()


def library_image(name="ward.png", width=1600, height=900):
    """An image in the media library, as if uploaded."""
    image = FilerImage(original_filename=name)
    image.file.save(name, ContentFile(png_bytes(width, height)), save=False)
    image.save()
    return image


def author():
    user = UserFactory(username="page-author", group=COMMUNICATIONS_STAFF)
    return user


@dataclass
class Draft:
    """A new page's draft: the page, its content, its content placeholder and its author."""

    page: object
    content: object
    slot: object
    user: object

    def publish(self):
        Version.objects.get_for_content(self.content).publish(self.user)


def draft_page(title="Components", slug="components", user=None, parent=None):
    user = user or author()
    page = create_page(
        title, "pages/content.html", LANGUAGE, slug=slug, created_by=user, parent=parent
    )
    content = PageContent.admin_manager.get(page=page, language=LANGUAGE)
    return Draft(page, content, content.rescan_placeholders()["content"], user)


def text(placeholder, parent, html):
    return add_plugin(placeholder, "TextPlugin", LANGUAGE, target=parent, body=html)


def add(placeholder, plugin_type, parent=None, **fields):
    return add_plugin(placeholder, plugin_type, LANGUAGE, target=parent, **fields)
