"""Drafts stay private: only people who may edit a page see its drafts, structure or history.

django CMS's placeholder admin renders any object's edit, structure and preview views for any
staff user (the admin's `admin_view` checks `is_staff` only), and djangocms-versioning's custom
admin views (compare, archive, revert...) do the same. Governance officers are staff with no CMS
permission, so without this guard they could read every draft page by its sequential id.

The guard runs once the URL is resolved, before the view, and answers 403 unless the user has
the permission the object's own admin would ask for to change it.
"""

from cms.models import PageContent
from cms.utils.page_permissions import user_can_change_page
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied

# The placeholder admin's views that render an object's content, drafts included.
PLACEHOLDER_OBJECT_VIEWS = {
    "cms_placeholder_render_object_edit",
    "cms_placeholder_render_object_preview",
    "cms_placeholder_render_object_structure",
}


def user_can_see_drafts_of(user, content_type_id, object_id):
    """True when the user may change the object whose drafts the placeholder views render."""
    try:
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
    except (ContentType.DoesNotExist, ValueError):
        return False
    if model is None:
        return False
    if issubclass(model, PageContent):
        content = PageContent.admin_manager.select_related("page").filter(pk=object_id).first()
        return content is not None and user_can_change_page(user, content.page)
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


def versioning_admin_for(url_name):
    """The djangocms-versioning model admin whose custom view this URL name is, or None."""
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        if opts.app_label == "djangocms_versioning" and url_name.startswith(
            f"{opts.app_label}_{opts.model_name}_"
        ):
            return model_admin
    return None


class DraftPrivacyMiddleware:
    """Refuses the CMS's draft-rendering admin views to staff who may not edit the content."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.namespace != "admin" or not match.url_name:
            return None
        user = request.user
        if not (user.is_active and user.is_staff):
            return None  # the admin sends them to the sign-in page itself
        if match.url_name in PLACEHOLDER_OBJECT_VIEWS:
            if not user_can_see_drafts_of(user, *view_args[:2]):
                raise PermissionDenied
            return None
        model_admin = versioning_admin_for(match.url_name)
        if model_admin is not None and not model_admin.has_view_or_change_permission(request):
            raise PermissionDenied
        return None
