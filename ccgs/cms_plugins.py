"""Blocks for editors: a CCG's key figures and a timeline, for any page."""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from ccgs import selectors
from ccgs.models import KeyFiguresBlock, StatementsBlock, TimelineBlock
from ccgs.ods_text import ods_source_note


class CcgBlockPlugin(CMSPluginBase):
    """A block about one CCG (or all three), rendered from the records."""

    module = "CCGs"
    cache = True
    fields = ["heading", "ccg"]


@plugin_pool.register_plugin
class KeyFiguresPlugin(CcgBlockPlugin):
    model = KeyFiguresBlock
    name = "Key figures of a CCG"
    render_template = "ccgs/plugins/key_figures.html"

    def render(self, context, instance, placeholder):
        ccg = selectors.ccg_list_counted().get(pk=instance.ccg_id)
        context.update(
            {
                "heading": instance.heading,
                "figures": selectors.key_figure_list(ccg),
                "ods_practice_count": ccg.active_gp_practices,
                "source_note": ods_source_note(selectors.ods_import_run_latest()),
            }
        )
        return context


@plugin_pool.register_plugin
class TimelinePlugin(CcgBlockPlugin):
    model = TimelineBlock
    name = "Timeline of a CCG"
    render_template = "ccgs/plugins/timeline.html"

    def render(self, context, instance, placeholder):
        context.update(
            {"heading": instance.heading, "events": selectors.timeline_event_list(instance.ccg)}
        )
        return context


@plugin_pool.register_plugin
class StatementsPlugin(CcgBlockPlugin):
    """One source for what the profile shows and what any other page says about the same."""

    model = StatementsBlock
    name = "Mission, values, goals or objectives of a CCG"
    fields = ["ccg", "part"]

    def get_render_template(self, context, instance, placeholder):
        if instance.part == StatementsBlock.Part.OBJECTIVES:
            return "ccgs/includes/objectives.html"
        return "ccgs/includes/mission_values_goals.html"

    def render(self, context, instance, placeholder):
        statements, objective_groups = selectors.ccg_statement_list(instance.ccg)
        context.update(
            {
                "part": instance.part,
                "statements": statements,
                "objective_groups": objective_groups,
            }
        )
        return context
