"""The one rule every component's link obeys, whatever djangocms-link's own checks allow.

A link typed by an editor may only be a web address, an email address, a telephone number or a
path on this site. Browsers ignore tabs, line breaks and leading control characters in a URL's
scheme (`java\tscript:` runs), so the scheme is read after removing them.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from djangocms_link.fields import LinkField, LinkFormField
from djangocms_link.helpers import get_link

from content_cache import content_cached
from editing.links import link_value_is_gone

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f]")


def link_scheme(url):
    """The scheme a browser would follow for `url` ("" for a relative link)."""
    return urlsplit(_IGNORED_BY_BROWSERS.sub("", url)).scheme.lower()


def url_refuse_unsafe(url):
    """Refuse `javascript:`, `data:` and any other scheme but http(s), mailto and tel."""
    scheme = link_scheme(url or "")
    if scheme and scheme not in SAFE_SCHEMES:
        raise ValidationError(
            f"Links to “{scheme}:” addresses are not allowed: give a web address starting "
            "https://, an email address, or choose a page or a record of this site.",
            code="unsafe_link",
        )


def link_refuse_unsafe(value):
    """Validator for a LinkField's value (also run on data that never met the form)."""
    url_refuse_unsafe((value or {}).get("external_link"))


class SafeLinkFormField(LinkFormField):
    """djangocms-link's field, saying plainly why a `javascript:` or `data:` link is refused."""

    external_link_validators = [url_refuse_unsafe, *LinkFormField.external_link_validators]


class SafeLinkField(LinkField):
    """A link to a page, a record, a file or an address; never to an unsafe scheme."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [link_refuse_unsafe])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        kwargs.setdefault("form_class", SafeLinkFormField)
        return super().formfield(**kwargs)


def link_url(value):
    """The address a LinkField's value leads to, or None: also None when it is a page or record
    the public may not see now (unpublished, withdrawn, a publication's file with no current
    version), so that no component shows a broken link. A link to a page or record is looked
    up once and kept until the content changes (publishing or moving a page changes it)."""
    if not value:
        return None
    reference = value.get("internal_link") or value.get("file_link")
    if not reference:
        return get_link(value)
    anchor = value.get("anchor", "")
    return content_cached(
        f"nhsuk_components:link:{reference}{anchor}", lambda: _live_link(dict(value))
    )


def _live_link(value):
    return None if link_value_is_gone(value) else get_link(value)


def links_gone(blocks):
    """Whether the link of any of these blocks (a component, the chosen pages it shows) refers
    to something the public may not see now (the component is then shown without it)."""
    return any(link_value_is_gone(getattr(block, "link", None)) for block in blocks)
