from django.contrib import admin
from django.shortcuts import redirect

from contacts.models import ContactDetails


@admin.register(ContactDetails)
class ContactDetailsAdmin(admin.ModelAdmin):
    """One record: the list goes straight to it; it is neither added nor deleted."""

    fieldsets = [
        ("General enquiries", {"fields": ["postal_address", "telephone", "email"]}),
        ("Accessibility", {"fields": ["accessibility_email"]}),
        ("Data protection", {"fields": ["dpo_name", "dpo_email"]}),
        ("Freedom of information", {"fields": ["foi_email"]}),
    ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            return super().changelist_view(request, extra_context)
        ContactDetails.objects.get_or_create(pk=1)
        return redirect("admin:contacts_contactdetails_change", 1)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
