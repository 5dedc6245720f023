from django.apps import AppConfig


class LlrSiteConfig(AppConfig):
    name = "llr_site"
    verbose_name = "LLR CCGs website"
