"""The library's URLs, hung under /publications/ by the apphook in cms_apps.py."""

from django.urls import path

from publications import views
from publications.feeds import LatestPublicationsFeed

app_name = "publications"

urlpatterns = [
    path("", views.library, name="library"),
    path("feed/", LatestPublicationsFeed(), name="feed"),
    path("<slug:slug>/", views.publication_detail, name="publication_detail"),
    path("<slug:slug>/files/<id:file_id>/", views.file_download, name="file_current"),
    path(
        "<slug:slug>/files/<id:file_id>/versions/<id:number>/",
        views.file_download,
        name="file_version",
    ),
]
