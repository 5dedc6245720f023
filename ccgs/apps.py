from django.apps import AppConfig


class CcgsConfig(AppConfig):
    name = "ccgs"
    verbose_name = "Clinical commissioning groups"

    def ready(self):
        from ccgs.trigrams import sqlite_functions_connect

        sqlite_functions_connect()
