"""Practices and PCNs join the CMS menu below the pages their apps hang on (nhsuk/menus.py), so
their breadcrumbs come from the one breadcrumb component. A CCG's profile is its CMS page."""

from menus.menu_pool import menu_pool

from ccgs.selectors import pcn_page_list, practice_page_list
from nhsuk.menus import AppPagesModifier


class PracticePagesModifier(AppPagesModifier):
    app_name = "practices"

    def pages(self):
        return practice_page_list()


class PcnPagesModifier(AppPagesModifier):
    app_name = "pcns"

    def pages(self):
        return pcn_page_list()


menu_pool.register_modifier(PracticePagesModifier)
menu_pool.register_modifier(PcnPagesModifier)
