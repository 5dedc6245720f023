"""How the seeder finds, reads, creates and updates shared content (see `seeder.py`).

Shared content is a djangocms-alias Alias, matched to its seed by its static code, with one
AliasContent per language versioned by djangocms-versioning like a page: written as published
versions by the seed account; a seed whose text changed makes a new published version, unless
communications staff have made a version since (their work is left alone).
"""

from django.conf import settings
from djangocms_alias.models import Alias, AliasContent, Category
from djangocms_versioning.models import Version

from llr_site.seed import versioned
from llr_site.seed.plugins import plugin_add, plugins_read
from llr_site.seed.seeder import SeedKind

LANGUAGE = settings.LANGUAGE_CODE


class AliasKind(SeedKind):
    """Shared content of `site`, published by `user`; `item.identity` is an AliasSeed."""

    def __init__(self, user, site):
        self.user, self.site = user, site

    def find(self, item):
        return Alias.objects.filter(static_code=item.identity.static_code, site=self.site).first()

    def read(self, alias, item):
        content = versioned.content_published(AliasContent, alias=alias)
        if content is None:
            return {}
        return {
            "name": content.name,
            "category": str(alias.category),
            "plugins": plugins_read(content.placeholder, item.values["plugins"]),
        }

    def create(self, item):
        seed = item.identity
        alias = Alias.objects.create(
            category=_category_get_or_create(seed.category),
            static_code=seed.static_code,
            site=self.site,
            creation_method=Alias.CREATION_BY_CODE,
        )
        content = AliasContent.objects.with_user(self.user).create(
            alias=alias, name=seed.name, language=LANGUAGE
        )
        self._publish(content, item)
        return alias

    def update(self, alias, item):
        draft = versioned.draft_from_published(AliasContent, self.user, alias=alias)
        alias.category = _category_get_or_create(item.identity.category)
        alias.save(update_fields=["category"])
        self._publish(draft.content, item)

    def edited_by_staff(self, alias, current, record):
        return versioned.edited_by_staff(AliasContent, self.user, alias=alias)

    def _publish(self, content, item):
        """Give the draft `content` the seed's name and plugins, then publish it."""
        content.name = item.values["name"]
        content.save(update_fields=["name"])
        placeholder = content.placeholder
        placeholder.clear()
        for plugin in item.values["plugins"]:
            plugin_add(placeholder, plugin, item)
        Version.objects.get_for_content(content).publish(self.user)


def _category_get_or_create(name):
    category = Category.objects.filter(translations__name=name).first()
    return category or Category.objects.create(name=name)
