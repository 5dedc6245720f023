"""ODS names and addresses, published in capitals, in a case people read easily."""

import re
from functools import lru_cache

from django.template.defaultfilters import title

# Abbreviations with vowels that stay in capitals; "GPS" is the plural of GP.
ACRONYMS = {"GPS": "GPs"} | {
    word: word for word in ("NHS", "UHL", "BCSC", "OOH", "UK", "HMP", "DHU", "NDUC", "MI", "WIC")
}
ACRONYMS |= {word: word for word in ("EPAU", "GPWSI", "PCL", "UCC", "LOROS", "SSAFA", "ICB")}
# Abbreviations without vowels that are read as words: "DR", "ST", "CTR", "LTD", "NR" (near).
READ_AS_WORDS = frozenset(
    {"DR", "DRS", "ST", "CTR", "LTD", "MR", "MRS", "MS", "NR", "RD", "SQ", "PL", "PK", "MKT"}
    | {"HLTH", "SRYS", "CL", "CT", "CRT", "STN"}
)
# Lower-cased after a word ("Hospitals of Leicester", "Ashby-de-la-Zouch"), not after a number
# or an abbreviation ("18 The Parade", "C/O The Limes").
SMALL_WORDS = frozenset({"and", "of", "the", "in", "on", "at", "for", "to", "de", "la", "upon"})
PREVIOUS_WORD = re.compile(r"(?:^|[\s-])([A-Za-z']+)[\s-]$")
WORD = re.compile(r"[A-Za-z]+")
# A doctor's initials: one to three letters after "DR " or "(" and before a surname, as in
# "DR NR PULMAN'S PRACTICE" and "HEATHERBROOK SURGERY (RP ARCHER)".
INITIALS = re.compile(r"(?:\bDR |\()([A-Z]{1,3})(?= [A-Z]{2,})")
# Letters joined by "&" or "/" with no space: "H/C", "C/O", "H&BOS", "A&E".
JOINED = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,3}(?:[&/][A-Za-z]{1,3})+(?![A-Za-z])")
VOWELS = frozenset("AEIOUY")


def ods_title(value):
    """'MELTON, SYSTON AND VALE PCN' -> 'Melton, Syston and Vale PCN';
    'HEATHERBROOK SURGERY (RP ARCHER)' -> 'Heatherbrook Surgery (RP Archer)'."""
    return _ods_title(str(value))


# A finder page shows each of 20 practices' name and address lines: the same few thousand
# strings, page after page.
@lru_cache(maxsize=8192)
def _ods_title(value):
    if value != value.upper():  # already in mixed case: as its author wrote it
        return value
    keep = {match.start(1) for match in INITIALS.finditer(value)}
    keep |= {start for match in JOINED.finditer(value) for start in _word_starts(match)}

    def word_case(match):
        word, upper = match[0], match[0].upper()
        if match.start() in keep:
            return upper
        if upper in ACRONYMS:
            return ACRONYMS[upper]
        if upper in READ_AS_WORDS:
            return word
        if len(word) > 1 and not VOWELS & set(upper):  # LHMC, SWMC, NN: letters, not a word
            return upper
        if word.lower() in SMALL_WORDS and PREVIOUS_WORD.search(value[: match.start()]):
            return word.lower()
        return word

    return WORD.sub(word_case, title(value))


def _word_starts(match):
    return {match.start() + word.start() for word in WORD.finditer(match[0])}


def ods_source_note(run):
    """'ODS, published December 2019': how current the practice and PCN data of the last
    import `run` (None before any) is."""
    if run is None:
        return "No ODS data has been imported yet"
    if run.published_on:
        return f"ODS, published {run.published_on:%B %Y}"
    return f"ODS, imported {run.started_at:%-d %B %Y}"
