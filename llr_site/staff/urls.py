"""Staff sign-in URLs (included at the site's root, outside the CMS's language prefix)."""

from django.urls import path

from llr_site.staff import views

urlpatterns = [
    path("staff/sign-in/", views.StaffSignInView.as_view(), name="staff_sign_in"),
    path("staff/sign-in/code/", views.SignInCodeView.as_view(), name="staff_sign_in_code"),
    path(
        "staff/two-factor/set-up/",
        views.TwoFactorSetUpView.as_view(),
        name="staff_two_factor_set_up",
    ),
    path(
        "staff/two-factor/recovery-codes/",
        views.recovery_codes,
        name="staff_recovery_codes",
    ),
    path("staff/sign-out/", views.StaffSignOutView.as_view(), name="staff_sign_out"),
    # One sign-in page for staff: the admin's and the CMS toolbar's own send people to ours.
    path("admin/login/", views.admin_login_redirect),
    path("cms_login/", views.admin_login_redirect),
]
