"""What the finder's search box holds: a postcode (or the district or sector of one), or words
to match against practices' names and addresses, misspelt or not.

Postcodes are read as people type them (`le3 9qp`, `LE39QP`, `LE3  9QP`): the inward part of a
full postcode is always a digit and two letters, so spaces do not matter; a sector needs its
space (`LE3 9`), because `LE39` is a district of its own.
"""

import re
from dataclasses import dataclass

OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
FULL_POSTCODE = re.compile(rf"({OUTWARD})([0-9])([A-Z]{{2}})")
SECTOR = re.compile(rf"({OUTWARD}) ([0-9])")
DISTRICT = re.compile(OUTWARD)

# Words that say what kind of place a practice is rather than which one. Left out of the fuzzy
# match ("westcotes surgery" means the Westcotes practices, not every surgery), unless nothing
# else was typed.
GENERIC_WORDS = frozenset(
    [
        "surgery",
        "surgeries",
        "medical",
        "med",
        "centre",
        "center",
        "ctr",
        "health",
        "healthcare",
        "practice",
        "pract",
        "partnership",
        "partners",
        "group",
        "gp",
        "gps",
        "doctor",
        "doctors",
        "dr",
        "drs",
        "clinic",
        "the",
        "of",
        "in",
        "at",
    ]
)
# "Oadby & Wigston", "Hinckley and Bosworth": either place. At most this many alternatives.
ALTERNATIVES = re.compile(r"\s*(?:&|\+|,|/|\band\b|\bor\b)\s*", re.IGNORECASE)
MAX_ALTERNATIVES = 3
# The least pg_trgm word similarity for a fuzzy match: "hinkley" is 0.55 like "Hinckley".
FUZZY_THRESHOLD = 0.5


@dataclass(frozen=True)
class Postcode:
    """A full postcode, a sector or a district, each with the wider areas it is in."""

    district: str
    sector: str = ""
    full: str = ""

    @property
    def typed(self):
        return self.full or self.sector or self.district


def postcode_parse(text):
    """The Postcode that `text` is, or None when it is not postcode-like."""
    spaced = " ".join(text.upper().split())
    compact = spaced.replace(" ", "")
    if match := FULL_POSTCODE.fullmatch(compact):
        district, sector_digit, unit = match.groups()
        sector = f"{district} {sector_digit}"
        return Postcode(district=district, sector=sector, full=f"{sector}{unit}")
    if match := SECTOR.fullmatch(spaced):
        return Postcode(district=match[1], sector=f"{match[1]} {match[2]}")
    if DISTRICT.fullmatch(compact):
        return Postcode(district=compact)
    return None


def fuzzy_alternatives(text):
    """The phrases to match fuzzily: each alternative with its generic words left out."""
    alternatives = []
    for part in ALTERNATIVES.split(text.lower()):
        words = [word for word in re.findall(r"[^\W_]+", part) if word not in GENERIC_WORDS]
        if words and " ".join(words) not in alternatives:
            alternatives.append(" ".join(words))
    return alternatives[:MAX_ALTERNATIVES] or [text.lower()]
