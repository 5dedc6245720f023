"""The text editor stores the NHS.UK content styles only, whatever is sent (issue 12.4)."""

import pytest
from cms.api import add_plugin
from cms.models import Placeholder
from djangocms_text.html import clean_html

# What Word puts on the clipboard for a heading, a styled paragraph, a list and an empty line.
WORD_PASTE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style>p.MsoNormal {font-family: Calibri;}</style></head><body>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
<h1 style="margin:0cm"><span style="font-size:20pt;font-family:Arial">Board meetings</span></h1>
<p class="MsoNormal" style="color:#C00000"><span lang="EN-GB" style="font-family:Calibri">
Anyone can ask a <b style="mso-bidi-font-weight:normal">question</b> <i>in writing</i>.</span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<ul style="margin-top:0cm">
<li class="MsoListParagraph"><span style="font-size:11pt">First</span></li></ul>
<table class="MsoTableGrid"><tr><td>cell</td></tr></table>
</body></html>"""


def test_word_paste_keeps_its_structure_and_loses_its_styling():
    cleaned = clean_html(WORD_PASTE)
    assert "<ul>\n<li>First</li></ul>" in cleaned
    assert "<b>question</b>" in cleaned
    for trace in ("style", "Mso", "span", "font", "Calibri", "<table", "<td", "<i>", "o:p", "xml"):
        assert trace not in cleaned, trace
    # An h1 would be a second page title: its words stay, its tag goes.
    assert "<h1" not in cleaned
    assert "Board meetings" in cleaned


@pytest.mark.parametrize(
    "html, stored",
    [
        ('<p class="nhsuk-body-l">Lede</p>', '<p class="nhsuk-body-l">Lede</p>'),
        ('<p class="nhsuk-body-l lead text-danger">Lede</p>', '<p class="nhsuk-body-l">Lede</p>'),
        ('<p class="text-danger">Plain</p>', "<p>Plain</p>"),
        ("<h2>Two</h2><h3>Three</h3><h4>Four</h4>", "<h2>Two</h2><h3>Three</h3><h4>Four</h4>"),
        ("<h5>Five</h5><h6>Six</h6>", "FiveSix"),
        ("<ol><li>One</li></ol>", "<ol><li>One</li></ol>"),
        (
            "<p><strong>Bold</strong> <u>under</u> <mark>marked</mark> <code>x</code></p>",
            "<p><strong>Bold</strong> under marked x</p>",
        ),
        ('<p style="text-align:justify">Justified</p>', "<p>Justified</p>"),
        ("<blockquote>Quote</blockquote><hr>", "Quote"),
        ('<img src="/a.png" alt="a">', ""),
        (
            '<a href="https://www.nhs.uk/" target="_blank" class="x">NHS</a>',
            '<a href="https://www.nhs.uk/">NHS</a>',
        ),
        ('<a href="mailto:a@nhs.example">email</a>', '<a href="mailto:a@nhs.example">email</a>'),
        (
            '<a href="/leicester-city/" data-cms-href="cms.page:3">page</a>',
            '<a href="/leicester-city/" data-cms-href="cms.page:3">page</a>',
        ),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
        ('<a href=" JavaScript:alert(1)">x</a>', "<a>x</a>"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "<a>x</a>"),
        ('<p onclick="alert(1)">x</p><script>alert(1)</script>', "<p>x</p>"),
    ],
)
def test_only_the_nhsuk_content_styles_are_stored(html, stored):
    assert clean_html(html) == stored


@pytest.mark.django_db
def test_a_text_plugin_saved_with_other_markup_stores_only_what_is_allowed():
    placeholder = Placeholder.objects.create(slot="content")
    text = add_plugin(
        placeholder,
        "TextPlugin",
        "en-gb",
        body='<h1 style="color:red">Title</h1><p><a href="javascript:alert(1)">x</a></p>',
    )
    text.refresh_from_db()
    assert text.body == "Title<p><a>x</a></p>"
