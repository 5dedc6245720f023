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
        context["meeting"] = self.meeting(instance)
        return context

    def get_cache_expiration(self, request, instance, placeholder):
        # The page cache must not go on showing a meeting once it has started.
        meeting = self.meeting(instance)
        return meeting.starts_at if meeting else None

    @staticmethod
    def meeting(instance):
        """The next meeting, read once per rendering: django CMS asks the same block for its
        cache expiry while loading the page's plugins, then renders it."""
        if not hasattr(instance, "_next_meeting"):
            instance._next_meeting = selectors.meeting_next_get(
                governing_body=instance.governing_body
            )
        return instance._next_meeting
