"""The ccgs app's views, hung on pages of the CMS tree so editors own the menus and URLs."""

from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool


@apphook_pool.register
class CcgProfileApphook(CMSApp):
    name = "CCG profile (for a CCG's own page)"
    app_name = "ccg_profile"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["ccgs.urls.profile"]


@apphook_pool.register
class PracticesApphook(CMSApp):
    name = "GP practice finder"
    app_name = "practices"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["ccgs.urls.practices"]


@apphook_pool.register
class PcnsApphook(CMSApp):
    name = "Primary care networks"
    app_name = "pcns"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["ccgs.urls.pcns"]
