"""Governance URLs, hung under the CMS page that carries the governance apphook."""

from django.urls import path, re_path

from governance import views

app_name = "governance"

# re_path with bounded digits: the apphook resolver would turn <int:pk> into an unbounded string.
MEETING = r"^meetings/(?P<pk>[0-9]{1,18})"

urlpatterns = [
    path("", views.index, name="index"),
    path("meetings/", views.meeting_list, name="meeting_list"),
    path("meetings.ics", views.meetings_ics, name="meetings_ics"),
    re_path(MEETING + r"/$", views.meeting, name="meeting"),
    re_path(MEETING + r"/question-received/$", views.question_received, name="question_received"),
    re_path(MEETING + r"\.ics$", views.meeting_ics, name="meeting_ics"),
    path("people/<slug:slug>/", views.person, name="person"),
    path("joint-working/", views.joint_working, name="joint_working"),
    path("<slug:slug>/", views.governing_body, name="governing_body"),
]
