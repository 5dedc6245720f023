from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = "Publications"

    def ready(self):
        from publications import models
        from publications.selectors import library_cache_clear

        # The library caches its filter choices; saves make them stale.
        for model in (models.Publication, models.DocumentType):
            for signal in (post_save, post_delete):
                signal.connect(library_cache_clear, sender=model, dispatch_uid=f"{model}-{signal}")
