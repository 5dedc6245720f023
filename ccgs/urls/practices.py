"""Hung on the GP practices page: the finder, open data and a page per practice."""

from django.urls import path

from ccgs import views

app_name = "practices"
urlpatterns = [
    path("", views.practice_finder, name="finder"),
    path("practices.csv", views.practices_csv, name="csv"),
    path("practices.json", views.practices_json, name="json"),
    path("<ods_code:code>/", views.practice_page, name="practice"),
]
