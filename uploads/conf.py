"""Settings of the uploads app and their defaults."""

from django.conf import settings

# Folders of the default storage whose files anyone may fetch at MEDIA_URL (people's photos).
# Publications' files are not among them: they are downloaded through the library, which checks
# drafts, embargoes and takedowns.
# The media library's thumbnails are what pages show of its images.
UPLOADS_PUBLIC_FOLDERS = getattr(
    settings, "UPLOADS_PUBLIC_FOLDERS", ("governance/people/", "filer_public_thumbnails/")
)
# Folders whose files only signed-in staff may fetch: the media library's uploaded originals,
# which its admin links to (visitors get thumbnails, never the uploaded file).
UPLOADS_STAFF_FOLDERS = getattr(settings, "UPLOADS_STAFF_FOLDERS", ("filer_public/",))
# How long browsers and proxies may keep a public file (seconds); its name never changes
# while its content does not (a new upload gets a new name).
UPLOADS_MAX_AGE = getattr(settings, "UPLOADS_MAX_AGE", 60 * 60)
