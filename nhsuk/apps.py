from django.apps import AppConfig


class NhsukConfig(AppConfig):
    """NHS.UK frontend components for the site's templates; knows nothing of the CCGs."""

    name = "nhsuk"
    verbose_name = "NHS.UK frontend components"

    def ready(self):
        from django.db.models.signals import post_delete
        from menus.models import CacheKey

        from content_cache import content_version_renew

        # The CMS clears its menu (deletes its CacheKeys) whenever the page tree changes, with
        # or without its page cache: the menu's parts kept for visitors go then too.
        post_delete.connect(
            content_version_renew, sender=CacheKey, dispatch_uid="nhsuk.menu_cleared"
        )
