"""django CMS's toolbar middleware, cheaper on every request that cannot show the toolbar.

The CMS builds its toolbar object on every request, a visitor's too: it resolves the address
again to find which app it is in, and makes an instance of every app's toolbar class (eleven
here), together 0.3 to 0.8 ms. A toolbar that is not shown never uses either: it populates the
apps' toolbars only for staff (`CMSToolbar.populate`), and renders nothing. A request from someone
not staff, who has not asked for the toolbar (`?toolbar_on`, which shows a visitor the CMS's
sign-in form), gets a `VisitorToolbar`: the CMS's toolbar built the CMS's way (the same state,
checked by tests/llr_site/test_toolbar_middleware.py) without those two steps.

The middleware also finds the editing endpoint among addresses resolved once (`path_match`).
"""

from collections import OrderedDict

from cms.middleware.toolbar import ToolbarMiddleware as CmsToolbarMiddleware
from cms.toolbar.toolbar import CMSToolbar, CMSToolbarBase
from cms.utils.conf import get_cms_setting
from django.utils.functional import SimpleLazyObject

from llr_site.resolving import path_match

EDIT_ENDPOINT = "cms_placeholder_render_object_edit"


class ToolbarMiddleware(CmsToolbarMiddleware):
    def is_edit_mode(self, request):
        match = path_match(request.path_info)
        return match is not None and match.url_name == EDIT_ENDPOINT

    def process_request(self, request):
        super().process_request(request)
        if hasattr(request, "toolbar"):
            request.toolbar = SimpleLazyObject(lambda: toolbar_build(request))


def toolbar_build(request):
    """The toolbar of `request`: a VisitorToolbar when it cannot be shown."""
    asked_for = get_cms_setting("CMS_TOOLBAR_URL__ENABLE") in request.GET
    if request.user.is_staff or asked_for:
        return CMSToolbar(request)
    return VisitorToolbar(request)


class VisitorToolbar(CMSToolbar):
    """`CMSToolbar.__init__` without its last two steps: the app of the address (`app_name`,
    left empty) and the apps' toolbars (none)."""

    def __init__(self, request):
        super(CMSToolbarBase, self).__init__()
        self._async = False
        self.right_items = []
        self.left_items = []
        self.last_left_items = []
        self.last_right_items = []
        self.populated = False
        self.post_template_populated = False
        self.menus = {}
        self.obj = None
        self.redirect_url = None
        self.request = None
        self.is_staff = None
        self.clipboard = None
        self.toolbar_language = None
        self.toolbar_language_bidi = None
        self.show_toolbar = True
        self.init_toolbar(request)
        self._cache_disabled = self.edit_mode_active or self.show_toolbar
        self.app_name = ""
        self.toolbars = OrderedDict()
