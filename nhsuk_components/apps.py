from django.apps import AppConfig


class NhsukComponentsConfig(AppConfig):
    """NHS.UK frontend components as blocks for editors. Their records are page content,
    published with the page through versioning, so no content watch is needed here."""

    name = "nhsuk_components"
    verbose_name = "NHS.UK components"
