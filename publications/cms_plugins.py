"""The "Latest publications" plugin, which communications staff place on any page."""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from publications.models import LatestPublicationsBlock
from publications.selectors import embargo_next_end, publication_latest


@plugin_pool.register_plugin
class LatestPublicationsPlugin(CMSPluginBase):
    model = LatestPublicationsBlock
    name = "Latest publications"
    module = "Publications"
    render_template = "publications/plugins/latest_publications.html"
    fields = ["heading", "document_type", "ccg", "count"]

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["publications"] = publication_latest(
            document_type=instance.document_type, ccg=instance.ccg, count=instance.count
        )
        return context

    def get_cache_expiration(self, request, instance, placeholder):
        # The CMS keeps rendered pages and placeholders; a copy made before an embargo ends
        # must expire when it does, so the publication appears without anyone acting.
        return embargo_next_end()
