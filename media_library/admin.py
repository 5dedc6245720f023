"""The media library's admin: django-filer's, answering to the roles' permissions.

With folder permissions off, filer lets any member of staff change and delete every file; here
each view also needs the model permission the role gives (communications staff have them,
governance officers do not).
"""

from django.contrib import admin
from filer.admin.fileadmin import FileAdmin
from filer.admin.folderadmin import FolderAdmin
from filer.admin.imageadmin import ImageAdmin
from filer.models import File, Folder, Image


class RolePermissionRequired:
    def _role_allows(self, request, action):
        return request.user.has_perm(f"{self.opts.app_label}.{action}_{self.opts.model_name}")

    def has_module_permission(self, request):
        return self._role_allows(request, "view") and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return self._role_allows(request, "view") and super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._role_allows(request, "change") and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._role_allows(request, "delete") and super().has_delete_permission(request, obj)


for model, filer_admin in ((Folder, FolderAdmin), (File, FileAdmin), (Image, ImageAdmin)):
    admin.site.unregister(model)
    admin.site.register(
        model, type(filer_admin.__name__, (RolePermissionRequired, filer_admin), {})
    )
