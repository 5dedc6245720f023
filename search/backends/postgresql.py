"""PostgreSQL full-text search: a weighted tsvector (title and keywords A, text B, files' text C;
English configuration, accents removed) kept by a trigger and searched through a GIN index
(migrations 0002, 0003); queries through websearch_to_tsquery, ranked by ts_rank on a small
vector kept in the row (title, keywords and the first words of the text: a common word's
thousands of matches are ranked without reading their whole text; a match deeper in a file is
still found), snippets by ts_headline on the page's rows only; pg_trgm's trigram index for the
names closest to a misspelt word."""

from django.db import connection

from search.backends.base import MARK_END, MARK_START, SUGGEST_THRESHOLD, Backend, Hit, Page

GIN_INDEXES = ["search_entry_vector_gin", "search_entry_names_trgm"]
HEADLINE = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2"
# ts_headline parses all the text it is given, and its time grows with it: a window of the text
# is enough for a snippet (two fragments of at most 35 words), from a little before the first
# place a word searched for is written as typed (else the start).
HEADLINE_BEFORE = 100
HEADLINE_CHARS = 400
# The first place is looked for in the files' first 20,000 characters (about 3,000 words): a
# 300,000-character report is read only that far, not decompressed and lowered whole for each
# hit; a word first written later gives a snippet from the start.
HEADLINE_SCAN_CHARS = 20_000


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
                f"e.body || ' ' || left(e.file_text, {HEADLINE_SCAN_CHARS}) AS text FROM page "
                "JOIN search_entry e "
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

    def index_merge(self):
        # A GIN index takes writes into a pending list that every search then reads in full
        # (5 ms a search after a rebuild of 10,000 files, 0.25 ms once merged).
        with connection.cursor() as cursor:
            for index in GIN_INDEXES:
                cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])

    def _likely_texts(self, words, filters):
        # pg_trgm's word likeness (like the finder's fuzzy match) through the names' trigram
        # index, at the suggestion's own threshold, set for this statement alone (its
        # transaction) before the lateral subquery that depends on it runs; five names a word.
        where, params = filters.sql("e")
        names = "(e.title || ' ' || e.keywords)"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT typed.word, candidates.names FROM (SELECT set_config("
                "'pg_trgm.word_similarity_threshold', %s, true) AS threshold) AS setting, "
                "unnest(%s::text[]) AS typed(word), "
                f"LATERAL (SELECT e.id, {names} AS names, "
                f"word_similarity(typed.word, {names}) AS likeness FROM search_entry e "
                f"WHERE setting.threshold IS NOT NULL AND typed.word <%% {names} AND {where} "
                "ORDER BY likeness DESC, e.id LIMIT 5) AS candidates",
                [str(SUGGEST_THRESHOLD), list(words), *params],
            )
            return cursor.fetchall()
