from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = "Email alerts"

    def ready(self):
        # Alerts' records are never shown on cached pages: no content_changes_watch here.
        from alerts import receivers  # noqa: F401  (connects the receivers)
