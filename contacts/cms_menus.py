"""The "Contact us" page joins the CMS menu below the home page (nhsuk/menus.py), so its
breadcrumb comes from the one breadcrumb component."""

from django.urls import reverse
from menus.menu_pool import menu_pool

from nhsuk.menus import AppPage, AppPagesModifier


class ContactPageModifier(AppPagesModifier):
    def applies(self, match):
        return match.view_name == "contact"

    def pages(self):
        return [AppPage(reverse("contact"), "Contact us", reverse("pages-root"))]


menu_pool.register_modifier(ContactPageModifier)
