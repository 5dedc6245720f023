"""Settings of the media library, with their defaults (override them in the project's settings)."""

from django.conf import settings

# The largest file staff may put in the media library (photos from a phone are 3-8 MB).
MEDIA_LIBRARY_MAX_UPLOAD_MB = getattr(settings, "MEDIA_LIBRARY_MAX_UPLOAD_MB", 10)
# The most pixels an image may have: more is refused before it is decoded (a "decompression
# bomb" of a few kilobytes can unpack to gigabytes). 40 megapixels covers any camera in use.
MEDIA_LIBRARY_MAX_IMAGE_PIXELS = getattr(settings, "MEDIA_LIBRARY_MAX_IMAGE_PIXELS", 40_000_000)
