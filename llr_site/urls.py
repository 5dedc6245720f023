"""Site URLs. English only, so no language prefix: `/`, not `/en/`."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from search.sitemaps import SITEMAPS

handler403 = "llr_site.errors.permission_denied"
handler404 = "llr_site.views.page_not_found"
handler500 = "llr_site.views.server_error"

urlpatterns = [
    # Uploaded files anyone may see (people's photos), from local disk or object storage.
    path("media/", include("uploads.urls")),
    # Staff sign-in, second factor, and the admin's and CMS's own sign-ins sent there.
    path("", include("llr_site.staff.urls")),
    # Site search (/search/), robots.txt and the sitemaps: search/ (issue 15).
    path("", include("search.urls")),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap_index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("contacts.urls")),
    path("alerts/", include("alerts.urls")),
    path("feedback/", include("feedback.urls")),
    path("", include("cms.urls")),
    prefix_default_language=False,
)
