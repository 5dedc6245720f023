"""Block tags that hand-written templates use to fill the NHS.UK component templates.

The components are plain templates under `nhsuk/components/` (CMS plugins render the same
files); these tags capture the HTML between them and pass it in::

    {% load nhsuk_components %}
    {% inset_text %}<p>This is a draft: only library staff can see it.</p>{% endinset_text %}
    {% warning_callout "Meeting cancelled" heading_level=2 %}<p>…</p>{% endwarning_callout %}
    {% summary_list %}
      {% summary_row "ODS code" %}{{ practice.code }}{% endsummary_row %}
      {% if practice.telephone %}{% summary_row "Telephone" %}…{% endsummary_row %}{% endif %}
    {% endsummary_list %}

and `{% breadcrumb_trail ancestors as crumbs %}` turns the menu's breadcrumb nodes into the
(title, url) pairs `nhsuk/components/breadcrumbs.html` takes.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from nhsuk.templatetags.nhsuk_tables import split_arguments

register = template.Library()

SUMMARY_ROWS = "_nhsuk_summary_rows"


def _block(parser, tag_name):
    nodelist = parser.parse((f"end{tag_name}",))
    parser.delete_first_token()
    return nodelist


class ComponentNode(template.Node):
    """Renders `template_name` with the captured HTML as `body` and the tag's arguments."""

    def __init__(self, template_name, nodelist, arguments):
        self.template_name = template_name
        self.nodelist = nodelist
        self.arguments = arguments

    def render(self, context):
        values = {name: value.resolve(context) for name, value in self.arguments.items()}
        values["body"] = mark_safe(self.nodelist.render(context).strip())
        return render_to_string(self.template_name, values)


@register.tag
def inset_text(parser, token):
    """`{% inset_text %}…{% endinset_text %}`; `visually_hidden_text=` changes "Information"."""
    positional, keywords = split_arguments(parser, token, "inset_text")
    if positional or set(keywords) - {"visually_hidden_text"}:
        raise template.TemplateSyntaxError("inset_text takes only visually_hidden_text=")
    return ComponentNode("nhsuk/components/inset_text.html", _block(parser, "inset_text"), keywords)


@register.tag
def warning_callout(parser, token):
    """`{% warning_callout heading heading_level=2 %}…{% endwarning_callout %}`."""
    positional, keywords = split_arguments(parser, token, "warning_callout")
    if len(positional) != 1 or set(keywords) - {"heading_level"}:
        raise template.TemplateSyntaxError(
            "warning_callout takes the heading, then optionally heading_level="
        )
    arguments = {"heading": positional[0], **keywords}
    return ComponentNode(
        "nhsuk/components/warning_callout.html", _block(parser, "warning_callout"), arguments
    )


class SummaryListNode(template.Node):
    def __init__(self, nodelist, keywords):
        self.nodelist = nodelist
        self.keywords = keywords

    def render(self, context):
        values = {name: value.resolve(context) for name, value in self.keywords.items()}
        rows = []
        with context.push({SUMMARY_ROWS: rows}):
            self.nodelist.render(context)
        return render_to_string("nhsuk/components/summary_list.html", {"rows": rows, **values})


class SummaryRowNode(template.Node):
    def __init__(self, key, nodelist):
        self.key = key
        self.nodelist = nodelist

    def render(self, context):
        if SUMMARY_ROWS not in context:
            raise template.TemplateSyntaxError("summary_row belongs inside summary_list")
        value = mark_safe(self.nodelist.render(context).strip())
        context[SUMMARY_ROWS].append({"key": self.key.resolve(context), "value": value})
        return ""


@register.tag
def summary_list(parser, token):
    """`{% summary_list borderless=True classes="…" %}` rows `{% endsummary_list %}`."""
    positional, keywords = split_arguments(parser, token, "summary_list")
    if positional or set(keywords) - {"borderless", "classes"}:
        raise template.TemplateSyntaxError("summary_list takes only borderless= and classes=")
    return SummaryListNode(_block(parser, "summary_list"), keywords)


@register.tag
def summary_row(parser, token):
    """`{% summary_row key %}value{% endsummary_row %}`: one row of the enclosing list."""
    positional, keywords = split_arguments(parser, token, "summary_row")
    if len(positional) != 1 or keywords:
        raise template.TemplateSyntaxError("summary_row takes the row's key")
    return SummaryRowNode(positional[0], _block(parser, "summary_row"))


@register.filter
def summary_has_actions(rows):
    """Whether any row has an action: rows without one then keep the actions column empty."""
    return any(_field(row, "action_url") for row in rows)


def _field(row, name):
    return row.get(name) if isinstance(row, dict) else getattr(row, name, None)


@register.filter
def says_important(heading):
    """nhsuk-frontend adds "Important: " for screen readers unless the heading says it."""
    return "Important" in str(heading) or "important" in str(heading)


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, ancestors):
    """(title, url) of each menu node from the home page down, but the page being shown.

    `show_breadcrumb` gives [None] when the menu has no home page (a draft in edit mode)."""
    path = context["request"].path
    return [
        (node.get_menu_title(), node.get_absolute_url())
        for node in ancestors
        if node is not None and node.get_absolute_url() != path
    ]
