"""Reload apphook URLs in every process when a page that carries an app is (un)published.

Publishing through djangocms-versioning does not do this itself: without it, a newly published
page with an apphook stays a plain CMS page, and its app's URLs 404, until a restart.
"""

from cms.models import PageContent
from cms.utils.apphook_reload import mark_urlconf_as_changed
from djangocms_versioning.constants import OPERATION_PUBLISH, OPERATION_UNPUBLISH
from djangocms_versioning.signals import post_version_operation


def apphook_urls_refresh(sender, operation, obj, **kwargs):
    if operation in (OPERATION_PUBLISH, OPERATION_UNPUBLISH) and obj.content.page.application_urls:
        mark_urlconf_as_changed()


def connect():
    post_version_operation.connect(
        apphook_urls_refresh, sender=PageContent, dispatch_uid="llr_site.apphook_urls_refresh"
    )
