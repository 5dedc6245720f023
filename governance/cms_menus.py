"""Board meetings, governing bodies and people join the CMS menu below the governance page
(nhsuk/menus.py), so their breadcrumbs come from the one breadcrumb component."""

from menus.menu_pool import menu_pool

from governance.selectors import governance_page_list
from nhsuk.menus import AppPagesModifier


class GovernancePagesModifier(AppPagesModifier):
    app_name = "governance"

    def pages(self):
        return governance_page_list()


menu_pool.register_modifier(GovernancePagesModifier)
