"""Hangs the publications library on a CMS page, so editors own its place in the menu."""

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool


@apphook_pool.register
class PublicationsApphook(CMSApp):
    app_name = "publications"
    name = "Publications library"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["publications.urls"]
