"""Governing bodies, their members, board meetings held in public, questions from the public."""

from governance.models.meetings import AgendaItem, Meeting, Question
from governance.models.people import Appointment, DeclaredInterest, GoverningBody, Person
from governance.models.plugins import NextMeetingBlock

__all__ = [
    "AgendaItem",
    "Appointment",
    "DeclaredInterest",
    "GoverningBody",
    "Meeting",
    "NextMeetingBlock",
    "Person",
    "Question",
]
