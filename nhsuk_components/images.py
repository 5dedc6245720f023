"""An image from the media library in the widths the layout needs, never its original file."""

from filer.models import Image

from content_cache import content_cached
from nhsuk_components import conf


def image_sources(image_id):
    """{"src", "srcset", "sizes", "width", "height"} of a library image's thumbnails, or None if
    it is gone; made once and kept until the content changes (the media library's saves change
    it), so a page reads no image record while its copy is kept."""
    return content_cached(f"nhsuk_components:image:{image_id}", lambda: _sources(image_id))


def _sources(image_id):
    image = Image.objects.filter(pk=image_id).first()
    if image is None:
        return None
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
