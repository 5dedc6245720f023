"""How communications staff edit: what they can link to and what the text editor offers."""

# Links to anything (issue 12.3): besides CMS pages, editors find these by title in the text
# editor's link dialog and in every component's link field (djangocms-link); each model's admin
# has the search fields (a publication's file: the "current file" link, found by the
# publication's title). editing/conf.py says which of their records the public may see.
DJANGOCMS_LINKABLE_MODELS = [
    "publications.publication",
    "publications.publicationfile",
    "ccgs.practice",
    "ccgs.pcn",
    "governance.meeting",
    "governance.person",
    "governance.governingbody",
]
# The text editor offers the NHS.UK content styles only (issue 12.4): paragraph, lede paragraph,
# headings 2 to 4, bulleted and numbered lists, bold, links. djangocms-text's TipTap editor also
# drops, on paste, every format whose button is not here (Word's fonts, colours, underline...);
# the server keeps only these whatever is sent (editing/sanitiser.py).
NHSUK_TEXT_TOOLBAR = [
    ["Paragraph", "BlockStyles", "Heading2", "Heading3", "Heading4"],
    "|",
    ["Bold"],
    "|",
    ["BulletedList", "NumberedList"],
    "|",
    ["Link", "Unlink"],
    "|",
    ["Undo", "Redo"],
]
TEXT_EDITOR_SETTINGS = {
    "toolbar_CMS": NHSUK_TEXT_TOOLBAR,
    "toolbar_HTMLField": NHSUK_TEXT_TOOLBAR,
    "blockStyles": [
        {"name": "Lede paragraph", "element": "p", "attributes": {"class": "nhsuk-body-l"}}
    ],
}
