"""The site's URLs plus a bare view, the baseline that page times are compared with."""

from django.http import HttpResponse
from django.urls import path

from llr_site.urls import handler404, handler500
from llr_site.urls import urlpatterns as site_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]


def bare(request):
    return HttpResponse("bare")


urlpatterns = [path("__bare__/", bare), *site_urlpatterns]
