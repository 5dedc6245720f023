from ccgs.models.ods import OdsImportRun, Pcn, PcnMembership, Practice
from ccgs.models.plugins import KeyFiguresBlock, StatementsBlock, TimelineBlock
from ccgs.models.profile import Ccg, CcgArea, CcgStatement, KeyFigure, TimelineEvent

__all__ = [
    "Ccg",
    "CcgArea",
    "CcgStatement",
    "KeyFigure",
    "KeyFiguresBlock",
    "OdsImportRun",
    "Pcn",
    "PcnMembership",
    "Practice",
    "StatementsBlock",
    "TimelineBlock",
    "TimelineEvent",
]
