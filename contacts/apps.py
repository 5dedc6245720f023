from django.apps import AppConfig


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Contact details"

    def ready(self):
        from contacts import checks  # noqa: F401  (registers the deploy check)
        from content_cache import content_changes_watch

        content_changes_watch(self)
