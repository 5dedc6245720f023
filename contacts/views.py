"""The public "Contact us" page: every contact of the record, or where else to get help."""

from django.shortcuts import render

from contacts.models import ContactDetailsBlock


def contact_page(request):
    return render(request, "contacts/contact_page.html", {"kinds": ContactDetailsBlock.Kind})
