"""PostgreSQL: a rank vector small enough to stay in the row (title and keywords, the first
words of the text and files), vectors made again only when the text changed, and a trigram
index on the names for "did you mean". Nothing on SQLite."""

from django.db import migrations

from search.operations import RunSQLOn

VECTOR = """
  setweight(to_tsvector('english', unaccent(NEW.title)), 'A') ||
  setweight(to_tsvector('english', unaccent(NEW.keywords)), 'A') ||
  setweight(to_tsvector('english', unaccent(NEW.body)), 'B') ||
  -- A tsvector holds at most 1 MB: the files' text beyond this is left out of it.
  setweight(to_tsvector('english', unaccent(left(NEW.file_text, 600000))), 'C')
"""


def rank_vector(row, chars):
    return f"""
  setweight(to_tsvector('english', unaccent({row}.title)), 'A') ||
  setweight(to_tsvector('english', unaccent({row}.keywords)), 'A') ||
  setweight(to_tsvector('english', unaccent(left({row}.body, {chars}))), 'B') ||
  setweight(to_tsvector('english', unaccent(left({row}.file_text, {chars}))), 'C')
"""


def trigger_function(rank_chars, *, keep_unchanged):
    unchanged = """
      -- A rebuild writes every row again: its vectors are made again only if its text changed.
      IF TG_OP = 'UPDATE' AND NEW.title = OLD.title AND NEW.keywords = OLD.keywords
         AND NEW.body = OLD.body AND NEW.file_text = OLD.file_text THEN
        NEW.vector := OLD.vector;
        NEW.rank_vector := OLD.rank_vector;
        RETURN NEW;
      END IF;
    """
    return f"""
    CREATE OR REPLACE FUNCTION search_entry_vector_write() RETURNS trigger AS $$
    BEGIN
      {unchanged if keep_unchanged else ""}
      NEW.vector := {VECTOR};
      NEW.rank_vector := {rank_vector("NEW", rank_chars)};
      RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """


# Ranking reads the rank vector of every match (all 10,000 publications for a common word): a
# few hundred characters of text keep it inline in the row, where 2,000 put it in TOAST.
RANK_CHARS = 300
FORWARDS = [
    trigger_function(RANK_CHARS, keep_unchanged=True),
    "ALTER TABLE search_entry ALTER COLUMN rank_vector SET STORAGE MAIN",
    "ALTER TABLE search_entry DISABLE TRIGGER search_entry_vector",
    f"UPDATE search_entry SET rank_vector = {rank_vector('search_entry', RANK_CHARS)}",
    "ALTER TABLE search_entry ENABLE TRIGGER search_entry_vector",
    "CREATE INDEX search_entry_names_trgm ON search_entry "
    "USING GIN ((title || ' ' || keywords) gin_trgm_ops)",
]
BACKWARDS = [
    "DROP INDEX search_entry_names_trgm",
    trigger_function(2000, keep_unchanged=False),
    "ALTER TABLE search_entry ALTER COLUMN rank_vector SET STORAGE EXTENDED",
    "ALTER TABLE search_entry DISABLE TRIGGER search_entry_vector",
    f"UPDATE search_entry SET rank_vector = {rank_vector('search_entry', 2000)}",
    "ALTER TABLE search_entry ENABLE TRIGGER search_entry_vector",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0002_engines")]

    operations = [RunSQLOn("postgresql", FORWARDS, BACKWARDS)]
