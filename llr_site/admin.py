"""The user admin, with the actions a superuser needs for a colleague's sign-in."""

from auditlog.models import LogEntry
from axes.utils import reset as axes_reset
from django.contrib import admin, messages
from django.contrib.auth import admin as auth_admin
from django.contrib.auth import get_user_model

from llr_site.staff.two_factor import second_factor_reset

User = get_user_model()


@admin.action(description="Reset their second factor (they set up a new authenticator)")
def reset_second_factor(modeladmin, request, queryset):
    for user in queryset:
        second_factor_reset(user)
        LogEntry.objects.log_create(
            user,
            force_log=True,
            action=LogEntry.Action.UPDATE,
            actor=request.user,
            changes_text="second factor reset",
            changes={"second factor": ["set up", "reset"]},
        )
    messages.success(
        request,
        f"Second factor reset for {queryset.count()} account(s): at their next sign-in they "
        "set up a new authenticator app and get new recovery codes.",
    )


@admin.action(description="Lift their sign-in lockout")
def lift_lockout(modeladmin, request, queryset):
    count = sum(axes_reset(username=user.get_username()) for user in queryset)
    messages.success(request, f"Sign-in lockout lifted ({count} failed attempt record(s) removed).")


admin.site.unregister(User)


@admin.register(User)
class UserAdmin(auth_admin.UserAdmin):
    actions = [reset_second_factor, lift_lockout]
