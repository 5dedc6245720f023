"""PostgreSQL full-text search: a weighted tsvector (title and keywords A, text B, files' text C;
English configuration, accents removed) kept by a trigger and searched through a GIN index
(migration 0002); queries through websearch_to_tsquery, ranked by ts_rank on a smaller vector
(the files' text cut to its first 2,000 characters, so a common word's thousands of matches are
ranked without reading their whole text; a match deeper in a file is still found), snippets by
ts_headline; pg_trgm for the names closest to a misspelt word."""

from django.db import connection

from search.backends.base import MARK_END, MARK_START, SUGGEST_THRESHOLD, Backend, Hit, Page

HEADLINE = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2"
# ts_headline reads the whole text it is given: the start of a long file is enough for a snippet.
HEADLINE_CHARS = 20000


class PostgresqlBackend(Backend):
    def search(self, query, filters, *, offset, limit):
        text = query.websearch_text()
        where, params = filters.sql("e")
        kinds, kind_params = filters.kinds_sql("e")
        with connection.cursor() as cursor:
            # Rank and cut first, then headline only the page's rows.
            cursor.execute(
                "WITH q AS (SELECT websearch_to_tsquery('english', unaccent(%s)) AS query), "
                "ranked AS (SELECT e.id, ts_rank(e.rank_vector, q.query) AS rank "
                "FROM search_entry e, q "
                f"WHERE e.vector @@ q.query AND {where}{kinds} "
                "ORDER BY rank DESC, e.id LIMIT %s OFFSET %s) "
                "SELECT e.kind, e.url, e.title, e.date, e.withdrawn, "
                "ts_headline('english', left(e.body || ' ' || e.file_text, %s), q.query, %s) "
                "FROM ranked JOIN search_entry e ON e.id = ranked.id, q "
                "ORDER BY ranked.rank DESC, e.id",
                [text, *params, *kind_params, limit, offset, HEADLINE_CHARS, HEADLINE],
            )
            hits = [Hit(*row) for row in cursor]
            cursor.execute(
                "SELECT e.kind, COUNT(*) FROM search_entry e "
                "WHERE e.vector @@ websearch_to_tsquery('english', unaccent(%s)) "
                f"AND {where} GROUP BY e.kind",
                [text, *params],
            )
            counts = dict(cursor.fetchall())
        return Page(hits=hits, kind_counts=counts)

    def _likely_texts(self, word, filters):
        # Only when nothing was found; pg_trgm's word_similarity like the finder's fuzzy match.
        where, params = filters.sql("e")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT names FROM (SELECT e.title || ' ' || e.keywords AS names, "
                "word_similarity(%s, e.title || ' ' || e.keywords) AS likeness "
                f"FROM search_entry e WHERE {where}) AS candidates "
                "WHERE likeness >= %s ORDER BY likeness DESC LIMIT 5",
                [word, *params, SUGGEST_THRESHOLD],
            )
            return [row[0] for row in cursor]
