from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LlrSiteConfig(AppConfig):
    name = "llr_site"
    verbose_name = "LLR CCGs website"

    def ready(self):
        from llr_site import apphook_reload, sites
        from llr_site.date_inputs import date_input_messages_set
        from llr_site.roles import roles_sync
        from llr_site.staff import audit, sessions

        apphook_reload.connect()
        date_input_messages_set()
        # Once per migrate (and per test-database flush), after every app's permissions exist.
        post_migrate.connect(roles_sync, sender=self, dispatch_uid="llr-site-roles")
        audit.connect()
        sessions.connect()
        # Sent once per app; this app's is enough, and comes before django.contrib.sites' own
        # (INSTALLED_APPS order), which then finds the Site and does not make example.com.
        post_migrate.connect(sites.site_domain_on_migrate, sender=self)
