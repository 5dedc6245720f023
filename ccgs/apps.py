from django.apps import AppConfig


class CcgsConfig(AppConfig):
    name = "ccgs"
    verbose_name = "Clinical commissioning groups"

    def ready(self):
        from ccgs.trigrams import sqlite_functions_connect
        from content_cache import content_changes_watch

        sqlite_functions_connect()
        content_changes_watch(self)
