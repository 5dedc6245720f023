"""Site URLs. English only, so no language prefix: `/`, not `/en/`."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

handler403 = "llr_site.errors.permission_denied"
handler404 = "llr_site.views.page_not_found"
handler500 = "llr_site.views.server_error"

urlpatterns = [
    # Staff sign-in, second factor, and the admin's and CMS's own sign-ins sent there.
    path("", include("llr_site.staff.urls")),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("contacts.urls")),
    path("alerts/", include("alerts.urls")),
    path("feedback/", include("feedback.urls")),
    path("", include("cms.urls")),
    prefix_default_language=False,
)
