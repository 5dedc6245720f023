"""An image from the media library in the widths the layout needs, never its original file."""

from content_cache import content_cached
from nhsuk_components import conf


def image_sources(image):
    """{"src", "srcset", "sizes", "width", "height"} of a filer image's thumbnails, made once and
    kept until the content changes (the key follows the file's checksum)."""
    return content_cached(
        f"nhsuk_components:image:{image.pk}:{image.sha1}", lambda: _sources(image)
    )


def _sources(image):
    widths = [width for width in conf.NHSUK_IMAGE_WIDTHS if width < image.width]
    # An image narrower than every width is still re-encoded at its own width, so what visitors
    # get is always a thumbnail (metadata dropped, compressed), never the uploaded file.
    widths = widths or [image.width]
    thumbnails = [
        image.file.get_thumbnail({"size": (width, 0), "crop": False, "upscale": False})
        for width in widths
    ]
    middle = thumbnails[min(len(thumbnails) - 1, 2)]
    return {
        "src": middle.url,
        "srcset": ", ".join(f"{thumb.url} {thumb.width}w" for thumb in thumbnails),
        "sizes": conf.NHSUK_IMAGE_SIZES,
        "width": middle.width,
        "height": middle.height,
    }
