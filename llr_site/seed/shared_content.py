"""The seed's shared content, read from `content/shared.toml` and the HTML files beside it.

Shared content (djangocms-alias) is written once and placed on many pages: the manifest lists
each piece with its static code (how the seed and the pages that place it find it again), its
name and category in the CMS, and its plugins, like a page's (`[[shared.plugin]]`, with `text`
naming an HTML file in `content/shared/`). A page places it with a plugin of type "Alias":
`fields = { alias = { model = "djangocms_alias.Alias", static_code = "joint-working" } }`.
"""

from dataclasses import dataclass
from pathlib import Path

from llr_site.seed.alias_kind import AliasKind
from llr_site.seed.data import CONTENT, SeedDataError, entries, manifest_read
from llr_site.seed.pages import CHILD_FIELDS, PLUGIN_OPTIONAL_FIELDS, PluginSeed, plugin_seed
from llr_site.seed.seeder import SeedItem, seed_items_apply, seed_key

MANIFEST = CONTENT / "shared.toml"
SHARED_FIELDS = {"static_code": str, "name": str, "category": str}
# The one placeholder of an AliasContent.
PLACEHOLDER = "content"


@dataclass(frozen=True)
class AliasSeed:
    """One piece of shared content: its static code, name, category and plugins."""

    static_code: str
    name: str
    category: str
    plugins: tuple[PluginSeed, ...]

    @property
    def values(self):
        """What publishing the seed writes into the shared content, as the seeder compares it."""
        return {
            "name": self.name,
            "category": self.category,
            "plugins": [plugin.values for plugin in self.plugins],
        }


def shared_content_load(manifest=None):
    """The shared content described by `manifest` and the HTML files beside it, checked."""
    manifest = Path(manifest or MANIFEST)
    data = manifest_read(manifest, "shared")
    texts = manifest.parent / "shared"
    seeds = []
    for number, entry in enumerate(
        entries(data, "shared", manifest, SHARED_FIELDS, {"plugin": []}), 1
    ):
        where = f"[[shared]] number {number} ({entry['static_code']}): "
        plugins = entries(
            entry, "plugin", manifest, CHILD_FIELDS, PLUGIN_OPTIONAL_FIELDS, where=where
        )
        if not plugins:
            raise SeedDataError(f"{manifest}: {where}it has no [[shared.plugin]].")
        seeds.append(
            AliasSeed(
                static_code=entry["static_code"],
                name=entry["name"],
                category=entry["category"],
                plugins=tuple(
                    plugin_seed(plugin, PLACEHOLDER, manifest, texts, where) for plugin in plugins
                ),
            )
        )
    return seeds


def shared_content_apply(user, site, report):
    """Create or update every piece of shared content; a seed step (see `steps.py`)."""
    items = [
        SeedItem(
            seed_key("shared", seed.static_code),
            seed.values,
            f"shared content {seed.static_code} ({seed.name})",
            identity=seed,
        )
        for seed in shared_content_load()
    ]
    outcomes, _ = seed_items_apply(AliasKind(user, site), items, report)
    return outcomes
