"""`{% kept_part %}`: a part of every page that no request changes, rendered once per content
version in each server's memory, and never holding anything of the request."""

import pytest
from django.template import RequestContext, Template, TemplateSyntaxError
from django.test import RequestFactory

from content_cache import content_changed

pytestmark = pytest.mark.django_db


def rendered(source, path="/", **values):
    request = RequestFactory().get(path)
    template = Template("{% load kept_parts %}" + source)
    return template.render(RequestContext(request, values))


class Reads:
    """A value whose text counts the times it was read, under one name (its repr)."""

    def __init__(self):
        self.count = 0

    def __repr__(self):
        return "reads"

    def __str__(self):
        self.count += 1
        return str(self.count)


def test_a_part_is_rendered_once_and_the_rest_each_time():
    source = '{% kept_part "clock" reads=reads %}{{ reads }}{% endkept_part %}|{{ reads }}'
    reads = Reads()
    assert rendered(source, reads=reads) == "1|2"
    assert rendered(source, reads=reads) == "1|3"


def test_nothing_of_the_request_or_the_page_s_context_gets_in():
    source = '{% kept_part "footer" %}[{{ request.path }}][{{ title }}]{% endkept_part %}'
    assert rendered(source, path="/cookies/", title="Cookies") == "[][]"


def test_values_given_to_the_tag_are_part_of_its_name():
    source = '{% kept_part "header" name=name %}{{ name }}{% endkept_part %}'
    assert rendered(source, name="LLR CCGs") == "LLR CCGs"
    assert rendered(source, name="Other") == "Other"
    assert rendered(source, name="LLR CCGs") == "LLR CCGs"


def test_a_content_change_renders_it_again(django_capture_on_commit_callbacks):
    source = '{% kept_part "links" reads=reads %}{{ reads }}{% endkept_part %}'
    reads = Reads()
    assert [rendered(source, reads=reads) for _ in range(3)] == ["1", "1", "1"]
    with django_capture_on_commit_callbacks(execute=True):
        content_changed()
    assert [rendered(source, reads=reads) for _ in range(3)] == ["2", "2", "2"]


def test_urls_and_includes_work_inside_and_are_escaped_as_outside():
    source = (
        '{% kept_part "search" label=label %}<a href="{% url "search" %}">{{ label }}</a>'
        "{% endkept_part %}"
    )
    assert rendered(source, label="A & B") == '<a href="/search/">A &amp; B</a>'


@pytest.mark.parametrize(
    "source",
    [
        "{% kept_part %}x{% endkept_part %}",
        "{% kept_part footer %}x{% endkept_part %}",
        '{% kept_part "footer" request %}x{% endkept_part %}',
    ],
)
def test_a_part_needs_a_quoted_name_and_only_named_values(source):
    with pytest.raises(TemplateSyntaxError, match="kept_part"):
        Template("{% load kept_parts %}" + source)
