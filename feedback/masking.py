"""Masks what must not be stored from free text: email addresses, NHS numbers and telephone
numbers (found with the phonenumbers library, as people write them)."""

import re

import phonenumbers

EMAIL = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+\.[^\s@<>()\[\],;:\"']+")
# Ten digits, grouped 3 3 4 with spaces or hyphens or not at all (an NHS number).
NHS_NUMBER = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
# What phonenumbers does not call valid but people still type as a UK number: 0 or +44, then
# nine or ten more digits, with spaces, hyphens or brackets (fictional and new ranges too).
UK_NUMBER = re.compile(r"(?<![\d+])(?:\+44[\s-]?(?:\(0\))?|\(?0)\d[\d\s()-]{7,13}\d(?!\d)")
EMAIL_MASK, NHS_NUMBER_MASK, PHONE_MASK = "[email removed]", "[number removed]", "[phone removed]"


def _phones_masked(text):
    pieces, end = [], 0
    for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.VALID):
        pieces += [text[end : match.start], PHONE_MASK]
        end = match.end
    text = "".join(pieces) + text[end:]
    return UK_NUMBER.sub(
        lambda m: PHONE_MASK if _digits(m.group(0)) in (10, 11, 12) else m.group(0), text
    )


def _digits(text):
    return sum(character.isdigit() for character in text)


def personal_details_mask(text):
    text = EMAIL.sub(EMAIL_MASK, text)
    text = NHS_NUMBER.sub(NHS_NUMBER_MASK, text)
    return _phones_masked(text)
