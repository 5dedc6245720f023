"""Hung on the primary care networks page: the list by CCG and a page per PCN."""

from django.urls import path

from ccgs import views

app_name = "pcns"
urlpatterns = [
    path("", views.pcn_list, name="list"),
    path("<ods_code:code>/", views.pcn_page, name="pcn"),
]
