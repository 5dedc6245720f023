"""The seed page tree, read from `content/pages.toml` and one HTML file per placeholder.

The manifest lists the pages, parents before children, in menu order. Each page's text lives in
`content/pages/<reverse_id>/`, one file per placeholder named after it (`content.html`,
`side-column.html` for "side column", `introduction.html`); the loader strips the surrounding
blank lines. Other plugins are listed under the page in the manifest (`[[page.plugin]]`), after
its text; a field that names a record gives its model and lookup, e.g.
`ccg = { model = "ccgs.Ccg", code = "04C" }` (ids differ between databases, codes do not).
"""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from llr_site.seed.data import CONTENT, SeedDataError, entries, manifest_read
from llr_site.seed.page_kind import PageKind
from llr_site.seed.seeder import UNCHANGED, UPDATED, SeedItem, seed_apply, seed_key

MANIFEST = CONTENT / "pages.toml"

PAGE_FIELDS = {"reverse_id": str, "slug": str, "title": str, "template": str}
PAGE_OPTIONAL_FIELDS = {
    "parent": "",
    "menu_title": "",
    "in_navigation": True,
    "meta_description": "",
    # The CMS app hung on this page (its class name in cms_apps.py) and its URL namespace.
    "apphook": "",
    "apphook_namespace": "",
    "plugin": [],
}
PLUGIN_FIELDS = {"placeholder": str, "type": str}
# `plugin`: the plugins inside this one ([[page.plugin.plugin]], as deep as needed); `text`: an
# HTML file in the page's `parts/` folder, the body of a TextPlugin or, for any other plugin, of
# a text placed first inside it.
PLUGIN_OPTIONAL_FIELDS = {"fields": {}, "plugin": [], "text": ""}
CHILD_FIELDS = {"type": str}
PARTS = "parts"


@dataclass(frozen=True)
class PluginSeed:
    """A plugin other than text, added after the placeholder's text: its type and field values.

    A field given as a table names a record: `{"model": "ccgs.Ccg", "code": "04C"}`.
    """

    placeholder: str
    plugin_type: str
    fields: dict = field(default_factory=dict)
    children: tuple["PluginSeed", ...] = ()

    @property
    def values(self):
        """The plugin as the seeder writes and compares it (children only when it has any, so
        the fingerprints of pages without nested plugins stay as they were)."""
        values = {"type": self.plugin_type, "fields": self.fields}
        if self.children:
            values["children"] = [child.values for child in self.children]
        return values


@dataclass(frozen=True)
class PageSeed:
    """One page of the seed content: where it goes, its title, and the HTML of each placeholder."""

    reverse_id: str
    slug: str
    title: str
    template: str
    placeholders: dict[str, str] = field(default_factory=dict)
    menu_title: str = ""
    parent: str = ""
    in_navigation: bool = True
    meta_description: str = ""
    apphook: str = ""
    apphook_namespace: str = ""
    plugins: tuple[PluginSeed, ...] = ()

    @property
    def values(self):
        """What publishing the seed writes into a page's content, as the seeder compares it."""
        placeholders = {
            slot: [] for slot in (*self.placeholders, *(p.placeholder for p in self.plugins))
        }
        for slot, html in self.placeholders.items():
            placeholders[slot].append({"type": "TextPlugin", "fields": {"body": html}})
        for plugin in self.plugins:
            placeholders[plugin.placeholder].append(plugin.values)
        return {
            "title": self.title,
            "menu_title": self.menu_title,
            "meta_description": self.meta_description,
            "template": self.template,
            "in_navigation": self.in_navigation,
            "placeholders": placeholders,
        }


