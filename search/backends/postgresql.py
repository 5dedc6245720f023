"""PostgreSQL full-text search: a weighted tsvector (title and keywords A, text B, files' text C;
English configuration, accents removed) kept by a trigger and searched through a GIN index
(migrations 0002, 0003); queries through websearch_to_tsquery, ranked by ts_rank on a small
vector kept in the row (title, keywords and the first words of the text: a common word's
thousands of matches are ranked without reading their whole text; a match deeper in a file is
still found), snippets by ts_headline on the page's rows only; pg_trgm's trigram index for the
names closest to a misspelt word."""

from django.db import connection

from search.backends.base import MARK_END, MARK_START, SUGGEST_THRESHOLD, Backend, Hit, Page

HEADLINE = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2"
# ts_headline parses all the text it is given: a window of the text is enough for a snippet,
# from a little before the first place a word searched for is written as typed (else the start).
HEADLINE_BEFORE = 300
HEADLINE_CHARS = 3000


class PostgresqlBackend(Backend):
    def search(self, query, filters, *, offset, limit):
        where, params = filters.sql("e")
        kinds, kind_params = filters.kinds_sql("matched")
        with connection.cursor() as cursor:
            # One statement: the matches are found once (a phrase is checked against each
            # match's whole vector, the slow part) and give both the counts and the page.
            cursor.execute(
                "WITH q AS MATERIALIZED ("
                "SELECT websearch_to_tsquery('english', unaccent(%s)) AS query), "
                "matched AS MATERIALIZED (SELECT e.id, e.kind, "
                "ts_rank(e.rank_vector, q.query) AS rank "
                f"FROM search_entry e, q WHERE e.vector @@ q.query AND {where}), "
                "page AS (SELECT matched.id, matched.rank FROM matched "
                f"WHERE TRUE{kinds} ORDER BY matched.rank DESC, matched.id LIMIT %s OFFSET %s), "
                "hits AS (SELECT e.kind, e.url, e.title, e.date, e.withdrawn, page.rank, e.id, "
                "e.body || ' ' || e.file_text AS text FROM page JOIN search_entry e "
                "ON e.id = page.id) "
                "SELECT kind, NULL, url, title, date, withdrawn, ts_headline('english', "
                "substr(text, greatest(1, strpos(lower(text), %s) - %s), %s), q.query, %s), "
                "rank, id FROM hits, q "
                "UNION ALL SELECT kind, COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL "
                "FROM matched GROUP BY kind "
                "ORDER BY 2 NULLS FIRST, 8 DESC, 9",
                [
                    query.websearch_text(),
                    *params,
                    *kind_params,
                    limit,
                    offset,
                    query.words[0],
                    HEADLINE_BEFORE,
                    HEADLINE_CHARS,
                    HEADLINE,
                ],
            )
            rows = cursor.fetchall()
        return Page(
            hits=[Hit(*row[:1], *row[2:7]) for row in rows if row[1] is None],
            kind_counts={row[0]: row[1] for row in rows if row[1] is not None},
        )

    def _likely_texts(self, word, filters):
        # Only when nothing was found: pg_trgm's word likeness (like the finder's fuzzy match)
        # through the names' trigram index, at the suggestion's own threshold, set for this
        # statement alone (its transaction) before the lateral subquery that depends on it runs.
        where, params = filters.sql("e")
        names = "(e.title || ' ' || e.keywords)"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT candidates.names FROM (SELECT set_config("
                "'pg_trgm.word_similarity_threshold', %s, true) AS threshold) AS setting, "
                f"LATERAL (SELECT e.id, {names} AS names, word_similarity(%s, {names}) AS likeness "
                f"FROM search_entry e WHERE setting.threshold IS NOT NULL AND %s <%% {names} "
                f"AND {where} OFFSET 0) AS candidates "
                "ORDER BY candidates.likeness DESC, candidates.id LIMIT 5",
                [str(SUGGEST_THRESHOLD), word, word, *params],
            )
            return [row[0] for row in cursor]
