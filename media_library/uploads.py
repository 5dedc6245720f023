"""Checks every file put in the media library (django-filer) before anything is stored.

django-filer calls these validators by MIME type, which it takes from the file's name; each
then reads the content, so a file whose bytes are not what its name promises (a web page or
an SVG named .png, a program named .pdf) is refused, as in the publications library. SVG is
refused outright: an SVG image is a document that can run scripts on our domain. The project's
settings list them (`FILER_MIME_TYPE_WHITELIST`, `FILER_ADD_FILE_VALIDATORS`); filer's own
`strip_exif` then drops camera metadata (GPS position, device) from photos.
"""

from django.template.defaultfilters import filesizeformat
from filer.validation import FileValidationError
from PIL import Image, UnidentifiedImageError

from media_library import conf

IMAGE_FORMATS = {
    "image/jpeg": ("JPEG", "a JPEG"),
    "image/png": ("PNG", "a PNG"),
    "image/gif": ("GIF", "a GIF"),
    "image/webp": ("WEBP", "a WebP"),
}
ACCEPTED = "a JPEG, PNG, GIF or WebP image, or a PDF"


def _size(file):
    file.seek(0, 2)
    size = file.tell()
    file.seek(0)
    return size


def upload_size_check(file_name, file, owner, mime_type):
    """Refuse an empty file and one over MEDIA_LIBRARY_MAX_UPLOAD_MB."""
    size = _size(file)
    if not size:
        raise FileValidationError(f"“{file_name}” is empty: choose the file again.")
    limit = conf.MEDIA_LIBRARY_MAX_UPLOAD_MB * 1024 * 1024
    if size > limit:
        raise FileValidationError(
            f"“{file_name}” is {filesizeformat(size)}; files in the media library can be at "
            f"most {conf.MEDIA_LIBRARY_MAX_UPLOAD_MB} MB. Save a smaller copy (an image 2,000 "
            "pixels wide is plenty for the website) and upload that."
        )


def image_content_check(file_name, file, owner, mime_type):
    """The bytes are an image of the format the name says, of a sensible number of pixels."""
    expected, label = IMAGE_FORMATS[mime_type]
    file.seek(0)
    try:
        with Image.open(file) as image:
            found = image.format
            pixels = image.width * image.height
            if found == expected and pixels <= conf.MEDIA_LIBRARY_MAX_IMAGE_PIXELS:
                image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        found = None
    finally:
        file.seek(0)
    if found != expected:
        raise FileValidationError(
            f"“{file_name}” is named as {label} image but its content is not one. Check you "
            f"chose the right file, or save it again as {label} image."
        )
    if pixels > conf.MEDIA_LIBRARY_MAX_IMAGE_PIXELS:
        raise FileValidationError(
            f"“{file_name}” has {pixels:,} pixels; images can have at most "
            f"{conf.MEDIA_LIBRARY_MAX_IMAGE_PIXELS:,}. Save a smaller copy and upload that."
        )


def pdf_content_check(file_name, file, owner, mime_type):
    file.seek(0)
    head = file.read(5)
    file.seek(0)
    if head != b"%PDF-":
        raise FileValidationError(
            f"“{file_name}” is named .pdf but its content is not a PDF. Check you chose the "
            "right file, or save it again as PDF."
        )


def svg_refuse(file_name, file, owner, mime_type):
    raise FileValidationError(
        f"“{file_name}” is an SVG image, which the media library does not accept: SVG files "
        "can carry scripts. Save it as a PNG and upload that."
    )
