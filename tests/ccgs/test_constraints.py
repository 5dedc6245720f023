"""Rules the database keeps for the CCGs' data, whatever writes it."""

import pytest
from django.db import IntegrityError, transaction

from ccgs.models import Ccg
from tests.factories import PracticeFactory, TimelineEventFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("ccg_code", ["04C", None])
def test_an_event_is_on_a_timeline_once_llr_wide_events_included(ccg_code):
    ccg = Ccg.objects.get(code=ccg_code) if ccg_code else None
    TimelineEventFactory(ccg=ccg)
    with pytest.raises(IntegrityError), transaction.atomic():
        TimelineEventFactory(ccg=ccg)


def test_the_same_event_may_be_on_a_ccgs_timeline_and_llr_wide():
    TimelineEventFactory(ccg=Ccg.objects.get(code="04C"))
    TimelineEventFactory(ccg=None)
    TimelineEventFactory(ccg=Ccg.objects.get(code="04V"))


def test_a_practice_status_is_one_of_the_ods_codes():
    with pytest.raises(IntegrityError), transaction.atomic():
        PracticeFactory(code="X99999", name="NOWHERE", commissioner_code="04C", status="X")
