"""Staff's view of alerts: subscribers and their subscriptions, notices, and every email with
its state (failed ones can be sent again); one person's data exported or erased."""

import json

from django.contrib import admin, messages
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path

from alerts import outbox, services
from alerts.models import Delivery, Notice, OutboxMessage, Subscriber, Subscription
from core.read_only_admin import ReadOnlyAdmin


class SubscriptionInline(admin.TabularInline):
    model = Subscription
    extra = 0
    fields = [
        "topic",
        "document_type",
        "ccg",
        "financial_year",
        "governing_body",
        "frequency",
        "created_at",
        "confirmed_at",
    ]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "created_at", "confirmed_at"]
    search_fields = ["email"]
    readonly_fields = ["email", "created_at", "confirmed_at"]
    inlines = [SubscriptionInline]

    def has_add_permission(self, request):
        return False  # only the person subscribes, by confirming their address

    def get_urls(self):
        view = self.admin_site.admin_view(self.personal_data_view)
        return [
            path("personal-data/", view, name="alerts_personal_data"),
            *super().get_urls(),
        ]

    def personal_data_view(self, request):
        """Subject access and erasure for one email address: subscriptions, emails, questions."""
        if not self.has_delete_permission(request):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        email = (request.POST.get("email") or request.GET.get("email") or "").strip()[:254]
        found = services.person_data(email) if email else None
        if request.method == "POST" and email and "export" in request.POST:
            response = HttpResponse(
                json.dumps(found, indent=2, ensure_ascii=False), content_type="application/json"
            )
            response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
            return response
        if request.method == "POST" and email and "erase" in request.POST:
            done = services.person_erase(email)
            self.message_user(
                request,
                f"Erased: subscriptions {'deleted' if done['subscriber'] else 'none'}, "
                f"{done['emails']} email records deleted, {done['questions']} questions "
                "without name and address.",
                messages.SUCCESS,
            )
            found = services.person_data(email)
        context = {
            **self.admin_site.each_context(request),
            "title": "Personal data of one person",
            "email": email,
            "found": found,
            "opts": self.model._meta,
        }
        return render(request, "admin/alerts/personal_data.html", context)


@admin.register(Notice)
class NoticeAdmin(ReadOnlyAdmin):
    deletable = True
    list_display = ["__str__", "kind", "due_at", "fanned_out_at"]
    list_filter = ["kind"]
    readonly_fields = [
        "key",
        "kind",
        "publication",
        "meeting",
        "detail",
        "due_at",
        "fanned_out_at",
        "created_at",
    ]


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "to", "state", "attempts", "next_attempt_at", "sent_at"]
    list_filter = ["state"]
    search_fields = ["to", "subject", "key"]
    readonly_fields = [
        "key",
        "to",
        "subject",
        "body_text",
        "state",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
    ]
    exclude = ["body_html", "headers"]
    actions = ["send_again"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Send the selected failed emails again", permissions=["change"])
    def send_again(self, request, queryset):
        count = outbox.outbox_retry(queryset)
        self.message_user(request, f"{count} failed email(s) queued to be sent again.")


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    deletable = True
    list_display = ["notice", "subscriber", "frequency", "written_at"]
    list_filter = ["frequency"]
    readonly_fields = ["notice", "subscriber", "frequency", "written_at", "created_at"]
