"""The link search behind the text editor's link dialog and every link field (djangocms-link), and
pages' review dates.

djangocms-link answers every search from one admin view. Ours differs in two ways: a CMS page is
shown with its address, so that the three "Our strategic objectives" can be told apart; and a
record of the other linkable models is offered only when the public may see it, to anyone who
may edit pages (communications staff need no access to those models' admin pages for it).
"""

from cms.extensions import PageContentExtensionAdmin
from cms.models import Page
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html
from djangocms_link import admin as link_admin
from djangocms_link.models import Link

from core.read_only_admin import ReadOnlyAdmin
from editing.links import dead_link_component_ids, dead_link_text_ids
from editing.models import (
    ComponentWithDeadLinks,
    PageReview,
    PageReviewDue,
    TextWithDeadLinks,
)
from editing.selectors import link_target_is_live, page_review_due_list


class LinkSearchView(link_admin.AdminUrlsView):
    def serialize_result(self, obj):
        result = super().serialize_result(obj)
        if result and isinstance(obj, Page):
            result["text"] = f"{result['text']} ({result['url']})"
        model_admin = self.admin_site._registry.get(type(obj))
        if result and hasattr(model_admin, "link_text"):
            result["text"] = model_admin.link_text(obj)
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


@admin.register(PageReview)
class PageReviewAdmin(PageContentExtensionAdmin):
    """Review dates of a page, opened from the toolbar's Page menu (kept out of the index)."""

    fields = ["last_reviewed", "next_review_due"]


@admin.register(PageReviewDue)
class PageReviewDueAdmin(ReadOnlyAdmin):
    """Published pages whose review is due within EDITING_REVIEW_DUE_SOON_DAYS, or overdue."""

    list_display = ["page_title", "page_address", "last_reviewed", "next_review_due", "overdue"]
    list_display_links = None
    ordering = ["next_review_due"]

    def get_queryset(self, request):
        return page_review_due_list()

    @admin.display(description="page")
    def page_title(self, review):
        return review.extended_object.title

    @admin.display(description="address")
    def page_address(self, review):
        url = review.extended_object.page.get_absolute_url()
        return format_html('<a href="{}">{}</a>', url, url)

    @admin.display(boolean=True)
    def overdue(self, review):
        return review.next_review_due < timezone.localdate()


class DeadLinksAdmin(ReadOnlyAdmin):
    """A list of plugins on pages (current versions) that link to something the public may not
    see: the page's title and address, and the plugin's own words. `dead_link_ids` finds them."""

    list_display_links = None
    dead_link_ids = staticmethod(dead_link_text_ids)

    def get_queryset(self, request):
        return (
            self.model.objects.filter(pk__in=self.dead_link_ids())
            .select_related("placeholder")
            .order_by("pk")
        )

    @admin.display(description="page")
    def page_title(self, plugin):
        return plugin.placeholder.source.title

    @admin.display(description="address")
    def page_address(self, plugin):
        url = plugin.placeholder.source.page.get_absolute_url()
        return format_html('<a href="{}">{}</a>', url, url)


@admin.register(TextWithDeadLinks)
class TextWithDeadLinksAdmin(DeadLinksAdmin):
    """Texts on pages linking to something the public may not see."""

    list_display = ["page_title", "page_address", "text"]

    @admin.display(description="text")
    def text(self, text):
        return str(text)


@admin.register(ComponentWithDeadLinks)
class ComponentWithDeadLinksAdmin(DeadLinksAdmin):
    """Components on pages (card, action link, a chosen page...) linking to something the
    public may not see: visitors see the component without that link."""

    list_display = ["page_title", "page_address", "kind", "words"]
    dead_link_ids = staticmethod(dead_link_component_ids)

    @admin.display(description="component")
    def kind(self, plugin):
        return plugin.get_plugin_class().name

    @admin.display(description="text or title")
    def words(self, plugin):
        return str(plugin.get_plugin_instance()[0])
