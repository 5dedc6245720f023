"""Plugins as the seed writes and reads them, in a page's placeholder or a shared content's.

A plugin is `{"type": ..., "fields": {...}, "children": [...]}` (see `pages.PluginSeed`); a field
given as a table names a record (`{"model": "ccgs.Ccg", "code": "04C"}`) or a seeded page
(`{"page": "home"}`). `item` is the SeedItem being applied, named in error messages.
"""

from itertools import zip_longest

from cms.api import add_plugin
from cms.models import Page
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldError, MultipleObjectsReturned, ObjectDoesNotExist

from llr_site.seed.data import SeedDataError

LANGUAGE = settings.LANGUAGE_CODE


def plugin_add(placeholder, plugin, item, parent=None):
    """Add `plugin` (and the plugins inside it) to `placeholder`, inside `parent` if given."""
    added = add_plugin(
        placeholder,
        plugin["type"],
        LANGUAGE,
        target=parent,
        **{name: _field_value(value, item) for name, value in plugin["fields"].items()},
    )
    for child in plugin.get("children", []):
        plugin_add(placeholder, child, item, parent=added)


def _field_value(value, item):
    """A seeded field's value: a record it names, a link to a seeded page, or itself."""
    if not isinstance(value, dict):
        return value
    if "page" in value:
        # A link (djangocms-link) to a page of the seed tree, followed through slug changes.
        return {"internal_link": f"cms.page:{_page_get(value['page'], item).pk}"}
    if "model" in value:
        return _record_get(value, item)
    return value


def _page_get(reverse_id, item):
    page = Page.objects.filter(reverse_id=reverse_id).first()
    if page is None:
        raise SeedDataError(
            f"{item.label}: a link names the page {reverse_id!r}, which "
            "is not in the seed tree before it."
        )
    return page


def _record_get(reference, item):
    """The record a plugin field names, e.g. {"model": "ccgs.Ccg", "code": "04C"}."""
    lookup = {name: value for name, value in reference.items() if name != "model"}
    try:
        return apps.get_model(reference["model"]).objects.get(**lookup)
    except (KeyError, LookupError, ValueError) as error:
        raise SeedDataError(f"{item.label}: a plugin field names no model: {reference}.") from error
    except (ObjectDoesNotExist, MultipleObjectsReturned, FieldError) as error:
        raise SeedDataError(f"{item.label}: no single record matches {reference}.") from error


def plugins_read(placeholder, specs):
    """The placeholder's top-level plugins as the seed describes them: type and seeded fields."""
    if placeholder is None:
        return []
    plugins = placeholder.get_plugins(LANGUAGE).filter(parent=None).order_by("position")
    return [_plugin_read(plugin, spec) for plugin, spec in zip_longest(plugins, specs)]


def _plugin_read(plugin, spec):
    if plugin is None:
        return None
    if spec is None or spec["type"] != plugin.plugin_type:
        return {"type": plugin.plugin_type}
    instance, _ = plugin.get_plugin_instance()
    fields = {}
    for name, seeded in spec["fields"].items():
        value = getattr(instance, name, None)
        if isinstance(seeded, dict) and "model" in seeded and value is not None:
            value = {
                "model": seeded["model"],
                **{key: getattr(value, key) for key in seeded if key != "model"},
            }
        fields[name] = value
    return {"type": plugin.plugin_type, "fields": fields}
