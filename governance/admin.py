"""Admin for governance officers: people, governing bodies, meetings and agendas, questions."""

from django.contrib import admin
from django.db.models.functions import ExtractYear
from django.utils import formats, timezone

from governance import services
from governance.forms import PersonAdminForm, QuestionModerationForm
from governance.models import (
    AgendaItem,
    Appointment,
    DeclaredInterest,
    GoverningBody,
    Meeting,
    Person,
    Question,
)


class YearFilter(admin.SimpleListFilter):
    """Meetings (or questions on them) by the year they are held in."""

    title = "year"
    parameter_name = "year"
    meeting_path = "starts_at"

    def lookups(self, request, model_admin):
        years = (
            Meeting.objects.annotate(year=ExtractYear("starts_at"))
            .values_list("year", flat=True)
            .distinct()
            .order_by("-year")
        )
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(**{f"{self.meeting_path}__year": int(self.value())})
        return queryset


class QuestionYearFilter(YearFilter):
    meeting_path = "agenda_item__meeting__starts_at"


class AppointmentInline(admin.TabularInline):
    model = Appointment
    extra = 0
    autocomplete_fields = ["person"]


class DeclaredInterestInline(admin.TabularInline):
    model = DeclaredInterest
    extra = 0


@admin.register(GoverningBody)
class GoverningBodyAdmin(admin.ModelAdmin):
    list_display = ["__str__", "slug"]
    # Also what editors' link search looks in (djangocms-link).
    search_fields = ["ccg__name", "ccg__short_name", "slug"]
    list_select_related = ["ccg"]
    inlines = [AppointmentInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    form = PersonAdminForm
    list_display = ["name", "title", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [DeclaredInterestInline]


@admin.register(Appointment)
class AppointmentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "role", "detail", "started_on", "ended_on"]
    list_filter = ["governing_body", "role"]
    list_select_related = ["person", "governing_body__ccg"]
    autocomplete_fields = ["person"]


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    extra = 1
    fields = ["position", "part", "reference", "title", "presenter", "purpose", "papers"]
    autocomplete_fields = ["papers"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "starts_at", "venue", "status", "question_deadline"]
    list_filter = ["governing_body", YearFilter, "status"]
    list_select_related = ["governing_body__ccg"]
    # Also what editors' link search looks in (djangocms-link).
    search_fields = ["governing_body__ccg__name", "governing_body__ccg__short_name", "venue"]
    date_hierarchy = "starts_at"
    readonly_fields = ["sequence"]
    autocomplete_fields = ["minutes"]
    inlines = [AgendaItemInline]

    def save_model(self, request, obj, form, change):
        services.meeting_revise(obj, form.changed_data)


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionModerationForm
    list_display = ["__str__", "meeting", "submitted_at", "status", "rejection_reason"]
    list_filter = [
        "status",
        ("agenda_item__meeting__governing_body", admin.RelatedOnlyFieldListFilter),
        QuestionYearFilter,
    ]
    list_select_related = ["agenda_item__meeting__governing_body__ccg"]
    search_fields = ["text", "name", "email"]
    readonly_fields = ["meeting", "agenda_item", "name", "email", "text", "submitted_at"]
    fields = [*readonly_fields, "status", "rejection_reason", "answer", "moderation"]

    def has_add_permission(self, request):
        return False  # questions come from the public form

    @admin.display(description="meeting")
    def meeting(self, question):
        return question.agenda_item.meeting

    @admin.display(description="moderated")
    def moderation(self, question):
        if not question.moderated_at:
            return "Not yet"
        moderated_at = formats.date_format(
            timezone.localtime(question.moderated_at), "DATETIME_FORMAT"
        )
        return f"{moderated_at} by {question.moderated_by}"

    def get_readonly_fields(self, request, obj=None):
        return [*self.readonly_fields, "moderation"]

    def save_model(self, request, obj, form, change):
        services.question_moderate(
            obj,
            user=request.user,
            status=form.cleaned_data["status"],
            rejection_reason=form.cleaned_data["rejection_reason"],
            answer=form.cleaned_data["answer"],
        )
