"""Blocks for editors: a CCG's key figures and a timeline, for any page."""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from ccgs import selectors
from ccgs.models import KeyFiguresBlock, StatementsBlock, TimelineBlock


class CcgBlockPlugin(CMSPluginBase):
    module = "CCGs"
    cache = True
    fields = ["heading", "ccg"]


@plugin_pool.register_plugin
class KeyFiguresPlugin(CcgBlockPlugin):
    model = KeyFiguresBlock
    name = "Key figures of a CCG"
    render_template = "ccgs/plugins/key_figures.html"

    def render(self, context, instance, placeholder):
        run = selectors.ods_latest_run()
        context.update(
            {
                "heading": instance.heading,
                "figures": selectors.key_figures(instance.ccg),
                "ods_practice_count": selectors.active_gp_practice_count(instance.ccg),
                "source_note": selectors.ods_source_note(run),
            }
        )
        return context


@plugin_pool.register_plugin
class TimelinePlugin(CcgBlockPlugin):
    model = TimelineBlock
    name = "Timeline of a CCG"
    render_template = "ccgs/plugins/timeline.html"

    def render(self, context, instance, placeholder):
        context.update({"heading": instance.heading, "events": selectors.timeline(instance.ccg)})
        return context


@plugin_pool.register_plugin
class StatementsPlugin(CMSPluginBase):
    """One source for what the profile shows and what any other page says about the same."""

    model = StatementsBlock
    module = "CCGs"
    name = "Mission, values, goals or objectives of a CCG"
    render_template = "ccgs/plugins/statements.html"
    cache = True
    fields = ["ccg", "part"]

    def render(self, context, instance, placeholder):
        statements, objective_groups = selectors.ccg_statements(instance.ccg)
        context.update(
            {
                "part": instance.part,
                "statements": statements,
                "objective_groups": objective_groups,
            }
        )
        return context
