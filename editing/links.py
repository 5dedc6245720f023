"""Links to anything (issue 12.3): references to our own records, resolved when shown.

A link made in the text editor's link dialog is stored as `<a data-cms-href="app.model:pk">`;
djangocms-text turns the reference into the record's current address each time the text is
rendered, so a changed slug is followed. Ours replaces its resolver so that a link to a record
the public may not see (an unpublished page, a withdrawn or embargoed publication, a deleted
record) is never a broken link: visitors get its words as plain text, staff in edit mode get the
link marked (`llr-link-dead`) with a title saying why.
"""

import re

from cms.models import CMSPlugin, PageContent
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from djangocms_link.fields import LinkField
from djangocms_text.html import register_attr
from djangocms_text.models import Text

from editing.selectors import link_reference_is_live, link_target_is_live

DEAD_LINK_CLASS = "llr-link-dead"
DEAD_LINK_TITLE = "Visitors see this as plain text: what it links to is withdrawn or unpublished"


def link_href_render(elem, obj, attr, edit_mode=False):
    """djangocms-text's resolver of `data-cms-href`, for links to records that may have gone."""
    live = link_target_is_live(obj)
    if live or (edit_mode and obj is not None):
        elem.attrib[attr] = obj.get_absolute_url()
    if live:
        return
    if edit_mode:
        elem.attrib["class"] = DEAD_LINK_CLASS
        elem.attrib["title"] = DEAD_LINK_TITLE
        return
    elem.tag = "span"
    elem.attrib.pop(attr, None)


def link_resolver_install():
    register_attr("data-cms-href", link_href_render)


def text_link_placeholders():
    """(placeholder id, language) of every text linking to a record: a record's change drops
    their cached copies (`content_cache`), so a link follows a new address or goes."""
    return Text.objects.filter(body__contains="data-cms-href").values_list(
        "placeholder_id", "language"
    )


REFERENCE = re.compile(r'data-cms-href="([a-z0-9_]+\.[a-z0-9_]+):(\d+)"')


def _on_current_pages(plugins):
    """Those of `plugins` on pages' current versions (published or draft)."""
    return plugins.filter(
        placeholder__content_type=ContentType.objects.get_for_model(PageContent),
        placeholder__object_id__in=PageContent.admin_manager.current_content().values("pk"),
    )


def dead_link_text_ids():
    """Ids of the texts on pages' current versions (published or draft) with a dead link."""
    texts = _on_current_pages(Text.objects.filter(body__contains="data-cms-href")).only(
        "pk", "body"
    )
    return [
        text.pk
        for text in texts
        if not all(link_reference_is_live(*ref) for ref in REFERENCE.findall(text.body))
    ]


def link_value_is_gone(value):
    """Whether a link field's value refers to a record the public may not see now."""
    internal = (value or {}).get("internal_link")
    return bool(internal) and not link_reference_is_live(*internal.split(":", 1))


def _link_fields(model):
    return [field.name for field in model._meta.concrete_fields if isinstance(field, LinkField)]


def dead_link_component_ids():
    """Ids of the plugins on pages' current versions whose link field (djangocms-link's, as
    every component's link is) refers to something the public may not see."""
    ids = []
    for model in apps.get_models():
        if not issubclass(model, CMSPlugin) or not (fields := _link_fields(model)):
            continue
        for plugin in _on_current_pages(model.objects.all()).only("pk", *fields):
            if any(link_value_is_gone(getattr(plugin, field)) for field in fields):
                ids.append(plugin.pk)
    return ids
