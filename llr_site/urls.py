"""Site URLs. English only, so no language prefix: `/`, not `/en/`."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from llr_site import views

handler403 = "llr_site.errors.permission_denied"
handler404 = "llr_site.views.page_not_found"
handler500 = "llr_site.views.server_error"

urlpatterns = [
    path("staff/sign-in/", views.StaffSignInView.as_view(), name="staff_sign_in"),
    path("staff/sign-out/", views.StaffSignOutView.as_view(), name="staff_sign_out"),
    # One sign-in page for staff: the admin's own login form sends people to ours.
    path("admin/login/", views.admin_login_redirect),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("contacts.urls")),
    path("", include("cms.urls")),
    prefix_default_language=False,
)
