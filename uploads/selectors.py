"""Reads of uploaded files that the public may fetch at MEDIA_URL."""

import posixpath

from django.core.files.storage import default_storage

from uploads import conf


def public_file_open(name, staff=False):
    """The stored file `name` opened for reading, or None when it is not in a public folder
    (or, for `staff`, a staff folder).

    Raises FileNotFoundError when it is missing from the store, `StorageUnavailable` when the
    store cannot be reached.
    """
    folders = (*conf.UPLOADS_PUBLIC_FOLDERS, *(conf.UPLOADS_STAFF_FOLDERS if staff else ()))
    normal = posixpath.normpath(name)
    if normal != name or not normal.startswith(folders):
        return None
    return default_storage.open(normal, "rb")
