"""PostgreSQL's pg_trgm `similarity` and `word_similarity`, for SQLite.

The finder ranks misspelt names and towns with pg_trgm on PostgreSQL. SQLite (the embedded
default) has no such functions, so these are registered on every SQLite connection under the
same names: the finder runs one query, written once, on both engines, and ranks alike (a test
holds these to values PostgreSQL computes).

pg_trgm's rules: text is lower-cased and split into words of letters and digits; each word is
padded with two spaces before and one after, and cut into its three-character runs. `similarity`
is the share of trigrams two texts have in common (shared / all distinct). `word_similarity(a, b)`
is the best such share between a's trigrams and a stretch of b's, found by pg_trgm's greedy
scan (its bounds only move forward), which is followed here step by step.
"""

import re

from django.db.backends.signals import connection_created

WORD = re.compile(r"[^\W_]+")


def trigrams(text):
    """The trigrams of `text`, in order, with repeats."""
    found = []
    for word in WORD.findall(text.lower()):
        padded = f"  {word} "
        found.extend(padded[start : start + 3] for start in range(len(padded) - 2))
    return found


def similarity(first, second):
    if first is None or second is None:
        return None
    first, second = set(trigrams(first)), set(trigrams(second))
    if not first or not second:
        return 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared)


def word_similarity(query, text):
    if query is None or text is None:
        return None
    wanted = set(trigrams(query))
    stretch = trigrams(text)
    if not wanted:
        return 0.0
    best, lower = 0.0, None
    last_seen = {}  # trigram -> its last position in the stretch [lower, upper]
    distinct = shared = 0  # distinct trigrams in the stretch; how many of them are wanted
    for upper, trigram in enumerate(stretch):
        is_wanted = trigram in wanted
        if lower is not None or is_wanted:
            if trigram not in last_seen:
                distinct += 1
                shared += is_wanted
            last_seen[trigram] = upper
        if not is_wanted:
            continue
        if lower is None:
            lower, distinct = upper, 1
        current = shared / (len(wanted) + distinct - shared)
        # Try every later start for this end; keep the best, as pg_trgm does.
        start_distinct, start_shared, previous_lower = distinct, shared, lower
        for start in range(lower, upper + 1):
            candidate = start_shared / (len(wanted) + start_distinct - start_shared)
            if candidate > current:
                current, distinct, shared, lower = candidate, start_distinct, start_shared, start
            if last_seen.get(stretch[start]) == start:
                start_distinct -= 1
                start_shared -= stretch[start] in wanted
        best = max(best, current)
        for start in range(previous_lower, lower):
            if last_seen.get(stretch[start]) == start:
                del last_seen[stretch[start]]
    return best


def functions_register(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        for name, function in (("similarity", similarity), ("word_similarity", word_similarity)):
            connection.connection.create_function(name, 2, function, deterministic=True)


def sqlite_functions_connect():
    connection_created.connect(functions_register, dispatch_uid="ccgs.trigrams")
