from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from governance import selectors
from governance.models import NextMeetingBlock


@plugin_pool.register_plugin
class NextMeetingPlugin(CMSPluginBase):
    """The next board meeting held in public, of one governing body or of any."""

    model = NextMeetingBlock
    name = "Next board meeting"
    module = "Governance"
    render_template = "governance/plugins/next_meeting.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["meeting"] = selectors.meeting_next_get(governing_body=instance.governing_body)
        return context

    def get_cache_expiration(self, request, instance, placeholder):
        # The page cache must not go on showing a meeting once it has started.
        meeting = selectors.meeting_next_get(governing_body=instance.governing_body)
        return meeting.starts_at if meeting else None
