"""Email alerts' public URLs, under /alerts/. Tokens are signed (alerts/tokens.py) and bounded
in length."""

from django.urls import path, re_path

from alerts import views

app_name = "alerts"

TOKEN = r"(?P<token>[-A-Za-z0-9_:.]{1,400})"

urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("check-your-email/", views.check_email, name="check_email"),
    re_path(rf"^confirm/{TOKEN}/$", views.confirm, name="confirm"),
    re_path(rf"^manage/{TOKEN}/$", views.manage, name="manage"),
    re_path(rf"^unsubscribe/{TOKEN}/$", views.unsubscribe, name="unsubscribe"),
    re_path(rf"^unsubscribe-all/{TOKEN}/$", views.unsubscribe_all, name="unsubscribe_all"),
    re_path(rf"^delete-my-data/{TOKEN}/$", views.erase, name="erase"),
]
