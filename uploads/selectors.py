"""Reads of uploaded files that the public may fetch at MEDIA_URL."""

import posixpath

from django.core.files.storage import default_storage

from uploads import conf


def public_file_open(name):
    """The stored file `name` opened for reading, or None when it is not in a public folder.

    Raises FileNotFoundError when it is missing from the store, `StorageUnavailable` when the
    store cannot be reached.
    """
    normal = posixpath.normpath(name)
    if normal != name or not normal.startswith(tuple(conf.UPLOADS_PUBLIC_FOLDERS)):
        return None
    return default_storage.open(normal, "rb")
