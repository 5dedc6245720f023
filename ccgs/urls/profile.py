"""Hung on each CCG's page: its profile."""

from django.urls import path

from ccgs import views

app_name = "ccg_profile"
urlpatterns = [path("", views.ccg_profile, name="profile")]
