"""Settings of the NHS.UK component blocks, with their defaults (override them in settings)."""

from django.conf import settings

# The widths (CSS pixels x device pixels) an image block is served in: the content column is
# at most 640 px wide, a phone shows it full width; 1280 serves the column on 2x screens.
NHSUK_IMAGE_WIDTHS = getattr(settings, "NHSUK_IMAGE_WIDTHS", (320, 480, 640, 960, 1280))
# The `sizes` attribute that tells browsers how wide the image is drawn at each screen width.
NHSUK_IMAGE_SIZES = getattr(
    settings, "NHSUK_IMAGE_SIZES", "(min-width: 990px) 640px, (min-width: 768px) 66vw, 100vw"
)
