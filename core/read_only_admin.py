"""An admin for records staff read but never add or change (logs, reports, a worker's output)."""

from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """Staff with the view permission see the records; nobody adds or changes one here.

    Deleting follows the delete permission where `deletable`, else nobody deletes either.
    """

    deletable = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return self.deletable and super().has_delete_permission(request, obj)
