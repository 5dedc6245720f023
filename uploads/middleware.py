"""A file store that cannot be reached: a clear answer instead of a server error.

Officers saving a form with an upload in the admin are sent back to the form with a message
(the admin saves in one transaction, which the failure has rolled back, and a file is stored
before its record is written, so nothing is half-stored); anyone else gets the 503 page.
"""

import logging

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import render

from uploads.storage import StorageUnavailable

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 60


class StorageUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, StorageUnavailable):
            return None
        logger.error("The file store failed on %s %s", request.method, request.path, exc_info=True)
        user = getattr(request, "user", None)
        if request.method == "POST" and user is not None and user.is_staff:
            messages.error(
                request,
                "The file store could not be reached, so nothing was saved: the record and its "
                "files are as they were. Try again in a few minutes; if it keeps failing, tell "
                "the site's administrators.",
            )
            return HttpResponseRedirect(request.get_full_path())
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
