"""Uploaded files: the media library (django-filer), thumbnails, and where files are stored."""

import os
from pathlib import Path

from botocore.config import Config as BotoConfig

from llr_site.settings.environment import BASE_DIR

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# The media library (django-filer): every upload goes through media_library/uploads.py, which
# reads the content; only these types are accepted, SVG only to be refused with a clear message.
MEDIA_LIBRARY_MAX_UPLOAD_MB = int(os.environ.get("MEDIA_LIBRARY_MAX_UPLOAD_MB", "10"))
_MEDIA_IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp"]
_MEDIA_IMAGE_CHECKS = [
    "media_library.uploads.upload_size_check",
    "media_library.uploads.image_content_check",
    "filer.validation.strip_exif",
]
FILER_MIME_TYPE_WHITELIST = [*_MEDIA_IMAGE_TYPES, "application/pdf", "image/svg+xml"]
FILER_REMOVE_FILE_VALIDATORS = ["image/svg+xml"]
FILER_ADD_FILE_VALIDATORS = {
    **dict.fromkeys(_MEDIA_IMAGE_TYPES, _MEDIA_IMAGE_CHECKS),
    "application/pdf": [
        "media_library.uploads.upload_size_check",
        "media_library.uploads.pdf_content_check",
    ],
    "image/svg+xml": ["media_library.uploads.svg_refuse"],
}
FILER_UPLOADER_MAX_FILE_SIZE = MEDIA_LIBRARY_MAX_UPLOAD_MB * 1024 * 1024
THUMBNAIL_PROCESSORS = (
    "easy_thumbnails.processors.colorspace",
    "easy_thumbnails.processors.autocrop",
    "filer.thumbnail_processors.scale_and_crop_with_subject_location",
    "easy_thumbnails.processors.filters",
)

# Uploaded files (publications' files, people's photos): local disk, or with
# AWS_STORAGE_BUCKET_NAME set an S3-compatible bucket shared by every app server (uploads/).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    MEDIA_STORAGE = {
        "BACKEND": "uploads.storage.ObjectStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # Empty for AWS itself; the address of any other S3-compatible store.
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # Empty: boto3 finds credentials itself (an instance role, ~/.aws).
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            # The bucket stays private: files are served through the site (uploads/views.py,
            # publications' downloads), never linked on the store.
            "default_acl": "private",
            "file_overwrite": False,
            # A store that does not answer fails the request in seconds (a 503 for visitors,
            # a message for officers), rather than holding an app server's worker.
            "client_config": BotoConfig(
                connect_timeout=2, read_timeout=20, retries={"mode": "standard", "max_attempts": 2}
            ),
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "uploads.storage.LocalStorage"}
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "llr_site.storage.StaticFilesStorage"},
}
