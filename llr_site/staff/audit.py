"""The audit trail: sign-ins in the log, publishing and record changes in django-auditlog.

django-axes keeps every sign-in (AccessLog, with sign-out time), failure (AccessFailureLog) and
lockout (AccessAttempt) in the admin; django-auditlog keeps every change to the apps' records
(settings.AUDITLOG_INCLUDE_TRACKING_MODELS). Publishing CMS pages goes through
djangocms-versioning, whose state changes are recorded here as auditlog entries on the page.
"""

import logging

from auditlog.middleware import AuditlogMiddleware
from auditlog.models import LogEntry
from axes.signals import user_locked_out
from cms.models import PageContent
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from djangocms_versioning import constants
from djangocms_versioning.models import StateTracking
from djangocms_versioning.signals import post_version_operation

from core.client_address import client_address

logger = logging.getLogger("llr_site.staff")
READING_METHODS = ("GET", "HEAD", "OPTIONS")


def _address(request):
    return client_address(request) if request is not None else None


def signed_in(sender, request, user, **kwargs):
    logger.info("staff sign-in: %s from %s", user.get_username(), _address(request))


def sign_in_failed(sender, credentials, request=None, **kwargs):
    logger.warning(
        "staff sign-in failed: %s from %s", credentials.get("username"), _address(request)
    )


def locked_out(sender, request, username, ip_address, **kwargs):
    logger.warning("staff sign-in locked out: %s from %s", username, ip_address)


def signed_out(sender, request, user, **kwargs):
    if user is not None:
        logger.info("staff sign-out: %s from %s", user.get_username(), _address(request))


# Operations on a page's version, as the audit trail words them.
PAGE_ACTIONS = {
    constants.OPERATION_PUBLISH: "published",
    constants.OPERATION_UNPUBLISH: "unpublished",
    constants.OPERATION_ARCHIVE: "archived a draft of",
}


def page_version_logged(sender, operation, obj, **kwargs):
    """One auditlog entry per publish, unpublish, revert or new draft of a CMS page."""
    version = obj
    if operation == constants.OPERATION_UNPUBLISH and kwargs.get("to_be_published"):
        return  # replaced by a newer version: the publish entry says it
    if operation == constants.OPERATION_DRAFT:
        source = version.source
        if source is not None and source.state != constants.PUBLISHED:
            action = f"reverted to version {source.number} of"
        else:
            action = "made a new draft of"
        actor = version.created_by
    else:
        action = PAGE_ACTIONS[operation]
        tracking = StateTracking.objects.filter(version=version).order_by("-pk").first()
        actor = tracking.user if tracking else version.created_by
    content = version.content
    LogEntry.objects.log_create(
        content,
        force_log=True,
        action=LogEntry.Action.UPDATE,
        actor=actor,
        object_repr=f"Page: {content.title} (/{content.page.get_path(content.language)})",
        changes_text=f"{action} the page (version {version.number})",
        changes={"version": [None, f"{version.number}: {action}"]},
        additional_data={"operation": operation, "version": version.number},
    )


class AuditActorMiddleware(AuditlogMiddleware):
    """django-auditlog's middleware, recording the address the site trusts, not X-Forwarded-For.

    Not for a visitor's reading request (GET, HEAD, OPTIONS, not signed in), which changes no
    record: django-auditlog would connect and disconnect a signal receiver for each (0.12 ms a
    request, measured on a bare view). Whatever the public sends (a question) is still recorded
    with its address."""

    def __call__(self, request):
        if request.method in READING_METHODS and not request.user.is_authenticated:
            return self.get_response(request)
        return super().__call__(request)

    @staticmethod
    def _get_remote_addr(request):
        return client_address(request)


def connect():
    user_logged_in.connect(signed_in, dispatch_uid="llr_site.staff.signed_in")
    user_login_failed.connect(sign_in_failed, dispatch_uid="llr_site.staff.sign_in_failed")
    user_logged_out.connect(signed_out, dispatch_uid="llr_site.staff.signed_out")
    user_locked_out.connect(locked_out, dispatch_uid="llr_site.staff.locked_out")
    post_version_operation.connect(
        page_version_logged, sender=PageContent, dispatch_uid="llr_site.staff.page_version_logged"
    )
