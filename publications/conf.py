"""Settings of the publications library, with their defaults (override them in the project's
settings)."""

from django.conf import settings

# The largest file an officer can upload, in megabytes (nginx's client_max_body_size is above it).
MAX_UPLOAD_MB = 50


def max_upload_mb():
    return int(getattr(settings, "PUBLICATION_MAX_UPLOAD_MB", MAX_UPLOAD_MB))
