"""The NHS.UK select renders what Django's select renders, each distinct one once per process."""

import pytest
from django import forms
from django.contrib.auth import get_user_model

from nhsuk.widgets import Select, _select_html
from tests.seedless import seed  # noqa: F401 (these tests need no seed content)

GROUPED = [
    ("", "All primary care networks"),
    ("NHS Leicester City CCG", [("U1", "Aegis PCN"), ("U2", "City Care & Co <PCN>")]),
    ("NHS West Leicestershire CCG", [("U3", "Hinckley Central PCN")]),
]


def django_select(name, value, attrs, choices):
    return forms.Select({"class": "nhsuk-select"}, choices).render(name, value, attrs)


def test_the_html_is_djangos_own():
    attrs = {"id": "id_pcn", "aria-describedby": "pcn-error"}
    html = Select(choices=GROUPED).render("pcn", "U2", attrs)
    assert html == django_select("pcn", "U2", attrs, GROUPED)
    assert 'class="nhsuk-select"' in html
    assert '<option value="U2" selected>City Care &amp; Co &lt;PCN&gt;</option>' in html
    assert '<optgroup label="NHS West Leicestershire CCG">' in html


def test_the_same_select_is_rendered_once():
    widget = Select(choices=GROUPED)
    widget.render("pcn", "U3", {"id": "id_pcn"})
    hits = _select_html.cache_info().hits
    assert widget.render("pcn", "U3", {"id": "id_pcn"}) == django_select(
        "pcn", "U3", {"id": "id_pcn"}, GROUPED
    )
    assert _select_html.cache_info().hits == hits + 1


def test_new_choices_or_a_new_value_render_afresh():
    widget = Select(choices=[("", "All CCGs"), ("04C", "Leicester City")])
    before = widget.render("ccg", "04C")
    widget.choices = [("", "All CCGs"), ("04C", "Leicester City"), ("04V", "West Leicestershire")]
    after = widget.render("ccg", "04C")
    assert "West Leicestershire" not in before and "West Leicestershire" in after
    assert 'value="04V" selected' in widget.render("ccg", "04V")


def test_a_change_inside_a_group_renders_afresh():
    widget = Select(choices=GROUPED)
    before = widget.render("pcn", "U3")
    renamed = [*GROUPED[:2], ("NHS West Leicestershire CCG", [("U3", "Hinckley PCN")])]
    widget.choices = renamed
    assert widget.render("pcn", "U3") == django_select("pcn", "U3", None, renamed)
    assert "Hinckley Central PCN" in before


def test_a_form_field_uses_it_as_any_select():
    class Form(forms.Form):
        ccg = forms.ChoiceField(choices=[("04C", "Leicester City")], widget=Select())

    html = str(Form({"ccg": "04C"})["ccg"])
    assert html == django_select("ccg", "04C", {"id": "id_ccg"}, [("04C", "Leicester City")])


@pytest.mark.django_db
def test_choices_from_a_query_are_read_each_time():
    User = get_user_model()
    field = forms.ModelChoiceField(queryset=User.objects.order_by("username"), widget=Select())
    User.objects.create(username="first-officer")
    assert "first-officer" in field.widget.render("officer", "")
    User.objects.create(username="second-officer")
    assert "second-officer" in field.widget.render("officer", "")
