"""The NHS.UK responsive table, marked up as nhsuk-frontend 10's table component renders it.

Below the desktop breakpoint each row becomes a card and every cell shows its column's heading
beside its value, so a table of any width fits a 320 px screen (WCAG 2.2 reflow). The markup
has to repeat each heading in every cell; these tags write it from one list of headings::

    {% load nhsuk_tables %}
    {% responsive_table "Reference" "Item" caption="Agenda" caption_classes="…" %}
    (or `headings=a_list` when the columns are data, as in the editors' table block)
      {% for item in items %}
      {% table_row %}
        {% table_cell %}{{ item.reference }}{% endtable_cell %}
        {% table_cell %}<a href="{{ item.url }}">{{ item.title }}</a>{% endtable_cell %}
      {% endtable_row %}
      {% endfor %}
    {% endresponsive_table %}

Each cell takes the heading of its position in the row: a row with more cells than headings
is a mistake in the template and fails loudly.
"""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()

HEADINGS = "_nhsuk_table_headings"
POSITION = "_nhsuk_table_position"


def split_arguments(parser, token, tag_name):
    """Positional arguments and keyword arguments of a tag, as filter expressions."""
    positional, keywords = [], {}
    for bit in token.split_contents()[1:]:
        name, equals, value = bit.partition("=")
        if equals and name.isidentifier():
            keywords[name] = parser.compile_filter(value)
        elif keywords:
            raise template.TemplateSyntaxError(
                f"{tag_name}: positional arguments must come before keyword arguments"
            )
        else:
            positional.append(parser.compile_filter(bit))
    return positional, keywords


class ResponsiveTableNode(template.Node):
    def __init__(self, nodelist, headings, keywords):
        self.nodelist = nodelist
        self.headings = headings
        self.keywords = keywords

    def render(self, context):
        options = {name: value.resolve(context) for name, value in self.keywords.items()}
        listed = [heading.resolve(context) for heading in self.headings]
        headings = [str(heading) for heading in (options.get("headings") or listed)]
        with context.push({HEADINGS: headings}):
            body = self.nodelist.render(context)
        caption = ""
        if options.get("caption"):
            classes = " ".join(
                filter(None, ["nhsuk-table__caption", options.get("caption_classes")])
            )
            caption = format_html('<caption class="{}">{}</caption>', classes, options["caption"])
        head = format_html_join(
            "",
            '<th class="nhsuk-table__header" scope="col" role="columnheader">{}</th>',
            ((heading,) for heading in headings),
        )
        return format_html(
            '<table class="nhsuk-table nhsuk-table--responsive" role="table">{}'
            '<thead class="nhsuk-table__head" role="rowgroup">'
            '<tr class="nhsuk-table__row" role="row">{}</tr></thead>'
            '<tbody class="nhsuk-table__body">{}</tbody></table>',
            caption,
            head,
            body,
        )


class TableRowNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        # A mutable counter: each cell rendered inside this row takes the next heading.
        with context.push({POSITION: [0]}):
            cells = self.nodelist.render(context)
        return format_html('<tr class="nhsuk-table__row" role="row">{}</tr>', cells)


class TableCellNode(template.Node):
    def __init__(self, nodelist, keywords):
        self.nodelist = nodelist
        self.keywords = keywords

    def render(self, context):
        if HEADINGS not in context or POSITION not in context:
            raise template.TemplateSyntaxError(
                "table_cell belongs inside table_row inside responsive_table"
            )
        headings, position = context[HEADINGS], context[POSITION]
        if position[0] >= len(headings):
            raise template.TemplateSyntaxError(
                f"this row has more cells than the table's {len(headings)} headings"
            )
        heading = headings[position[0]]
        position[0] += 1
        is_row_header = bool(self.keywords["header"].resolve(context)) if self.keywords else False
        # The value is wrapped in its own span: a cell is a flex box on small screens, and bare
        # text beside links would otherwise become several flex items spread across the row.
        inner = format_html(
            '<span class="nhsuk-table__heading" aria-hidden="true">{} </span><span>{}</span>',
            heading,
            self.nodelist.render(context),
        )
        if is_row_header:
            return format_html(
                '<th class="nhsuk-table__header" scope="row" role="rowheader">{}</th>', inner
            )
        return format_html('<td class="nhsuk-table__cell" role="cell">{}</td>', inner)


@register.tag
def responsive_table(parser, token):
    """`{% responsive_table "Heading" ... caption="…" caption_classes="…" %}`: a table."""
    headings, keywords = split_arguments(parser, token, "responsive_table")
    unknown = set(keywords) - {"caption", "caption_classes", "headings"}
    if not (headings or "headings" in keywords) or unknown:
        raise template.TemplateSyntaxError(
            "responsive_table takes the column headings (or headings= a list of them), then "
            "caption= and caption_classes="
        )
    nodelist = parser.parse(("endresponsive_table",))
    parser.delete_first_token()
    return ResponsiveTableNode(nodelist, headings, keywords)


@register.tag
def table_row(parser, token):
    """One row of a responsive table."""
    nodelist = parser.parse(("endtable_row",))
    parser.delete_first_token()
    return TableRowNode(nodelist)


@register.tag
def table_cell(parser, token):
    """One cell, under the heading of its position; `header=True` makes it the row's header."""
    positional, keywords = split_arguments(parser, token, "table_cell")
    if positional or set(keywords) - {"header"}:
        raise template.TemplateSyntaxError("table_cell takes only header=")
    nodelist = parser.parse(("endtable_cell",))
    parser.delete_first_token()
    return TableCellNode(nodelist, keywords)
