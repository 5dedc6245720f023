from django.apps import AppConfig


class LlrSiteConfig(AppConfig):
    name = "llr_site"
    verbose_name = "LLR CCGs website"

    def ready(self):
        from llr_site import apphook_reload, visitor_cache

        apphook_reload.connect()
        visitor_cache.connect()
