"""What the text editor may store: the NHS.UK content styles and nothing else (issue 12.4).

djangocms-text cleans every text plugin's HTML with nh3 when it is saved, asking its module's
`cms_parser` for the allowed tags and attributes. Ours replaces it (`EditingConfig.ready`), so
whatever reaches the server (the editor, a paste from Word, a crafted request) keeps only
paragraphs, the lede paragraph, headings 2 to 4, lists, bold and links: styles, fonts, colours,
spans, tables, images, `h1` and Word's markup lose their tags and keep their words. Links keep
only web, email and telephone addresses (a `javascript:` or `data:` link loses its address) and
references to our own records (`data-cms-href`, turned into an address when the page is shown).
"""

from djangocms_text import html as text_html

LEDE_CLASS = "nhsuk-body-l"


def lede_class_only(tag, attribute, value):
    """A paragraph's class is the lede's or nothing (no empty `class=""` left behind)."""
    if attribute != "class":
        return value
    return LEDE_CLASS if tag == "p" and LEDE_CLASS in value.split() else None


CLEAN_OPTIONS = {
    "tags": {"p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "b", "a", "br", "cms-plugin"},
    # Word's `<style>` and `<xml>` blocks hold no words for the page.
    "clean_content_tags": {"script", "style", "title", "xml"},
    "attributes": {
        "a": {"href", "data-cms-href"},
        # djangocms-text's marker of a plugin placed inside a text.
        "cms-plugin": {"id", "title", "name", "alt", "render-plugin", "type"},
        "p": {"class"},
    },
    "attribute_filter": lede_class_only,
    "url_schemes": {"http", "https", "mailto", "tel"},
    "generic_attribute_prefixes": set(),
    "link_rel": None,
}


class NhsukTextParser(text_html.NH3Parser):
    """djangocms-text's parser, answering with our options instead of its permissive defaults."""

    def __call__(self):
        return CLEAN_OPTIONS


def text_sanitiser_install():
    """djangocms-text reads `cms_parser` on every clean: from now on it reads ours."""
    text_html.cms_parser = NhsukTextParser()
