"""The search engines behind one small interface, chosen by the database in use."""

from django.db import connection

from search.backends.base import MARK_END, MARK_START, Filters, Hit, Page

__all__ = ["MARK_END", "MARK_START", "Filters", "Hit", "Page", "backend_get"]


def backend_get():
    """PostgreSQL full-text search on PostgreSQL, FTS5 on SQLite."""
    if connection.vendor == "postgresql":
        from search.backends.postgresql import PostgresqlBackend

        return PostgresqlBackend()
    from search.backends.sqlite import SqliteBackend

    return SqliteBackend()
