"""Test data: factory_boy factories, one module per app, and the few helpers around them."""

from tests.factories.ccgs import (
    PcnFactory,
    PcnMembershipFactory,
    PracticeFactory,
    TimelineEventFactory,
    ccg,
)
from tests.factories.governance import (
    AgendaItemFactory,
    MeetingFactory,
    PersonFactory,
    QuestionFactory,
    governing_body,
)
from tests.factories.publications import PublicationFactory, file_add, pdf_bytes
from tests.factories.users import (
    PASSWORD,
    TOTPDeviceFactory,
    UserFactory,
    staff_sign_in,
    totp_now,
)

__all__ = [
    "PASSWORD",
    "AgendaItemFactory",
    "MeetingFactory",
    "PcnFactory",
    "PcnMembershipFactory",
    "PersonFactory",
    "PracticeFactory",
    "PublicationFactory",
    "QuestionFactory",
    "TOTPDeviceFactory",
    "TimelineEventFactory",
    "UserFactory",
    "ccg",
    "file_add",
    "governing_body",
    "pdf_bytes",
    "staff_sign_in",
    "totp_now",
]
