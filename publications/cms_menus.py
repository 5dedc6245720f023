"""Publications join the CMS menu below the library's page (nhsuk/menus.py), so their
breadcrumbs, and their files' pages', come from the one breadcrumb component."""

from menus.menu_pool import menu_pool

from nhsuk.menus import AppPagesModifier
from publications.selectors import publication_page_list


class PublicationPagesModifier(AppPagesModifier):
    app_name = "publications"

    def pages(self):
        return publication_page_list()


menu_pool.register_modifier(PublicationPagesModifier)
