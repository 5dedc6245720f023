"""The NHS.UK component templates render the markup of nhsuk-frontend 10's own fixtures (the
`fixtures.json` published with each component): the same elements, classes, heading levels
and visually hidden prefixes. The block tags fill the same templates."""

import json
import re
from pathlib import Path

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.template.loader import render_to_string
from django.test.html import parse_html
from django.utils.safestring import mark_safe

from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

COMPONENTS = (
    Path(__file__).resolve().parents[2] / "node_modules/nhsuk-frontend/dist/nhsuk/components"
)


def fixture(component, name):
    fixtures = json.loads((COMPONENTS / component / "fixtures.json").read_text())["fixtures"]
    return next(item for item in fixtures if item["name"] == name)


def without_role_text(html):
    """nhsuk-frontend wraps a prefixed heading in `<span role="text">`, which is not an ARIA
    role (the HTML checker refuses it): our components leave the wrapper out."""
    unwrapped = re.sub(
        r'<span role="text">\s*(<span.*?</span>.*?)\s*</span>', r"\1", html, flags=re.S
    )
    assert unwrapped != html
    return unwrapped


def assert_same_markup(rendered, expected):
    assert parse_html(rendered) == parse_html(expected), f"{rendered}\n!=\n{expected}"


def render(source, **context):
    return Template("{% load nhsuk_components %}" + source).render(Context(context))


def test_inset_text_matches_the_fixture_with_html():
    example = fixture("inset-text", "with HTML")
    html = render_to_string(
        "nhsuk/components/inset_text.html", {"body": mark_safe(example["context"]["html"])}
    )
    assert_same_markup(html, example["html"])


def test_inset_text_tag_renders_the_fixture_and_escapes_what_it_is_given():
    example = fixture("inset-text", "default")
    html = render("{% inset_text %}<p>{{ text }}</p>{% endinset_text %}", **example["context"])
    assert_same_markup(html, example["html"])
    assert "&lt;b&gt;" in render("{% inset_text %}<p>{{ x }}</p>{% endinset_text %}", x="<b>")


def test_inset_text_prefix_can_say_what_the_text_is():
    html = render(
        '{% inset_text visually_hidden_text="Question and answer" %}<p>Q</p>{% endinset_text %}'
    )
    assert '<span class="nhsuk-u-visually-hidden">Question and answer: </span>' in html


def test_warning_callout_matches_the_fixture_with_a_custom_heading():
    """A heading without "important" gets the "Important: " prefix for screen readers."""
    example = fixture("warning-callout", "with custom heading")
    context = example["context"]
    html = render(
        '{% warning_callout heading %}<p class="nhsuk-card__description">{{ text }}</p>'
        "{% endwarning_callout %}",
        heading=context["heading"]["text"],
        text=context["text"],
    )
    assert_same_markup(html, without_role_text(example["html"]))


def test_warning_callout_heading_that_says_important_has_no_prefix():
    example = fixture("warning-callout", "with HTML")
    html = render_to_string(
        "nhsuk/components/warning_callout.html",
        {"heading": "Important", "body": mark_safe(example["context"]["html"])},
    )
    assert_same_markup(html, example["html"])


@pytest.mark.parametrize("level", [2, 4])
def test_warning_callout_heading_level_is_chosen(level):
    example = fixture("warning-callout", "with custom heading")
    context = example["context"]
    html = render(
        '{% warning_callout heading heading_level=level %}<p class="nhsuk-card__description">'
        "{{ text }}</p>{% endwarning_callout %}",
        heading=context["heading"]["text"],
        text=context["text"],
        level=level,
    )
    expected = without_role_text(example["html"])
    expected = expected.replace("<h3 ", f"<h{level} ").replace("</h3>", f"</h{level}>")
    assert_same_markup(html, expected)


def summary_rows(context):
    """The fixture's rows in the component's interface."""
    rows = []
    for row in context["rows"]:
        value = row["value"]
        item = {"key": row["key"]["text"], "value": mark_safe(value.get("html") or value["text"])}
        actions = row.get("actions", {}).get("items", [])
        if actions:
            item |= {
                "action_url": actions[0]["href"],
                "action_text": actions[0]["text"],
                "action_hidden_text": actions[0]["visuallyHiddenText"],
            }
        rows.append(item)
    return rows


@pytest.mark.parametrize(
    ("name", "options"),
    [("default", {}), ("with actions", {}), ("without border", {"borderless": True})],
)
def test_summary_list_matches_the_fixture(name, options):
    example = fixture("summary-list", name)
    html = render_to_string(
        "nhsuk/components/summary_list.html", {"rows": summary_rows(example["context"]), **options}
    )
    assert_same_markup(html, example["html"])


def test_summary_list_marks_rows_without_an_action_when_others_have_one():
    html = render_to_string(
        "nhsuk/components/summary_list.html",
        {
            "rows": [
                {"key": "Name", "value": "Karen Francis"},
                {"key": "Age", "value": "40", "action_url": "#", "action_text": "Change"},
            ]
        },
    )
    assert html.count("nhsuk-summary-list__row--no-actions") == 1


def test_summary_list_tags_render_the_fixture():
    example = fixture("summary-list", "default")
    source = (
        "{% summary_list %}{% for row in rows %}{% summary_row row.key %}{{ row.value }}"
        "{% endsummary_row %}{% endfor %}{% endsummary_list %}"
    )
    assert_same_markup(render(source, rows=summary_rows(example["context"])), example["html"])


def test_summary_row_values_are_escaped_unless_marked_safe_and_rows_can_be_skipped():
    html = render(
        '{% summary_list classes="llr-key-figures" %}'
        "{% summary_row key %}{{ value }}{% endsummary_row %}"
        '{% if missing %}{% summary_row "Skipped" %}x{% endsummary_row %}{% endif %}'
        "{% endsummary_list %}",
        key="<Key>",
        value="<script>",
    )
    assert '<dl class="nhsuk-summary-list llr-key-figures">' in html
    assert "&lt;Key&gt;" in html and "&lt;script&gt;" in html and "Skipped" not in html


def test_breadcrumbs_match_the_fixture():
    example = fixture("breadcrumb", "default")
    crumbs = [(item["text"], item["href"]) for item in example["context"]["items"]]
    html = render_to_string(
        "nhsuk/components/breadcrumbs.html", {"crumbs": crumbs, "back": crumbs[-1]}
    )
    assert_same_markup(html, example["html"])


@pytest.mark.parametrize(
    "source",
    [
        "{% summary_row 'Key' %}x{% endsummary_row %}",
        "{% summary_list colour='red' %}{% endsummary_list %}",
        "{% warning_callout %}x{% endwarning_callout %}",
        "{% inset_text 'x' %}x{% endinset_text %}",
    ],
)
def test_tags_used_wrongly_fail_loudly(source):
    with pytest.raises(TemplateSyntaxError):
        render(source)


def test_breadcrumb_trail_leaves_out_the_page_shown_and_a_missing_home_page(rf):
    from menus.base import NavigationNode

    home, section = NavigationNode("Home", "/", 1), NavigationNode("Governance", "/governance/", 2)
    here = NavigationNode("Board meetings", "/governance/meetings/", 3)
    source = "{% breadcrumb_trail ancestors as crumbs %}{{ crumbs }}"
    request = rf.get("/governance/meetings/")
    html = render(source, request=request, ancestors=[home, section, here])
    assert (
        html
        == "[(&#x27;Home&#x27;, &#x27;/&#x27;), (&#x27;Governance&#x27;, &#x27;/governance/&#x27;)]"
    )
    assert render(source, request=request, ancestors=[None]) == "[]"
