"""What visitors type, read into a query that no engine can misread.

A query is read like GOV.UK's and PostgreSQL's `websearch_to_tsquery`: words must all match,
"a phrase in quotes" must match as written, `or` between two parts accepts either, and a word or
phrase after a minus sign must not match. Everything else (operators, brackets, stars, NUL bytes,
lone surrogates, control characters) is dropped, so each engine receives only quoted words and
its own operators: a syntax error from user input is impossible.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from search import conf

WORD = re.compile(r"[^\W_]+")
# A quoted phrase, an optional minus before a word or phrase, or a bare word.
PART = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')


@dataclass(frozen=True)
class Part:
    """A word or a phrase (several words in order); `negated` when it must not match."""

    words: tuple
    negated: bool = False


@dataclass(frozen=True)
class Query:
    """Alternatives (`or`), each a list of parts that must all hold."""

    text: str
    alternatives: tuple = field(default_factory=tuple)

    @property
    def is_empty(self):
        return not any(any(not part.negated for part in parts) for parts in self.alternatives)

    @property
    def words(self):
        """Every word searched for (not the negated ones), in order, without repeats."""
        seen = {}
        for parts in self.alternatives:
            for part in parts:
                if not part.negated:
                    seen.update(dict.fromkeys(part.words))
        return list(seen)

    def websearch_text(self):
        """The query written for PostgreSQL's websearch_to_tsquery, from the parts alone."""
        written = []
        for parts in self.alternatives:
            terms = []
            for part in parts:
                term = " ".join(part.words)
                term = f'"{term}"' if len(part.words) > 1 else term
                terms.append(("-" if part.negated else "") + term)
            written.append(" ".join(terms))
        return " or ".join(written)

    def fts5_text(self):
        """The query written for SQLite's FTS5: every word a quoted string."""
        written = []
        for parts in self.alternatives:
            positive = [_fts5_phrase(part) for part in parts if not part.negated]
            negative = [_fts5_phrase(part) for part in parts if part.negated]
            if not positive:
                continue
            expression = " AND ".join(positive)
            for phrase in negative:
                expression = f"({expression}) NOT {phrase}"
            written.append(f"({expression})")
        return " OR ".join(written)


def _fts5_phrase(part):
    # Words hold only letters and digits, so a quote cannot be inside one; doubled anyway.
    return '"' + " ".join(word.replace('"', '""') for word in part.words) + '"'


def text_clean(text):
    """`text` as Unicode without NUL, control characters, lone surrogates or the private-use
    characters that mark highlights, cut to the longest query read."""
    from search.extract import text_tidy

    text = unicodedata.normalize("NFKC", text_tidy(text[: conf.SEARCH_QUERY_MAX_CHARS * 4]))
    return text_tidy(text)[: conf.SEARCH_QUERY_MAX_CHARS]


def query_parse(text):
    """The Query in `text` (any string at all)."""
    text = text_clean(text)
    alternatives, parts, budget = [], [], conf.SEARCH_QUERY_MAX_WORDS
    for match in PART.finditer(text):
        minus, phrase = (match[1], match[2]) if match[2] is not None else (match[3], match[4])
        if match[4] is not None and match[4].lower() == "or" and not minus:
            if parts:
                alternatives.append(tuple(parts))
            parts = []
            continue
        words = tuple(word.lower() for word in WORD.findall(phrase))[:budget]
        if not words:
            continue
        budget -= len(words)
        parts.append(Part(words=words, negated=bool(minus)))
        if budget <= 0:
            break
    if parts:
        alternatives.append(tuple(parts))
    return Query(text=text, alternatives=tuple(alternatives))


def query_normalise(text):
    """A query as counted in the report and matched to best bets: lower case, single spaces."""
    return text_clean(text).lower()
