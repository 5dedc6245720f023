"""PostgreSQL: the GIN indexes' pending lists (writes not yet merged, which every search reads in
full) kept to 512 kB instead of 4 MB: a search after many small saves reads at most a few hundred
unmerged entries. Nothing on SQLite."""

from django.db import migrations

from search.operations import RunSQLOn

INDEXES = ["search_entry_vector_gin", "search_entry_names_trgm"]


class Migration(migrations.Migration):
    dependencies = [("search", "0003_postgresql_faster")]

    operations = [
        RunSQLOn(
            "postgresql",
            [f"ALTER INDEX {index} SET (gin_pending_list_limit = 512)" for index in INDEXES],
            [f"ALTER INDEX {index} RESET (gin_pending_list_limit)" for index in INDEXES],
        )
    ]
