"""Public uploaded files (people's photos) at MEDIA_URL, from whichever storage holds them."""

import logging
import mimetypes

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from uploads import conf, selectors

logger = logging.getLogger(__name__)


@require_safe
def media_file(request, name):
    try:
        stored = selectors.public_file_open(name, staff=request.user.is_staff)
    except FileNotFoundError as error:
        # Its record names it, but the store has lost it (deleted behind the site's back).
        logger.warning("A public file is missing from storage: %s", name)
        raise Http404("No such file") from error
    if stored is None:
        raise Http404("No such file")
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(stored, content_type=content_type)
    if name.startswith(tuple(conf.UPLOADS_STAFF_FOLDERS)):
        response["Cache-Control"] = "private, no-store"
    else:
        response["Cache-Control"] = f"public, max-age={conf.UPLOADS_MAX_AGE}"
    return response
