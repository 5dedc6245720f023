"""Masks what must not be stored from free text: email addresses, NHS numbers and telephone
numbers (found with the phonenumbers library, as people write them)."""

import re

import phonenumbers

EMAIL = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+\.[^\s@<>()\[\],;:\"']+")
# Ten digits, grouped 3 3 4 with spaces or hyphens or not at all (an NHS number).
NHS_NUMBER = re.compile(r"(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)")
EMAIL_MASK, NHS_NUMBER_MASK, PHONE_MASK = "[email removed]", "[number removed]", "[phone removed]"


def _phones_masked(text):
    pieces, end = [], 0
    for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        pieces += [text[end : match.start], PHONE_MASK]
        end = match.end
    return "".join(pieces) + text[end:]


def personal_details_mask(text):
    text = EMAIL.sub(EMAIL_MASK, text)
    text = NHS_NUMBER.sub(NHS_NUMBER_MASK, text)
    return _phones_masked(text)
