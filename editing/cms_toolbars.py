"""The Page menu's "Review dates…": the last-reviewed and next-review dates of the version shown."""

from cms.extensions.toolbar import ExtensionToolbar
from cms.toolbar_pool import toolbar_pool

from editing.models import PageReview


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
