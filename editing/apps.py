from django.apps import AppConfig


class EditingConfig(AppConfig):
    name = "editing"
    verbose_name = "Editing"

    def ready(self):
        from content_cache import content_changes_watch, content_placeholders_watch
        from editing.links import link_resolver_install, text_link_placeholders
        from editing.sanitiser import text_sanitiser_install

        text_sanitiser_install()
        link_resolver_install()
        content_placeholders_watch(text_link_placeholders)
        # Review dates are shown at the foot of cached pages.
        content_changes_watch(self)
