from django.apps import AppConfig, apps


class MediaLibraryConfig(AppConfig):
    """The media library: django-filer with the site's upload checks."""

    name = "media_library"
    verbose_name = "Media library"

    def ready(self):
        from content_cache import content_changes_watch

        # An image replaced or deleted in the library changes the pages that show it.
        content_changes_watch(apps.get_app_config("filer"))
