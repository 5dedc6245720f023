"""The library in the admin: governance officers add a publication and its files in one form."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from publications.forms import PublicationAdminForm, PublicationFileForm
from publications.models import (
    ChangeNote,
    DocumentType,
    FileVersion,
    Publication,
    PublicationFile,
)
from publications.services import file_version_add


@admin.register(DocumentType)
class DocumentTypeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class PublicationFileInline(admin.StackedInline):
    model = PublicationFile
    form = PublicationFileForm
    extra = 1
    can_delete = False
    fields = ["title", "upload", "note", "position", "version_history"]
    readonly_fields = ["version_history"]

    @admin.display(description="Versions")
    def version_history(self, document):
        if document.pk is None:
            return "None yet"
        return format_html_join(
            "",
            '<p><a href="{}">Version {}</a>: {} ({}, uploaded {:%d %b %Y}){}</p>',
            (
                (
                    version.get_absolute_url(),
                    version.number,
                    version.original_name,
                    version.file_format,
                    version.uploaded_at,
                    " current" if version.is_current else " superseded",
                )
                for version in document.versions.select_related("document__publication")
            ),
        )


class ChangeNoteInline(admin.TabularInline):
    model = ChangeNote
    extra = 1


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    form = PublicationAdminForm
    list_display = ["title", "document_type", "status", "first_published", "financial_year"]
    list_filter = ["status", "document_type", "ccgs", "financial_year"]
    list_select_related = ["document_type"]
    search_fields = ["title", "summary", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "first_published"
    inlines = [PublicationFileInline, ChangeNoteInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "document_type", "ccgs", "summary"]}),
        ("Dates", {"fields": ["financial_year", "first_published", "last_updated"]}),
        ("Status", {"fields": ["status", "withdrawn_reason"]}),
    ]

    def has_delete_permission(self, request, obj=None):
        return False  # nothing is deleted: a publication is withdrawn, with a public reason

    def save_formset(self, request, form, formset, change):
        formset.save()
        if formset.model is not PublicationFile:
            return
        for file_form in formset.forms:
            upload = file_form.cleaned_data.get("upload")
            if upload and file_form.upload_facts:
                file_version_add(
                    file_form.instance,
                    upload,
                    file_form.upload_facts,
                    user=request.user,
                    note=file_form.cleaned_data.get("note", ""),
                )


@admin.register(FileVersion)
class FileVersionAdmin(admin.ModelAdmin):
    """Every uploaded version, for looking up; versions are added through their publication."""

    list_display = ["original_name", "publication", "number", "file_format", "uploaded_at"]
    list_select_related = ["document__publication"]
    search_fields = ["original_name", "document__publication__title"]
    readonly_fields = [field.name for field in FileVersion._meta.fields]

    @admin.display(description="Publication")
    def publication(self, version):
        publication = version.document.publication
        url = reverse("admin:publications_publication_change", args=[publication.pk])
        return format_html('<a href="{}">{}</a>', url, publication)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