def pages_load(manifest=None):
    """The page tree described by `manifest` and the page folders beside it, checked."""
    manifest = Path(manifest or MANIFEST)
    data = manifest_read(manifest, "page")
    folders = manifest.parent / "pages"
    pages, seen = [], set()
    for number, entry in enumerate(
        entries(data, "page", manifest, PAGE_FIELDS, PAGE_OPTIONAL_FIELDS), 1
    ):
        reverse_id = entry["reverse_id"]
        where = f"[[page]] number {number} ({reverse_id})"
        if reverse_id in seen:
            raise SeedDataError(f"{manifest}: {where}: a page with this reverse_id comes earlier.")
        if entry["parent"] and entry["parent"] not in seen:
            raise SeedDataError(
                f"{manifest}: {where}: its parent {entry['parent']!r} must come before it."
            )
        seen.add(reverse_id)
        plugins = entries(
            entry, "plugin", manifest, PLUGIN_FIELDS, PLUGIN_OPTIONAL_FIELDS, where=f"{where}: "
        )
        parts = folders / reverse_id / PARTS
        pages.append(
            PageSeed(
                **{
                    name: entry[name]
                    for name in (*PAGE_FIELDS, *PAGE_OPTIONAL_FIELDS)
                    if name != "plugin"
                },
                placeholders=_placeholders_read(folders / reverse_id, manifest, where),
                plugins=tuple(
                    plugin_seed(plugin, plugin["placeholder"], manifest, parts, f"{where}: ")
                    for plugin in plugins
                ),
            )
        )
    strays = sorted(
        folder.name for folder in folders.iterdir() if folder.is_dir() and folder.name not in seen
    )
    if strays:
        raise SeedDataError(
            f"{folders}: folder(s) {', '.join(strays)} belong to no page in {manifest.name}."
        )
    return pages


def plugin_seed(entry, placeholder, manifest, parts, where):
    """A PluginSeed from its checked manifest entry, with its children and text read."""
    children = entries(
        entry, "plugin", manifest, CHILD_FIELDS, PLUGIN_OPTIONAL_FIELDS, where=f"{where}"
    )
    fields = dict(entry["fields"])
    nested = [plugin_seed(child, placeholder, manifest, parts, where) for child in children]
    if entry["text"]:
        body = _html_read(parts / entry["text"], manifest, where)
        if entry["type"] == "TextPlugin":
            fields["body"] = body
        else:
            nested.insert(0, PluginSeed(placeholder, "TextPlugin", {"body": body}))
    return PluginSeed(placeholder, entry["type"], fields, tuple(nested))


def _html_read(path, manifest, where):
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError as error:
        raise SeedDataError(f"{manifest}: {where}its text file {path} is missing.") from error
    except UnicodeDecodeError as error:
        raise SeedDataError(f"{path}: not UTF-8 text ({error}).") from error


def _placeholders_read(folder, manifest, where):
    if not folder.is_dir():
        raise SeedDataError(f"{manifest}: {where}: its text folder {folder} is missing.")
    placeholders = {}
    for path in sorted(folder.iterdir()):
        if path.name == PARTS and path.is_dir():
            continue
        if path.suffix != ".html":
            raise SeedDataError(f"{path}: not a placeholder's HTML file (<placeholder>.html).")
        try:
            placeholders[path.stem.replace("-", " ")] = path.read_text(encoding="utf-8").strip()
        except UnicodeDecodeError as error:
            raise SeedDataError(f"{path}: not UTF-8 text ({error}).") from error
    return placeholders


def pages_apply(user, site, report):
    """Create or update every page of the tree; a seed step (see `steps.py`)."""
    kind = PageKind(user, site)
    outcomes = Counter()
    for seed in pages_load():
        item = SeedItem(
            seed_key("page", seed.reverse_id),
            seed.values,
            f"page {seed.reverse_id} ({seed.title})",
            identity=seed,
        )
        attached = kind.apphook_attach(seed)
        outcome, _ = seed_apply(kind, item)
        if attached and outcome == UNCHANGED:
            outcome = UPDATED
        outcomes[outcome] += 1
        report(outcome, item.label)
    return outcomes
