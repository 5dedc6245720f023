"""The link search behind the text editor's link dialog and every link field (djangocms-link).

djangocms-link answers every search from one admin view. Ours differs in two ways: a CMS page is
shown with its address, so that the three "Our strategic objectives" can be told apart; and a
record of the other linkable models is offered only when the public may see it, to anyone who
may edit pages (communications staff need no access to those models' admin pages for it).
"""

from cms.models import Page
from django.contrib import admin
from djangocms_link import admin as link_admin
from djangocms_link.models import Link

from editing.links import link_target_is_live


class LinkSearchView(link_admin.AdminUrlsView):
    def serialize_result(self, obj):
        result = super().serialize_result(obj)
        if result and isinstance(obj, Page):
            result["text"] = f"{result['text']} ({result['url']})"
        return result

    def has_perm(self, request, obj=None):
        if obj is None or isinstance(obj, Page):
            return super().has_perm(request, obj)
        return request.user.has_perm("cms.change_page") and link_target_is_live(obj)


class LinkSearchAdmin(link_admin.LinkAdmin):
    def url_view(self, request):
        return LinkSearchView.as_view(admin_site=self.admin_site)(request)


admin.site.unregister(Link)
admin.site.register(Link, LinkSearchAdmin)
