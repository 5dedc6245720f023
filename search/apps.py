from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"

    def ready(self):
        from search import indexing

        # Not content_changes_watch: the index is not shown on cached pages, and writing it
        # (after every commit that changes content) must not drop every cached page again.
        indexing.connect()
