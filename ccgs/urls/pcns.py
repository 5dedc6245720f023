"""Hung on the primary care networks page: the list by CCG and a page per PCN."""

from django.urls import path, re_path

from ccgs import views

app_name = "pcns"
urlpatterns = [
    path("", views.pcn_list, name="list"),
    re_path(r"^(?P<code>[A-Za-z0-9]{1,10})/$", views.pcn_page, name="pcn"),
]
