"""Dates known only to the year or the month, as the seed documents give them."""

from django.db import models
from django.utils.dateformat import format as date_format


class DatePrecision(models.TextChoices):
    YEAR = "year", "year"
    MONTH = "month", "month"
    DAY = "day", "day"


FORMATS = {DatePrecision.YEAR: "Y", DatePrecision.MONTH: "F Y", DatePrecision.DAY: "j F Y"}


def date_display(value, precision):
    """'2011', 'May 2012' or '1 July 2019': no more precise than the source was."""
    return date_format(value, FORMATS[precision])
