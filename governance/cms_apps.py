from cms.app_base import CMSApp
from cms.apphook_pool import apphook_pool


@apphook_pool.register
class GovernanceApphook(CMSApp):
    """Governing bodies, people and board meetings, under the page that carries this app."""

    name = "Governance"
    app_name = "governance"

    def get_urls(self, page=None, language=None, **kwargs):
        return ["governance.urls"]
