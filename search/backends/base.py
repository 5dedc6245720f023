"""What every engine does: one page of ranked hits with highlighted snippets, the number of
hits of each kind, and the closest words the index knows (for "did you mean")."""

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date

from ccgs.trigrams import similarity
from search.query import WORD, query_parse

# Private-use characters around highlighted words: never in indexed text (text_clean removes
# them), so the snippet can be escaped first and the marks turned into <mark> after.
MARK_START = "\ue000"
MARK_END = "\ue001"
# The least similarity for a word of the index to be offered instead of a word typed.
SUGGEST_THRESHOLD = 0.4


@dataclass(frozen=True)
class Filters:
    """What narrows a search: kinds, a CCG's ODS code, whether withdrawn ones are wanted."""

    today: date
    kinds: tuple = ()
    ccg: str = ""
    withdrawn: bool = False

    def sql(self, alias):
        """A WHERE fragment on the entry table `alias` and its parameters."""
        clauses = [f"({alias}.visible_from IS NULL OR {alias}.visible_from <= %s)"]
        params = [self.today]
        if not self.withdrawn:
            clauses.append(f"{alias}.withdrawn = %s")
            params.append(False)
        if self.ccg:
            clauses.append(f"{alias}.ccgs LIKE %s")
            params.append(f"% {self.ccg} %")
        return " AND ".join(clauses), params

    def kinds_sql(self, alias):
        if not self.kinds:
            return "", []
        marks = ", ".join(["%s"] * len(self.kinds))
        return f" AND {alias}.kind IN ({marks})", list(self.kinds)


@dataclass(frozen=True)
class Hit:
    """One result: an index row and its snippet (plain text with MARK_START/MARK_END)."""

    kind: str
    url: str
    title: str
    date: date | None
    withdrawn: bool
    snippet: str


@dataclass(frozen=True)
class Page:
    hits: list
    # Hits of each kind across every page, with the CCG and withdrawn filters but not the kind.
    kind_counts: dict

    @property
    def total_all_kinds(self):
        return sum(self.kind_counts.values())


class Backend(ABC):
    @abstractmethod
    def search(self, query, filters, *, offset, limit):
        """A Page of hits for `query` (a search.query.Query that is not empty)."""

    @abstractmethod
    def index_merge(self):
        """Fold the entries written since the last merge into the engine's main index: after a
        rebuild's thousands of writes, searches read one index again, not a backlog beside it."""

    def suggest(self, query, filters):
        """A query close to `query` that finds something, or None. Two queries however many
        words: the likeliest names for every word at once, then a search to check the
        suggestion finds something."""
        likely = {}
        for word, text in self._likely_texts(query.words, filters):
            likely.setdefault(word, []).append(text)
        replacements = {}
        for word in query.words:
            best, best_score = None, SUGGEST_THRESHOLD
            for text in likely.get(word, ()):
                for known in WORD.findall(text.lower()):
                    score = similarity(word, known)
                    if score > best_score and known != word:
                        best, best_score = known, score
            if best:
                replacements[word] = best
        if not replacements:
            return None
        text = " ".join(replacements.get(word, word) for word in query.words)
        suggested = query_parse(text)
        if self.search(suggested, filters, offset=0, limit=1).hits:
            return text
        return None

    @abstractmethod
    def _likely_texts(self, words, filters):
        """(word, titles and keywords) pairs: for each of `words`, the few entries `filters`
        allow whose names are most like it, in one query."""
