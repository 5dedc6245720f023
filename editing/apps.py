from django.apps import AppConfig, apps


class EditingConfig(AppConfig):
    name = "editing"
    verbose_name = "Editing"

    def ready(self):
        from djangocms_alias.models import AliasContent

        from content_cache import (
            content_changes_watch,
            content_placeholders_watch,
            content_versions_watch,
        )
        from editing.links import link_resolver_install, text_link_placeholders
        from editing.sanitiser import text_sanitiser_install

        text_sanitiser_install()
        link_resolver_install()
        content_placeholders_watch(text_link_placeholders)
        # Review dates are shown at the foot of cached pages.
        content_changes_watch(self)
        # Shared content (djangocms-alias) is shown on cached pages: publishing a new version of
        # it drops them, and the placeholders that place it; its drafts drop nothing.
        content_changes_watch(apps.get_app_config("djangocms_alias"))
        content_versions_watch(AliasContent)
