from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = "Contact details"

    def ready(self):
        from contacts import checks  # noqa: F401  (registers the deploy check)
        from contacts.models import ContactDetails
        from contacts.services import contact_details_cache_clear

        for signal in (post_save, post_delete):
            signal.connect(
                contact_details_cache_clear,
                sender=ContactDetails,
                dispatch_uid=f"contacts-{id(signal)}",
            )
