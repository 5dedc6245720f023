"""Pages made and published in tests as communications staff would, through versioning."""

from cms.api import add_plugin, create_page
from cms.models import Page, PageContent
from django.conf import settings
from djangocms_versioning.models import Version

from tests.factories import UserFactory


def editor():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username="editor").first() or UserFactory(
        username="editor", group="Communications staff"
    )


def page_publish(
    title, *, parent_reverse_id=None, template="pages/content.html", text=None, **fields
):
    """A new page under the seeded page `parent_reverse_id`, published; returns the Page.

    In the navigation unless told otherwise, as the CMS's page form has it (`create_page`'s own
    default is the opposite).
    """
    fields.setdefault("in_navigation", True)
    parent = Page.objects.get(reverse_id=parent_reverse_id) if parent_reverse_id else None
    page = create_page(
        title, template, settings.LANGUAGE_CODE, parent=parent, created_by=editor(), **fields
    )
    draft = PageContent.admin_manager.get(page=page, language=settings.LANGUAGE_CODE)
    if text is not None:
        placeholder = draft.rescan_placeholders()["content"]
        add_plugin(placeholder, "TextPlugin", settings.LANGUAGE_CODE, body=text)
    Version.objects.get_for_content(draft).publish(editor())
    return page


def page_unpublish(page):
    content = PageContent.objects.get(page=page, language=settings.LANGUAGE_CODE)
    Version.objects.get_for_content(content).unpublish(editor())
