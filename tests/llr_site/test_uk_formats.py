"""British English everywhere: dd/mm/yyyy typed and shown in forms, 24-hour times, long dates."""

import datetime

import pytest
from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.template import Context, Template
from django.utils import translation

from tests.factories import MeetingFactory, UserFactory, staff_sign_in

pytestmark = pytest.mark.django_db


class DatesForm(forms.Form):
    day = forms.DateField()
    at = forms.TimeField()
    starts = forms.SplitDateTimeField(widget=AdminSplitDateTime)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("07/12/2026", datetime.date(2026, 12, 7)),
        ("13/12/2026", datetime.date(2026, 12, 13)),
        ("7/12/26", datetime.date(2026, 12, 7)),
        ("2026-12-07", datetime.date(2026, 12, 7)),
        ("29/02/2028", datetime.date(2028, 2, 29)),
        ("31/12/2026", datetime.date(2026, 12, 31)),
    ],
)
def test_a_typed_date_is_read_day_first(typed, meant):
    form = DatesForm({"day": typed, "at": "14:30", "starts_0": typed, "starts_1": "14:30"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == meant
    assert form.cleaned_data["starts"].date() == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("14:30", datetime.time(14, 30)), ("00:00", datetime.time(0, 0)), ("10am", datetime.time(10))],
)
def test_times_are_24_hour_and_10am_is_understood(typed, meant):
    form = DatesForm(
        {"day": "07/12/2026", "at": typed, "starts_0": "07/12/2026", "starts_1": typed}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["at"] == meant


@pytest.mark.parametrize("typed", ["12/31/2026", "31/02/2027", "next tuesday", "2026/12/07"])
def test_a_date_in_another_format_says_which_format_is_expected(typed):
    form = DatesForm({"day": typed, "at": "25:00", "starts_0": typed, "starts_1": "14:30"})
    assert not form.is_valid()
    assert form.errors["day"] == ["Enter a date as dd/mm/yyyy, for example 07/12/2026."]
    assert form.errors["at"] == ["Enter a time on the 24-hour clock as hh:mm, for example 14:30."]
    assert "Enter a date as dd/mm/yyyy" in form.errors["starts"][0]


def test_the_admin_shows_dates_day_first_and_times_on_the_24_hour_clock(client):
    meeting = MeetingFactory(starts_at=datetime.datetime(2026, 12, 7, 14, 30, tzinfo=datetime.UTC))
    staff_sign_in(client, UserFactory(username="admin-dates", is_superuser=True))
    html = client.get(f"/admin/governance/meeting/{meeting.pk}/change/").content.decode()
    assert 'value="07/12/2026"' in html
    assert 'value="14:30' in html


def test_public_dates_read_in_full():
    with translation.override("en-gb"):
        rendered = Template("{{ day|date }}|{{ moment|date:'DATETIME_FORMAT' }}|{{ moment|time }}")
        text = rendered.render(
            Context(
                {
                    "day": datetime.date(2026, 12, 7),
                    "moment": datetime.datetime(2026, 12, 7, 14, 5),
                }
            )
        )
    assert text == "7 December 2026|Monday 7 December 2026, 14:05|14:05"


def test_the_site_speaks_british_english(client, settings):
    assert settings.LANGUAGE_CODE == "en-gb"
    assert client.get("/").headers["Content-Language"] == "en-gb"
