from django.apps import AppConfig


class LlrSiteConfig(AppConfig):
    name = "llr_site"
    verbose_name = "LLR CCGs website"

    def ready(self):
        from llr_site import apphook_reload, visitor_cache
        from llr_site.date_inputs import date_input_messages_set
        from llr_site.staff import audit, sessions

        apphook_reload.connect()
        date_input_messages_set()
        visitor_cache.connect()
        audit.connect()
        sessions.connect()
