"""Every page edits the same way (issue 12.6), and the Page menu's "Review dates…".

A page with an apphook (CCG profiles, finder, PCNs, library, governance) is rendered by its app's
view, which does not tell the toolbar which page content it shows; without it the toolbar has no
New draft, Edit, Preview, Publish or Versions. `ApphookPageToolbar` tells it, on the page's own
address (not on the records the app shows below it). `PreviewPublishToolbar` adds Publish to the
preview of a draft, which djangocms-versioning offers only in edit mode. `SharedContentToolbar`
is djangocms-alias's own, for staff whose toolbar has no Create button.
"""

from cms.extensions.toolbar import ExtensionToolbar
from cms.models import PageContent
from cms.toolbar.items import ButtonList
from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from django.urls import reverse
from django.utils.translation import gettext
from djangocms_alias.cms_toolbars import AliasToolbar
from djangocms_versioning.constants import DRAFT
from djangocms_versioning.models import Version

from editing.models import PageReview


@toolbar_pool.register
class ApphookPageToolbar(CMSToolbar):
    def populate(self):
        page = self.request.current_page
        if self.toolbar.get_object() is not None or not page or not page.application_urls:
            return
        if self.request.path != page.get_absolute_url():
            return
        content = page.get_content_obj(self.current_lang)
        if content is not None:
            self.toolbar.set_object(content)


@toolbar_pool.register
class PreviewPublishToolbar(CMSToolbar):
    def post_template_populate(self):
        content = self.toolbar.get_object()
        if not self.toolbar.preview_mode_active or not isinstance(content, PageContent):
            return
        if not self.request.user.has_perm("cms.publish_page"):
            return
        version = Version.objects.get_for_content(content)
        if version.state != DRAFT:
            return
        item = ButtonList(side=self.toolbar.RIGHT)
        item.add_button(
            "Publish",
            url=reverse("admin:djangocms_versioning_pagecontentversion_publish", args=[version.pk]),
            extra_classes=[
                "cms-btn-action",
                "cms-form-post-method",
                "cms-versioning-js-publish-btn",
            ],
        )
        self.toolbar.add_item(item)


@toolbar_pool.register
class PageReviewToolbar(ExtensionToolbar):
    model = PageReview

    def populate(self):
        menu = self._setup_extension_toolbar()
        if menu is None or self.page_content is None:
            return
        _, url = self.get_page_content_extension_admin()
        if url:
            menu.add_modal_item(
                "Review dates…", url=url, disabled=not self.toolbar.edit_mode_active
            )


toolbar_pool.unregister(AliasToolbar)


@toolbar_pool.register
class SharedContentToolbar(AliasToolbar):
    """djangocms-alias's toolbar, which assumes the toolbar's Create button is there on its
    admin pages; for staff who may not change pages `PageEditorsOnlyToolbar` (llr_site) has
    removed it, and the assumption was an IndexError: a 500 instead of their 403."""

    def enable_create_wizard_button(self):
        buttons = [
            button
            for result in self.toolbar.find_items(item_type=ButtonList)
            for button in result.item.buttons
        ]
        if any(button.name == gettext("Create") for button in buttons):
            super().enable_create_wizard_button()
