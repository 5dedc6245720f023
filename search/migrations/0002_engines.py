"""The engines' own structures over search_entry, each made only on its database.

PostgreSQL: unaccent and pg_trgm, a weighted tsvector column written by a trigger and its GIN
index. SQLite: an FTS5 table over search_entry (external content: the text is not stored twice)
kept by triggers.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

from search.operations import RunSQLOn

POSTGRESQL = [
    "ALTER TABLE search_entry ADD COLUMN vector tsvector",
    # Ranking reads every matching row's vector: a small one (the files' text cut to its start)
    # ranks a common word's thousands of matches without reading their whole text.
    "ALTER TABLE search_entry ADD COLUMN rank_vector tsvector",
    """
    CREATE FUNCTION search_entry_vector_write() RETURNS trigger AS $$
    BEGIN
      NEW.vector :=
        setweight(to_tsvector('english', unaccent(NEW.title)), 'A') ||
        setweight(to_tsvector('english', unaccent(NEW.keywords)), 'A') ||
        setweight(to_tsvector('english', unaccent(NEW.body)), 'B') ||
        -- A tsvector holds at most 1 MB: the files' text beyond this is left out of it.
        setweight(to_tsvector('english', unaccent(left(NEW.file_text, 600000))), 'C');
      NEW.rank_vector :=
        setweight(to_tsvector('english', unaccent(NEW.title)), 'A') ||
        setweight(to_tsvector('english', unaccent(NEW.keywords)), 'A') ||
        setweight(to_tsvector('english', unaccent(left(NEW.body, 2000))), 'B') ||
        setweight(to_tsvector('english', unaccent(left(NEW.file_text, 2000))), 'C');
      RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER search_entry_vector BEFORE INSERT OR UPDATE ON search_entry
    FOR EACH ROW EXECUTE FUNCTION search_entry_vector_write()
    """,
    "CREATE INDEX search_entry_vector_gin ON search_entry USING GIN (vector)",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER search_entry_vector ON search_entry",
    "DROP FUNCTION search_entry_vector_write()",
    "ALTER TABLE search_entry DROP COLUMN rank_vector",
    "ALTER TABLE search_entry DROP COLUMN vector",
]
COLUMNS = "title, keywords, body, file_text"
OLD = ", ".join(f"old.{column}" for column in COLUMNS.split(", "))
NEW = ", ".join(f"new.{column}" for column in COLUMNS.split(", "))
SQLITE = [
    f"CREATE VIRTUAL TABLE search_entry_fts USING fts5({COLUMNS}, content='search_entry', "
    "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
      INSERT INTO search_entry_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
    f"""CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
      INSERT INTO search_entry_fts(search_entry_fts, rowid, {COLUMNS})
      VALUES ('delete', old.id, {OLD});
    END""",
    f"""CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_entry BEGIN
      INSERT INTO search_entry_fts(search_entry_fts, rowid, {COLUMNS})
      VALUES ('delete', old.id, {OLD});
      INSERT INTO search_entry_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER search_entry_fts_update",
    "DROP TRIGGER search_entry_fts_delete",
    "DROP TRIGGER search_entry_fts_insert",
    "DROP TABLE search_entry_fts",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        RunSQLOn("postgresql", POSTGRESQL, POSTGRESQL_REVERSE),
        RunSQLOn("sqlite", SQLITE, SQLITE_REVERSE),
    ]
