"""NHS.UK components in the plugin picker: one base class; each plugin sets its model, template,
fields and what may go inside it (or around it)."""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.http import HttpResponseBadRequest

from nhsuk_components import selectors
from nhsuk_components.images import image_sources
from nhsuk_components.links import link_url, links_gone
from nhsuk_components.models import (
    ActionLinkBlock,
    CardBlock,
    CardGroupBlock,
    ContentsListBlock,
    DetailsBlock,
    DoDontListBlock,
    ExpanderGroupBlock,
    ImageBlock,
    InsetTextBlock,
    LinkItemBlock,
    RelatedPagesBlock,
    SummaryListBlock,
    SummaryListRowBlock,
    TableBlock,
    WarningCalloutBlock,
)

# What fits inside a component's body: text and the small components, never a card or a group.
BODY_CHILDREN = [
    "TextPlugin",
    "SummaryListPlugin",
    "TablePlugin",
    "ActionLinkPlugin",
    "DoDontListPlugin",
    "ImagePlugin",
]


class ComponentPlugin(CMSPluginBase):
    """An NHS.UK component; the page cache keeps it like any other content."""

    module = "NHS.UK components"
    cache = True
    # Whether this component shows its children's links itself (chosen pages), so that a gone
    # one marks this component.
    shows_child_links = False

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context.update(self.component_context(instance, context))
        # Staff in edit mode see which component lost a link (visitors see it without the link);
        # always set, so that a component inside this one is not marked for this one's link.
        toolbar = getattr(context.get("request"), "toolbar", None)
        blocks = [instance]
        if self.shows_child_links:
            blocks += instance.child_plugin_instances or []
        context["link_gone"] = bool(toolbar and toolbar.edit_mode_active and links_gone(blocks))
        return context

    def get_render_template(self, context, instance, placeholder):
        if context.get("link_gone"):
            context["component_template"] = self.render_template
            return "nhsuk_components/link_gone.html"
        return self.render_template

    def component_context(self, instance, context):
        return {}

    def add_view(self, request, form_url="", extra_context=None):
        """Refuse a component inside a block that does not take it (the picker offers only
        what fits; the CMS does not check a request made without it)."""
        parent = getattr(self, "_cms_initial_attributes", {}).get("parent")
        if parent is not None:
            parent_class = parent.get_plugin_class()
            fits = parent_class.allow_children and self.__class__.__name__ in (
                parent_class.get_child_classes(parent.placeholder.slot, instance=parent)
            )
            if not fits:
                return HttpResponseBadRequest(
                    f"A {self.name.lower()} cannot go inside the {parent_class.name.lower()} block."
                )
        return super().add_view(request, form_url, extra_context)


@plugin_pool.register_plugin
class CardPlugin(ComponentPlugin):
    model = CardBlock
    name = "Card"
    render_template = "nhsuk_components/card.html"
    fields = ["variant", "heading", "heading_level", "description", "link", "image"]
    allow_children = True
    child_classes = ["TextPlugin", "SummaryListPlugin", "ActionLinkPlugin", "DoDontListPlugin"]

    def component_context(self, instance, context):
        return {
            "variant": instance.variant,
            "heading": instance.heading,
            "heading_level": instance.heading_level,
            "description": instance.description,
            "href": link_url(instance.link),
            "image": image_sources(instance.image_id) if instance.image_id else None,
            "care": instance.variant in CardBlock.CARE,
        }


@plugin_pool.register_plugin
class CardGroupPlugin(ComponentPlugin):
    model = CardGroupBlock
    name = "Card group"
    render_template = "nhsuk_components/card_group.html"
    allow_children = True
    child_classes = ["CardPlugin"]

    COLUMN_CLASSES = {2: "one-half", 3: "one-third", 4: "one-quarter"}

    def component_context(self, instance, context):
        return {"column_class": self.COLUMN_CLASSES[instance.columns]}


@plugin_pool.register_plugin
class InsetTextPlugin(ComponentPlugin):
    model = InsetTextBlock
    name = "Inset text"
    render_template = "nhsuk_components/inset_text.html"
    allow_children = True
    child_classes = ["TextPlugin"]


@plugin_pool.register_plugin
class WarningCalloutPlugin(ComponentPlugin):
    model = WarningCalloutBlock
    name = "Warning callout"
    render_template = "nhsuk_components/warning_callout.html"
    fields = ["heading", "heading_level"]
    allow_children = True
    child_classes = ["TextPlugin"]

    def component_context(self, instance, context):
        return {"heading": instance.heading, "heading_level": instance.heading_level}


