"""The "Contact details" block for editors: one of the contacts of the record, on any page."""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from contacts.models import ContactDetailsBlock
from contacts.templatetags.contacts import contact_details_for


@plugin_pool.register_plugin
class ContactDetailsPlugin(CMSPluginBase):
    model = ContactDetailsBlock
    name = "Contact details"
    module = "Contact details"
    render_template = "contacts/plugins/contact_details.html"
    fields = ["kind"]
    # Cached with the page: saving the record drops the cached pages and placeholders
    # that show it (content_cache).
    cache = True

    def render(self, context, instance, placeholder):
        context["contact"] = contact_details_for(context).channels(instance.kind)
        return context
