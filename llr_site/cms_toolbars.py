"""The CMS toolbar for staff who may not edit pages (governance officers).

django CMS shows every staff member the page menu, the version menu and the page buttons
(Create, New draft, Preview, Structure), whether or not they may use them. Staff without
`cms.change_page` keep only what they can use: the site menu (Administration, User settings,
Logout) and Help.
"""

# Imported first so that their toolbars are registered before ours: toolbars run in the order
# they were registered, and ours must see what the CMS, versioning and the text editor added.
import cms.cms_toolbars  # noqa: F401, I001
import djangocms_text.cms_toolbars  # noqa: F401
import djangocms_versioning.cms_toolbars
from cms.cms_toolbars import LANGUAGE_MENU_IDENTIFIER, PAGE_MENU_IDENTIFIER
from cms.toolbar.items import ButtonList
from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool

PAGE_EDITING_MENUS = [
    PAGE_MENU_IDENTIFIER,
    djangocms_versioning.cms_toolbars.VERSIONING_MENU_IDENTIFIER,
    LANGUAGE_MENU_IDENTIFIER,
]


@toolbar_pool.register
class PageEditorsOnlyToolbar(CMSToolbar):
    """Removes the page-editing menus and buttons for staff who may not change pages."""

    def post_template_populate(self):
        if self.request.user.has_perm("cms.change_page"):
            return
        for identifier in PAGE_EDITING_MENUS:
            menu = self.toolbar.get_menu(identifier)
            if menu is not None:
                self.toolbar.remove_item(menu)
        # Every button on the right is a page action: Create (the page wizard), Edit, New draft,
        # Preview, Publish, and the Structure/Content switch.
        for item in [*self.toolbar.right_items, *self.toolbar.last_right_items]:
            if isinstance(item, ButtonList):
                self.toolbar.remove_item(item)
