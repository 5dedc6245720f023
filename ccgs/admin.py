"""The admin for CCG facts (governance officers) and a read-only view of the ODS data."""

from django.contrib import admin
from django.db import models

from ccgs.models import (
    Ccg,
    CcgArea,
    CcgStatement,
    KeyFigure,
    OdsImportRun,
    Pcn,
    PcnMembership,
    Practice,
    TimelineEvent,
)


class KeyFigureInline(admin.TabularInline):
    model = KeyFigure
    extra = 0
    fields = ["kind", "qualifier", "value", "description", "as_of", "as_of_precision", "source"]


class CcgAreaInline(admin.TabularInline):
    model = CcgArea
    extra = 0
    fields = ["kind", "name", "position", "source"]


@admin.register(Ccg)
class CcgAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "closed_on", "successor_name"]
    readonly_fields = ["code", "name"]
    fieldsets = [
        (None, {"fields": ["code", "name", "short_name", "page"]}),
        (
            "Organisation status",
            {
                "fields": ["closed_on", "successor_name", "successor_url"],
                "description": "When a closing date is set, every page of this CCG shows a "
                "banner saying it closed and who took over its responsibilities.",
            },
        ),
    ]
    inlines = [KeyFigureInline, CcgAreaInline]
    # A successor's website typed without a scheme is https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def has_add_permission(self, request):
        return False  # the three CCGs are reference data, created by a migration

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(KeyFigure)
class KeyFigureAdmin(admin.ModelAdmin):
    list_display = ["ccg", "kind", "value_display", "as_of_display", "source"]
    list_filter = ["ccg", "kind"]
    list_select_related = ["ccg"]


@admin.register(TimelineEvent)
class TimelineEventAdmin(admin.ModelAdmin):
    list_display = ["happened_on_display", "title", "ccg", "source"]
    list_filter = ["ccg"]
    list_select_related = ["ccg"]
    search_fields = ["title", "description"]


@admin.register(CcgStatement)
class CcgStatementAdmin(admin.ModelAdmin):
    list_display = ["ccg", "kind", "group", "position", "heading", "text"]
    list_filter = ["ccg", "kind"]
    list_select_related = ["ccg"]


class ReadOnlyAdmin(admin.ModelAdmin):
    """ODS data changes only through `import_ods`, so every import is validated and recorded."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PcnMembershipInline(admin.TabularInline):
    model = PcnMembership
    fields = ["practice", "started_on", "ended_on"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Practice)
class PracticeAdmin(ReadOnlyAdmin):
    list_display = [
        "code",
        "name",
        "postcode",
        "commissioner_code",
        "status",
        "prescribing_setting",
    ]
    list_filter = ["status", "ccg", "prescribing_setting"]
    search_fields = ["code", "name", "postcode"]
    list_select_related = ["ccg"]


@admin.register(Pcn)
class PcnAdmin(ReadOnlyAdmin):
    list_display = ["code", "name", "ccg", "opened_on", "closed_on"]
    list_filter = ["ccg"]
    search_fields = ["code", "name"]
    list_select_related = ["ccg"]
    inlines = [PcnMembershipInline]


@admin.register(OdsImportRun)
class OdsImportRunAdmin(ReadOnlyAdmin):
    list_display = [
        "started_at",
        "practices_file",
        "pcns_file",
        "published_on",
        "practices_added",
        "practices_updated",
        "practices_unchanged",
        "practices_closed",
        "duration_seconds",
    ]
