"""The default storage: local disk, or S3-compatible object storage (django-storages).

Both raise `StorageUnavailable` when the store cannot be reached or refuses a request, and
`FileNotFoundError` for a file that is not there, so that views and the admin can tell a
visitor or an officer what happened (`uploads.middleware`), whichever backend is configured.

Files are never linked on the object store itself: their URLs are the site's own MEDIA_URL,
served by `uploads.views.media_file` (public folders only), so the bucket stays private and the
Content-Security-Policy keeps to this site's own address.
"""

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class StorageUnavailable(ConnectionError):
    """The file store did not answer, or refused the request."""


def _guarded(method):
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except FileNotFoundError:
            raise
        except (BotoCoreError, ClientError, OSError) as error:
            if isinstance(error, ClientError) and _status(error) == 404:
                raise FileNotFoundError(str(error)) from error
            raise StorageUnavailable(f"The file store failed: {error}") from error

    return guarded


def _status(error):
    return error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")


class LocalStorage(FileSystemStorage):
    """Files on the app server's own disk (one app server, or a shared volume)."""

    _open = _guarded(FileSystemStorage._open)
    _save = _guarded(FileSystemStorage._save)
    delete = _guarded(FileSystemStorage.delete)


class ObjectStorage(S3Storage):
    """Files in an S3-compatible bucket, shared by every app server."""

    _open = _guarded(S3Storage._open)
    _save = _guarded(S3Storage._save)
    delete = _guarded(S3Storage.delete)
    exists = _guarded(S3Storage.exists)
    size = _guarded(S3Storage.size)

    def url(self, name, parameters=None, expire=None, http_method=None):
        return f"{settings.MEDIA_URL}{filepath_to_uri(name)}"


class DefaultStorageProxy:
    """The site's default storage (disk or bucket), looked up at each use.

    For the media library: django-filer and easy-thumbnails build their storages once, when
    filer's settings are imported, from a class and options of their own; through this, the
    library's files and thumbnails go wherever `STORAGES["default"]` says, with its options,
    and follow it when tests change it.
    """

    def __getattr__(self, name):
        return getattr(default_storage, name)
