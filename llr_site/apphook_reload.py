"""Reload apphook URLs in every process when a page that carries an app is (un)published.

Publishing through djangocms-versioning does not do this itself: without it, a newly published
page with an apphook stays a plain CMS page, and its app's URLs 404, until a restart.

django CMS's own `ApphookReloadMiddleware` reads the URLs' revision from the database on every
request, to learn whether another process changed them. `ApphookReloadMiddleware` here reads it
only when the content version (`content_cache`, read once per request anyway) has changed since
this process last read it, and at least once a minute: any new revision bumps the version, and
the version may start again from 1 once its key expires, unseen by a quiet process.
"""

import time

from cms.models import PageContent, UrlconfRevision
from cms.utils.apphook_reload import ensure_urlconf_is_up_to_date, mark_urlconf_as_changed
from django.db.models.signals import post_save
from djangocms_versioning.constants import OPERATION_PUBLISH, OPERATION_UNPUBLISH
from djangocms_versioning.signals import post_version_operation

from content_cache import content_version, content_version_renew

CHECK_AT_LEAST_EVERY = 60  # seconds


def apphook_urls_refresh(sender, operation, obj, **kwargs):
    if operation in (OPERATION_PUBLISH, OPERATION_UNPUBLISH) and obj.content.page.application_urls:
        mark_urlconf_as_changed()


def connect():
    post_version_operation.connect(
        apphook_urls_refresh, sender=PageContent, dispatch_uid="llr_site.apphook_urls_refresh"
    )
    post_save.connect(
        content_version_renew, sender=UrlconfRevision, dispatch_uid="llr_site.apphook_urls_changed"
    )


class ApphookReloadMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.checked = (None, float("-inf"))  # (content version, time.time())

    def __call__(self, request):
        version, now = content_version(), time.time()
        seen, at = self.checked
        if version != seen or not 0 <= now - at < CHECK_AT_LEAST_EVERY:
            ensure_urlconf_is_up_to_date()
            self.checked = (version, now)
        return self.get_response(request)
