from django.apps import AppConfig
from django.urls import register_converter


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Shared pieces"

    def ready(self):
        from core.converters import IdConverter, OdsCodeConverter

        register_converter(IdConverter, "id")
        register_converter(OdsCodeConverter, "ods_code")
