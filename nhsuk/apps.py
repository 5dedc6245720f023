from django.apps import AppConfig


class NhsukConfig(AppConfig):
    """NHS.UK frontend components for the site's templates; knows nothing of the CCGs."""

    name = "nhsuk"
    verbose_name = "NHS.UK frontend components"
