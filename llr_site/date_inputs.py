"""Date and time fields everywhere (the admin's included) say which format they expect.

Django's own "Enter a valid date." does not tell a governance officer that the site reads
dd/mm/yyyy; these messages do. Set once, for every form, when the site starts.
"""

from django import forms

DATE_EXPECTED = "Enter a date as dd/mm/yyyy, for example 07/12/2026"
TIME_EXPECTED = "Enter a time on the 24-hour clock as hh:mm, for example 14:30"
DATETIME_EXPECTED = f"{DATE_EXPECTED}, then {TIME_EXPECTED[:1].lower()}{TIME_EXPECTED[1:]}"

MESSAGES = {
    forms.DateField: {"invalid": f"{DATE_EXPECTED}."},
    forms.TimeField: {"invalid": f"{TIME_EXPECTED}."},
    forms.DateTimeField: {"invalid": f"{DATETIME_EXPECTED}."},
    forms.SplitDateTimeField: {
        "invalid_date": f"{DATE_EXPECTED}.",
        "invalid_time": f"{TIME_EXPECTED}.",
    },
}


def date_input_messages_set():
    for field_class, messages in MESSAGES.items():
        field_class.default_error_messages = {**field_class.default_error_messages, **messages}
