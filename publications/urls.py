"""The library's URLs, hung under /publications/ by the apphook in cms_apps.py."""

from django.urls import path, re_path

from publications import views
from publications.feeds import LatestPublicationsFeed

app_name = "publications"

# Ids are bounded in length: the apphook resolver passes them as strings, and a huge number
# must be a 404, not an integer the database cannot hold.
urlpatterns = [
    path("", views.library, name="library"),
    path("feed/", LatestPublicationsFeed(), name="feed"),
    path("<slug:slug>/", views.publication_detail, name="publication_detail"),
    re_path(
        r"^(?P<slug>[-a-zA-Z0-9_]+)/files/(?P<file_id>[0-9]{1,15})/$",
        views.file_download,
        name="file_current",
    ),
    re_path(
        r"^(?P<slug>[-a-zA-Z0-9_]+)/files/(?P<file_id>[0-9]{1,15})/versions/(?P<number>[0-9]{1,9})/$",
        views.file_download,
        name="file_version",
    ),
]
