"""Email: sent by the task worker through an SMTP server."""

import os

from llr_site.settings.environment import DEBUG, env_bool

# Email: Django's SMTP backend with the server from the environment; in development without
# EMAIL_HOST, the console backend prints each email instead. Emails are sent by the worker
# (`manage.py db_worker`), never in a request (alerts/outbox.py).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "LLR CCGs <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if DEBUG and not EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    # Without EMAIL_HOST in production, Django's own default: a mail server on this machine.
    EMAIL_HOST = EMAIL_HOST or "localhost"
