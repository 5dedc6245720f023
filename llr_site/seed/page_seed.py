"""Builds CMS pages from seed definitions, as published versions that staff can edit afterwards.

A page is matched to its seed by `reverse_id`. A seed applied again changes nothing; a seed whose
text changed updates the page with a new published version (the old one stays in the history),
unless communications staff have edited the page since: their work is left alone.
"""

import hashlib
import json
from dataclasses import asdict, dataclass, field

from cms.api import add_plugin, create_page
from cms.models import Page, PageContent
from cms.utils.apphook_reload import mark_urlconf_as_changed
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from djangocms_versioning.models import Version

from llr_site.models import SeedRecord

LANGUAGE = settings.LANGUAGE_CODE
ADDED, UPDATED, UNCHANGED, KEPT = "added", "updated", "unchanged", "left alone (edited by staff)"


@dataclass(frozen=True)
class PluginSeed:
    """A plugin other than text, added after the placeholder's text: its type and field values.

    A field that points at a record names it as (model label, lookup), e.g. the plugin's CCG as
    ("ccgs.Ccg", {"code": "04C"}): ids differ between databases, codes do not.
    """

    placeholder: str
    plugin_type: str
    fields: dict[str, str | int | tuple[str, dict]] = field(default_factory=dict)

    def field_values(self):
        return {
            name: apps.get_model(value[0]).objects.get(**value[1])
            if isinstance(value, tuple)
            else value
            for name, value in self.fields.items()
        }


@dataclass(frozen=True)
class PageSeed:
    """One page of the seed content: where it goes, its title, and the HTML of each placeholder."""

    reverse_id: str
    slug: str
    title: str
    template: str
    # The HTML of each placeholder, or its parts in order: HTML, and plugins between the texts.
    placeholders: dict[str, str | tuple[str | PluginSeed, ...]] = field(default_factory=dict)
    menu_title: str = ""
    parent: str = ""
    in_navigation: bool = True
    meta_description: str = ""
    # The CMS app hung on this page (its class name in cms_apps.py) and the URL namespace.
    apphook: str = ""
    apphook_namespace: str = ""
    plugins: tuple[PluginSeed, ...] = ()

    @property
    def record_key(self):
        return f"page:{self.reverse_id}"

    @property
    def fingerprint(self):
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()


def page_seed_apply(seed, user, site):
    """Create or update the page for `seed`, published by `user`; return what was done."""
    page = Page.objects.filter(reverse_id=seed.reverse_id, site=site).first()
    if page is None:
        page = _page_create(seed, user, site)
        _publish(_draft_of(page), seed, user)
        outcome = ADDED
    else:
        outcome = _page_update(page, seed, user)
        if outcome != UPDATED:
            return outcome
    SeedRecord.objects.update_or_create(
        key=seed.record_key, defaults={"fingerprint": seed.fingerprint}
    )
    return outcome


def _page_update(page, seed, user):
    apphook_attached = _apphook_attach(page, seed)
    record = SeedRecord.objects.filter(key=seed.record_key).first()
    if record is not None and record.fingerprint == seed.fingerprint:
        return UPDATED if apphook_attached else UNCHANGED
    if _last_version(page).created_by_id != user.pk:
        return KEPT
    draft_version = Version.objects.get_for_content(_published_content(page)).copy(user)
    _publish(draft_version.content, seed, user)
    return UPDATED


def _page_create(seed, user, site):
    parent = Page.objects.get(reverse_id=seed.parent, site=site) if seed.parent else None
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
        created_by=user,
        site=site,
    )
    if seed.reverse_id == "home":
        with transaction.atomic():
            page.set_as_homepage(user)
    return page


def _apphook_attach(page, seed):
    """Hang the seed's app on an existing page that lacks it; apphooks are not versioned."""
    if not seed.apphook or page.application_urls == seed.apphook:
        return False
    page.application_urls = seed.apphook
    page.application_namespace = seed.apphook_namespace or None
    page.save(update_fields=["application_urls", "application_namespace"])
    mark_urlconf_as_changed()
    return True


def _publish(content, seed, user):
    """Give the draft `content` the seed's fields and plugins, then publish it."""
    content.title = seed.title
    content.menu_title = seed.menu_title
    content.meta_description = seed.meta_description
    content.template = seed.template
    content.in_navigation = seed.in_navigation
    content.save()
    placeholders = content.rescan_placeholders()
    for slot in {*seed.placeholders, *(plugin.placeholder for plugin in seed.plugins)}:
        placeholders[slot].clear()
    for slot, parts in seed.placeholders.items():
        for part in (parts,) if isinstance(parts, str) else parts:
            _plugin_add(placeholders[slot], part)
    for plugin in seed.plugins:
        _plugin_add(placeholders[plugin.placeholder], plugin)
    Version.objects.get_for_content(content).publish(user)


def _plugin_add(placeholder, part):
    if isinstance(part, str):
        add_plugin(placeholder, "TextPlugin", LANGUAGE, body=part.strip())
    else:
        add_plugin(placeholder, part.plugin_type, LANGUAGE, **part.field_values())


def _draft_of(page):
    return PageContent.admin_manager.get(page=page, language=LANGUAGE)


def _published_content(page):
    return PageContent.objects.get(page=page, language=LANGUAGE)


def _last_version(page):
    contents = PageContent.admin_manager.filter(page=page, language=LANGUAGE).values("pk")
    return (
        Version.objects.filter(
            content_type=ContentType.objects.get_for_model(PageContent), object_id__in=contents
        )
        .order_by("-pk")
        .first()
    )
