"""How the seeder finds, reads, creates and updates a CMS page (see `seeder.py`).

A page is matched to its seed by `reverse_id`. It is written as published versions by the seed
account; a seed whose text changed makes a new published version (the old one stays in the
history), unless communications staff have made a version since: their work is left alone.
"""

from cms.api import create_page
from cms.models import Page, PageContent
from cms.utils.apphook_reload import mark_urlconf_as_changed
from django.conf import settings
from django.db import transaction
from djangocms_versioning.models import Version

from llr_site.seed import versioned
from llr_site.seed.data import SeedDataError
from llr_site.seed.plugins import plugin_add, plugins_read
from llr_site.seed.seeder import SeedKind

LANGUAGE = settings.LANGUAGE_CODE


class PageKind(SeedKind):
    """Pages of the seed tree, published by `user` on `site`; `item.identity` is a PageSeed."""

    # The apps' URLs hang on these pages: a deleted one is put back.
    recreate_deleted = True

    def __init__(self, user, site):
        self.user, self.site = user, site

    def find(self, item):
        return Page.objects.filter(reverse_id=item.identity.reverse_id, site=self.site).first()

    def read(self, page, item):
        content = versioned.content_published(PageContent, page=page)
        if content is None:
            return {}
        slots = content.rescan_placeholders()
        seeded = item.values["placeholders"]
        return {
            "title": content.title,
            "menu_title": content.menu_title or "",
            "meta_description": content.meta_description or "",
            "template": content.template,
            "in_navigation": content.in_navigation,
            "placeholders": {
                slot: plugins_read(slots.get(slot), specs) for slot, specs in seeded.items()
            },
        }

    def create(self, item):
        seed = item.identity
        parent = Page.objects.get(reverse_id=seed.parent, site=self.site) if seed.parent else None
        page = create_page(
            title=seed.title,
            template=seed.template,
            language=LANGUAGE,
            menu_title=seed.menu_title or None,
            slug=seed.slug,
            parent=parent,
            apphook=seed.apphook or None,
            apphook_namespace=seed.apphook_namespace or None,
            in_navigation=seed.in_navigation,
            reverse_id=seed.reverse_id,
            meta_description=seed.meta_description,
            created_by=self.user,
            site=self.site,
        )
        if seed.reverse_id == "home":
            # Seeded last (its links need the pages they point to), shown first.
            first = Page.objects.filter(site=self.site, depth=1).exclude(pk=page.pk).first()
            with transaction.atomic():
                if first is not None:
                    page.move_page(first, position="left")
                page.set_as_homepage(self.user)
        self._publish(PageContent.admin_manager.get(page=page, language=LANGUAGE), item)
        return page

    def update(self, page, item):
        draft = versioned.draft_from_published(PageContent, self.user, page=page)
        self._publish(draft.content, item)

    def edited_by_staff(self, page, current, record):
        return versioned.edited_by_staff(PageContent, self.user, page=page)

    def apphook_attach(self, seed):
        """Hang the seed's app on an existing page that lacks it; apphooks are not versioned.

        Returns whether it did.
        """
        page = Page.objects.filter(reverse_id=seed.reverse_id, site=self.site).first()
        if page is None or not seed.apphook or page.application_urls == seed.apphook:
            return False
        page.application_urls = seed.apphook
        page.application_namespace = seed.apphook_namespace or None
        page.save(update_fields=["application_urls", "application_namespace"])
        mark_urlconf_as_changed()
        return True

    def _publish(self, content, item):
        """Give the draft `content` the seed's fields and plugins, then publish it."""
        values = item.values
        for name in ("title", "menu_title", "meta_description", "template", "in_navigation"):
            setattr(content, name, values[name])
        content.save()
        slots = content.rescan_placeholders()
        for slot in values["placeholders"]:
            if slot not in slots:
                raise SeedDataError(
                    f"Page {item.identity.reverse_id}: its template {values['template']} has no "
                    f"placeholder {slot!r} (content/pages/{item.identity.reverse_id}/)."
                )
        # A placeholder the seed no longer fills is emptied too (the seeds' hand-written
        # "In this section" texts went when the navigation came from the page tree).
        for slot, placeholder in slots.items():
            placeholder.clear()
            for plugin in values["placeholders"].get(slot, []):
                plugin_add(placeholder, plugin, item)
        Version.objects.get_for_content(content).publish(self.user)
