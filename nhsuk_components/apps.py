from django.apps import AppConfig


class NhsukComponentsConfig(AppConfig):
    """NHS.UK frontend components as blocks for editors. Their records are page content,
    published with the page through versioning; the placeholders of those that link to a page
    or record are dropped from the cache when content changes (the link may have moved)."""

    name = "nhsuk_components"
    verbose_name = "NHS.UK components"

    def ready(self):
        from content_cache import content_placeholders_watch
        from nhsuk_components.selectors import linked_placeholder_list

        content_placeholders_watch(linked_placeholder_list)
