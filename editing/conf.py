"""The editing app's settings and their defaults."""

from django.conf import settings

# Editors link to CMS pages and to the models in DJANGOCMS_LINKABLE_MODELS (djangocms-link's
# setting). Whether the public may see one of those records now: a dotted path to a function of
# the record, for the models some of whose records are not public (every record of the others
# has a public page). A link to a record that fails its test is shown to the public as plain
# text, and flagged to staff.
EDITING_LINK_PUBLIC_TESTS = getattr(
    settings,
    "EDITING_LINK_PUBLIC_TESTS",
    {
        "cms.page": "editing.selectors.page_is_published",
        "publications.publication": "publications.selectors.publication_is_listed",
        "publications.publicationfile": "publications.selectors.publication_file_is_downloadable",
    },
)
DJANGOCMS_LINKABLE_MODELS = getattr(settings, "DJANGOCMS_LINKABLE_MODELS", [])

# Pages whose next review is due within this many days (or overdue) are in staff's list.
EDITING_REVIEW_DUE_SOON_DAYS = getattr(settings, "EDITING_REVIEW_DUE_SOON_DAYS", 30)
