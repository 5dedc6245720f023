"""SQLite's FTS5: an external-content table over search_entry, kept by triggers (migration
0002), words stemmed by the Porter stemmer, accents ignored; ranked by bm25 with the title and
keywords weighing most."""

import json
from datetime import date

from django.db import connection

from search.backends.base import MARK_END, MARK_START, Backend, Hit, Page

# bm25 weights of the columns title, keywords, body, file_text.
WEIGHTS = "10.0, 8.0, 3.0, 1.0"
SNIPPET_WORDS = 30


class SqliteBackend(Backend):
    def search(self, query, filters, *, offset, limit):
        match = query.fts5_text()
        where, params = filters.sql("e")
        kinds, kind_params = filters.kinds_sql("e")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT e.kind, e.url, e.title, e.date, e.withdrawn, "
                f"snippet(search_entry_fts, -1, %s, %s, '…', {SNIPPET_WORDS}) "
                "FROM search_entry_fts JOIN search_entry e ON e.id = search_entry_fts.rowid "
                f"WHERE search_entry_fts MATCH %s AND {where}{kinds} "
                f"ORDER BY bm25(search_entry_fts, {WEIGHTS}), e.id LIMIT %s OFFSET %s",
                [MARK_START, MARK_END, match, *params, *kind_params, limit, offset],
            )
            hits = [Hit(*row[:3], _date(row[3]), bool(row[4]), row[5] or "") for row in cursor]
            cursor.execute(
                "SELECT e.kind, COUNT(*) FROM search_entry_fts "
                "JOIN search_entry e ON e.id = search_entry_fts.rowid "
                f"WHERE search_entry_fts MATCH %s AND {where} GROUP BY e.kind",
                [match, *params],
            )
            counts = dict(cursor.fetchall())
        return Page(hits=hits, kind_counts=counts)

    def index_merge(self):
        # FTS5 keeps each batch of writes in a b-tree of its own until merged.
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_entry_fts(search_entry_fts) VALUES ('optimize')")

    def _likely_texts(self, words, filters):
        # word_similarity is pg_trgm's, registered on every SQLite connection by ccgs.trigrams;
        # the five likeliest names of each word, ranked within the word.
        where, params = filters.sql("e")
        names = "e.title || ' ' || e.keywords"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word, names FROM (SELECT typed.value AS word, "
                f"{names} AS names, row_number() OVER (PARTITION BY typed.value "
                f"ORDER BY word_similarity(typed.value, {names}) DESC, e.id) AS place "
                f"FROM json_each(%s) AS typed, search_entry e WHERE {where}) WHERE place <= 5",
                [json.dumps(list(words)), *params],
            )
            return cursor.fetchall()


def _date(value):
    return date.fromisoformat(value) if isinstance(value, str) else value
