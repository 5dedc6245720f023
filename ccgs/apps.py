from django.apps import AppConfig


class CcgsConfig(AppConfig):
    name = "ccgs"
    verbose_name = "Clinical commissioning groups"
