"""The responsive table tags write nhsuk-frontend 10's responsive table markup."""

import pytest
from django.template import Context, Template, TemplateSyntaxError

from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

AGENDA = (
    "{% load nhsuk_tables %}"
    '{% responsive_table "Reference" "Item" caption=caption '
    'caption_classes="nhsuk-u-visually-hidden" %}'
    "{% for ref, title in rows %}{% table_row %}"
    "{% table_cell header=True %}{{ ref }}{% endtable_cell %}"
    '{% table_cell %}<a href="/x/">{{ title }}</a>{% endtable_cell %}'
    "{% endtable_row %}{% endfor %}{% endresponsive_table %}"
)
HEADING = '<span class="nhsuk-table__heading" aria-hidden="true">{} </span>'


def render(source, **context):
    return Template(source).render(Context(context))


def test_table_renders_the_responsive_pattern_with_each_heading_in_each_cell():
    html = render(AGENDA, caption="Agenda", rows=[("B/1", "Finance"), ("B/2", "Quality & safety")])
    assert html == (
        '<table class="nhsuk-table nhsuk-table--responsive" role="table">'
        '<caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Agenda</caption>'
        '<thead class="nhsuk-table__head" role="rowgroup"><tr class="nhsuk-table__row" role="row">'
        '<th class="nhsuk-table__header" scope="col" role="columnheader">Reference</th>'
        '<th class="nhsuk-table__header" scope="col" role="columnheader">Item</th></tr></thead>'
        '<tbody class="nhsuk-table__body">'
        '<tr class="nhsuk-table__row" role="row">'
        '<th class="nhsuk-table__header" scope="row" role="rowheader">'
        + HEADING.format("Reference")
        + "<span>B/1</span></th>"
        '<td class="nhsuk-table__cell" role="cell">'
        '<span class="nhsuk-table__heading" aria-hidden="true">Item </span>'
        '<span><a href="/x/">Finance</a></span></td></tr>'
        '<tr class="nhsuk-table__row" role="row">'
        '<th class="nhsuk-table__header" scope="row" role="rowheader">'
        + HEADING.format("Reference")
        + "<span>B/2</span></th>"
        '<td class="nhsuk-table__cell" role="cell">'
        '<span class="nhsuk-table__heading" aria-hidden="true">Item </span>'
        '<span><a href="/x/">Quality &amp; safety</a></span></td></tr>'
        "</tbody></table>"
    )


def test_headings_and_caption_are_escaped():
    html = render(
        "{% load nhsuk_tables %}{% responsive_table heading caption=caption %}"
        "{% table_row %}{% table_cell %}1{% endtable_cell %}{% endtable_row %}"
        "{% endresponsive_table %}",
        heading="<b>Size</b>",
        caption="<script>",
    )
    assert "<b>" not in html and "<script>" not in html
    assert '<caption class="nhsuk-table__caption">&lt;script&gt;</caption>' in html
    assert 'aria-hidden="true">&lt;b&gt;Size&lt;/b&gt; </span>' in html


def test_a_row_with_more_cells_than_headings_fails_loudly():
    source = (
        '{% load nhsuk_tables %}{% responsive_table "Only" %}{% table_row %}'
        "{% table_cell %}1{% endtable_cell %}{% table_cell %}2{% endtable_cell %}"
        "{% endtable_row %}{% endresponsive_table %}"
    )
    with pytest.raises(TemplateSyntaxError, match="more cells than the table's 1 headings"):
        render(source)


@pytest.mark.parametrize(
    "source",
    [
        "{% load nhsuk_tables %}{% responsive_table %}{% endresponsive_table %}",
        '{% load nhsuk_tables %}{% responsive_table "A" colour="red" %}{% endresponsive_table %}',
        '{% load nhsuk_tables %}{% responsive_table caption="x" "A" %}{% endresponsive_table %}',
    ],
)
def test_a_table_without_headings_or_with_unknown_options_is_refused(source):
    with pytest.raises(TemplateSyntaxError):
        Template(source)


def test_a_cell_outside_a_table_row_is_refused():
    with pytest.raises(TemplateSyntaxError, match="inside table_row inside responsive_table"):
        render("{% load nhsuk_tables %}{% table_cell %}1{% endtable_cell %}")
