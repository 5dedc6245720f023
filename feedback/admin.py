"""Staff see, per page, how many found it useful or not and the problems reported."""

from django.contrib import admin
from django.db.models import Count, Q

from core.read_only_admin import ReadOnlyAdmin
from feedback.models import PageFeedback


@admin.register(PageFeedback)
class PageFeedbackAdmin(ReadOnlyAdmin):
    deletable = True
    list_display = ["path", "useful", "doing", "went_wrong", "created_at"]
    list_filter = ["useful", "created_at"]
    search_fields = ["path", "doing", "went_wrong"]
    readonly_fields = ["path", "useful", "doing", "went_wrong", "created_at"]
    change_list_template = "admin/feedback/pagefeedback/change_list.html"

    def changelist_view(self, request, extra_context=None):
        per_page = (
            PageFeedback.objects.values("path")
            .annotate(
                yes=Count("pk", filter=Q(useful=True)),
                no=Count("pk", filter=Q(useful=False)),
                reports=Count("pk", filter=Q(useful__isnull=True)),
            )
            .order_by("-no", "path")[:50]
        )
        return super().changelist_view(request, {**(extra_context or {}), "per_page": per_page})