@plugin_pool.register_plugin
class DetailsPlugin(ComponentPlugin):
    model = DetailsBlock
    name = "Details or expander"
    render_template = "nhsuk_components/details.html"
    fields = ["summary", "kind"]
    allow_children = True
    child_classes = BODY_CHILDREN

    def component_context(self, instance, context):
        return {
            "summary": instance.summary,
            "expander": instance.kind == DetailsBlock.Kind.EXPANDER,
        }


@plugin_pool.register_plugin
class ExpanderGroupPlugin(ComponentPlugin):
    model = ExpanderGroupBlock
    name = "Expander group"
    render_template = "nhsuk_components/expander_group.html"
    allow_children = True
    child_classes = ["DetailsPlugin"]


@plugin_pool.register_plugin
class DoDontListPlugin(ComponentPlugin):
    model = DoDontListBlock
    name = "Do and don't list"
    render_template = "nhsuk/components/do_dont_list.html"
    fields = ["kind", "heading_level", "items"]

    def component_context(self, instance, context):
        return {
            "kind": instance.kind,
            "heading_level": instance.heading_level,
            "items": instance.item_list(),
        }


@plugin_pool.register_plugin
class ActionLinkPlugin(ComponentPlugin):
    model = ActionLinkBlock
    name = "Action link"
    render_template = "nhsuk/components/action_link.html"
    fields = ["text", "link"]

    def component_context(self, instance, context):
        return {"text": instance.text, "href": link_url(instance.link)}


@plugin_pool.register_plugin
class SummaryListPlugin(ComponentPlugin):
    model = SummaryListBlock
    name = "Summary list"
    render_template = "nhsuk_components/summary_list.html"
    fields = ["borderless"]
    allow_children = True
    child_classes = ["SummaryListRowPlugin"]

    def component_context(self, instance, context):
        return {"borderless": instance.borderless}


@plugin_pool.register_plugin
class SummaryListRowPlugin(ComponentPlugin):
    """A row, rendered by its list (a summary list's rows are one <dl>)."""

    model = SummaryListRowBlock
    name = "Summary list row"
    render_template = "nhsuk_components/summary_list_row.html"
    fields = ["key", "value"]
    require_parent = True
    parent_classes = ["SummaryListPlugin"]


@plugin_pool.register_plugin
class TablePlugin(ComponentPlugin):
    model = TableBlock
    name = "Table"
    render_template = "nhsuk/components/table.html"
    fields = ["caption", "rows", "first_column_headers"]

    def component_context(self, instance, context):
        headings, rows = instance.parsed()
        return {
            "caption": instance.caption,
            "headings": headings,
            "rows": rows,
            "first_column_headers": instance.first_column_headers,
        }


@plugin_pool.register_plugin
class ContentsListPlugin(ComponentPlugin):
    model = ContentsListBlock
    name = "Contents list"
    render_template = "nhsuk/components/contents_list.html"
    fields = ["source"]
    allow_children = True
    shows_child_links = True
    child_classes = ["LinkItemPlugin"]

    def component_context(self, instance, context):
        if instance.source == ContentsListBlock.Source.CHOSEN:
            items = [
                {"text": child.text, "href": href, "current": False}
                for child in instance.child_plugin_instances or []
                if (href := link_url(child.link))
            ]
        else:
            page = context["request"].current_page
            items = [
                {"text": title, "href": url, "current": current}
                for title, url, current in selectors.section_page_list(page, instance.language)
            ]
        return {"items": items}


@plugin_pool.register_plugin
class RelatedPagesPlugin(ComponentPlugin):
    model = RelatedPagesBlock
    name = "Related pages"
    render_template = "nhsuk_components/related_pages.html"
    fields = ["heading"]
    allow_children = True
    shows_child_links = True
    child_classes = ["LinkItemPlugin"]

    def component_context(self, instance, context):
        return {
            "heading": instance.heading,
            "items": [
                {"text": child.text, "href": link_url(child.link)}
                for child in instance.child_plugin_instances or []
            ],
        }


@plugin_pool.register_plugin
class LinkItemPlugin(ComponentPlugin):
    """A chosen page in a contents list or related pages, rendered by its parent."""

    model = LinkItemBlock
    name = "Chosen page"
    render_template = "nhsuk_components/empty.html"
    fields = ["text", "link"]
    require_parent = True
    parent_classes = ["ContentsListPlugin", "RelatedPagesPlugin"]


@plugin_pool.register_plugin
class ImagePlugin(ComponentPlugin):
    model = ImageBlock
    name = "Image"
    render_template = "nhsuk/components/image.html"
    fields = ["image", "alt_text", "decorative", "caption"]

    def component_context(self, instance, context):
        return {
            **(image_sources(instance.image_id) or {}),
            "alt": "" if instance.decorative else instance.alt_text,
            "caption": instance.caption,
        }
