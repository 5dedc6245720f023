from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LlrSiteConfig(AppConfig):
    name = "llr_site"
    verbose_name = "LLR CCGs website"

    def ready(self):
        from llr_site import apphook_reload, visitor_cache
        from llr_site.date_inputs import date_input_messages_set
        from llr_site.roles import roles_sync
        from llr_site.staff import audit, sessions

        apphook_reload.connect()
        date_input_messages_set()
        # Once per migrate (and per test-database flush), after every app's permissions exist.
        post_migrate.connect(roles_sync, sender=self, dispatch_uid="llr-site-roles")
        visitor_cache.connect()
        audit.connect()
        sessions.connect()
