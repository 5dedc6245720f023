"""The library in the admin: governance officers add a publication and its files in one form."""

import logging

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join

from core.read_only_admin import ReadOnlyAdmin
from publications.forms import PublicationAdminForm, PublicationFileForm, TakedownForm
from publications.models import (
    ChangeNote,
    DocumentType,
    FileVersion,
    Publication,
    PublicationFile,
)
from publications.services import (
    file_version_add,
    file_version_take_down,
    publication_slug_record,
)

logger = logging.getLogger(__name__)


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
    def version_history(self, publication_file):
        if publication_file.pk is None:
            return "None yet"
        takedown = reverse(
            "admin:publications_publication_takedown", args=[publication_file.publication_id]
        )
        return format_html_join(
            "",
            '<p><a href="{}">Version {}</a>: {} ({}, uploaded {}){} {}</p>',
            (
                (
                    version.get_absolute_url(),
                    version.number,
                    version.original_name,
                    version.file_format,
                    _day(version.uploaded_at),
                    " current" if version.is_current else " superseded",
                    format_html(
                        "&ndash; taken down {}: {}",
                        _day(version.taken_down_at),
                        version.takedown_reason,
                    )
                    if version.is_taken_down
                    else format_html('<a href="{}?version={}">Take down</a>', takedown, version.pk),
                )
                for version in publication_file.versions.select_related(
                    "publication_file__publication"
                )
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
        ("Status", {"fields": ["status", "withdrawn_reason", "files_online"]}),
    ]
    readonly_fields = ["files_online"]

    def has_delete_permission(self, request, obj=None):
        return False  # nothing is deleted: a publication is withdrawn, with a public reason

    @admin.display(description="Files online")
    def files_online(self, publication):
        """How many file versions can still be downloaded, with the way to take them down:
        a withdrawn publication's page stays, and so do its files unless they are taken down."""
        if publication.pk is None:
            return "None yet"
        count = _live_versions(publication).count()
        if not count:
            return "None"
        url = reverse("admin:publications_publication_takedown", args=[publication.pk])
        return format_html(
            '{} version{} can be downloaded. <a href="{}">Take down files</a> uploaded by '
            "mistake{}.",
            count,
            "" if count == 1 else "s",
            url,
            " or no longer to be offered"
            if publication.status == Publication.Status.WITHDRAWN
            else "",
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        old_slug = form.initial.get("slug")
        # A slug the public may have seen keeps answering, with a 301 to the new one.
        if (
            change
            and "slug" in form.changed_data
            and form.initial.get("status") != Publication.Status.DRAFT
        ):
            publication_slug_record(obj, old_slug)

    def get_urls(self):
        takedown = path(
            "<path:object_id>/takedown/",
            self.admin_site.admin_view(self.takedown_view),
            name="publications_publication_takedown",
        )
        return [takedown, *super().get_urls()]

    def takedown_view(self, request, object_id):
        """Take down versions of this publication's files: their stored files are removed,
        their records stay with the date, the officer and a public reason."""
        publication = self.get_object(request, object_id)
        if publication is None:
            raise Http404("No such publication")
        if not self.has_change_permission(request, publication):
            raise PermissionDenied
        live = _live_versions(publication)
        change_url = reverse("admin:publications_publication_change", args=[publication.pk])
        if request.method == "POST":
            form = TakedownForm(request.POST, live_versions=live)
            if form.is_valid():
                self._take_down(request, publication, form.cleaned_data)
                return redirect(change_url)
        else:
            form = TakedownForm(
                initial={"versions": request.GET.getlist("version")}, live_versions=live
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": publication,
            "title": f"Take down files of {publication}",
            "form": form,
            "change_url": change_url,
        }
        return TemplateResponse(request, "admin/publications/takedown.html", context)

    def _take_down(self, request, publication, data):
        for version_id in data["versions"]:
            try:
                version = file_version_take_down(
                    publication, int(version_id), user=request.user, reason=data["reason"]
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            except Exception:
                # The storage refused: the transaction was rolled back, the record is unchanged.
                logger.exception("Takedown of file version %s failed", version_id)
                messages.error(
                    request,
                    f"The file of version id {version_id} could not be removed from storage, so "
                    "it was not taken down and is still online. Try again, or ask for help.",
                )
            else:
                messages.success(
                    request,
                    f"Taken down: {version.publication_file.title}, version {version.number} "
                    f"({version.original_name}). Its links now say it was removed, and why.",
                )

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


def _day(moment):
    # format_html escapes its arguments to text first, so a date format in the template string
    # would meet a str: format the date here, the site's way (7 December 2026).
    return date_format(timezone.localtime(moment))


def _live_versions(publication):
    return (
        FileVersion.objects.filter(
            publication_file__publication=publication, taken_down_at__isnull=True
        )
        .select_related("publication_file")
        .order_by("publication_file__position", "publication_file_id", "-number")
    )


@admin.register(PublicationFile)
class PublicationFileLinkAdmin(admin.ModelAdmin):
    """Not a page of the admin: what the link search (djangocms-link) needs to offer "the
    current file of a publication", found by the publication's title or the file's. The link
    goes to the file's stable address, so it follows a new version and a slug change."""

    search_fields = ["publication__title", "title"]

    def get_urls(self):
        return []

    def has_module_permission(self, request):
        return False

    def get_link_queryset(self, request, site):
        return PublicationFile.objects.select_related("publication").order_by(
            "publication__title", "position", "pk"
        )

    def link_text(self, publication_file):
        return f"{publication_file.publication.title}: {publication_file.title} (current file)"


@admin.register(FileVersion)
class FileVersionAdmin(ReadOnlyAdmin):
    """Every uploaded version, for looking up; versions are added through their publication."""

    list_display = [
        "original_name",
        "publication",
        "number",
        "file_format",
        "uploaded_at",
        "taken_down_at",
    ]
    list_select_related = ["publication_file__publication"]
    search_fields = ["original_name", "publication_file__publication__title"]
    readonly_fields = [field.name for field in FileVersion._meta.fields]

    @admin.display(description="Publication")
    def publication(self, version):
        publication = version.publication_file.publication
        url = reverse("admin:publications_publication_change", args=[publication.pk])
        return format_html('<a href="{}">{}</a>', url, publication)
