"""Photos of people, resized on upload so pages never serve a camera-sized original."""

from io import BytesIO
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps, UnidentifiedImageError

PHOTO_MAX_SIZE = (600, 600)
# Photos keep their format when it is one browsers show; anything else becomes a JPEG.
KEPT_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def photo_resize(upload):
    """A copy of the uploaded image at most PHOTO_MAX_SIZE, upright, without its metadata."""
    try:
        with Image.open(upload) as image:
            image_format = image.format if image.format in KEPT_FORMATS else "JPEG"
            image = ImageOps.exif_transpose(image)
            image.thumbnail(PHOTO_MAX_SIZE)
            if image_format == "JPEG" and image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            output = BytesIO()
            image.save(output, format=image_format, quality=85)
    except (UnidentifiedImageError, OSError) as error:
        raise ValidationError("Upload a photo in JPEG, PNG or WebP format.") from error
    name = f"{Path(upload.name).stem}.{KEPT_FORMATS[image_format]}"
    return SimpleUploadedFile(name, output.getvalue(), content_type=f"image/{image_format.lower()}")
