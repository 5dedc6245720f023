"""Governance URLs, hung under the CMS page that carries the governance apphook."""

from django.urls import path

from governance import views

app_name = "governance"

urlpatterns = [
    path("", views.index, name="index"),
    path("meetings/", views.meeting_list, name="meeting_list"),
    path("meetings.ics", views.meetings_ics, name="meetings_ics"),
    path("meetings/<id:pk>/", views.meeting, name="meeting"),
    path("meetings/<id:pk>/question-received/", views.question_received, name="question_received"),
    path("meetings/<id:pk>.ics", views.meeting_ics, name="meeting_ics"),
    path("people/<slug:slug>/", views.person, name="person"),
    path("joint-working/", views.joint_working, name="joint_working"),
    path("<slug:slug>/", views.governing_body, name="governing_body"),
]
