"""The staff roles, as Django groups with least privilege.

Communications staff edit and publish CMS pages; governance officers look after the governance
and publications records (their permissions are added here as those models arrive) and never
touch CMS pages. Superusers administer users. `roles_sync` runs after every `migrate` (and
after a test database is flushed), from the site's app config, so every database has the groups
with exactly these permissions; a test checks that every permission named here exists.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db.models import Q


def crud(app_label, *model_names):
    """Add, change, delete and view on each model."""
    return [
        f"{app_label}.{action}_{model_name}"
        for model_name in model_names
        for action in ("add", "change", "delete", "view")
    ]


COMMUNICATIONS_STAFF = "Communications staff"
GOVERNANCE_OFFICERS = "Governance officers"

ROLE_PERMISSIONS = {
    COMMUNICATIONS_STAFF: [
        "cms.add_page",
        "cms.change_page",
        "cms.delete_page",
        "cms.view_page",
        "cms.publish_page",
        "cms.use_structure",
        "cms.add_usersettings",
        "cms.change_usersettings",
        "cms.view_usersettings",
        "djangocms_text.add_text",
        "djangocms_text.change_text",
        "djangocms_text.delete_text",
        "djangocms_text.view_text",
        "djangocms_versioning.add_version",
        "djangocms_versioning.change_version",
        "djangocms_versioning.view_version",
        "djangocms_versioning.add_pagecontentversion",
        "djangocms_versioning.change_pagecontentversion",
        "djangocms_versioning.view_pagecontentversion",
        *crud("ccgs", "keyfiguresblock", "timelineblock", "statementsblock"),
        *crud("governance", "nextmeetingblock"),
        # The "Latest publications" plugin, placed on any page.
        *crud("publications", "latestpublicationsblock"),
        # The contact details block, placed on any page (the record is governance officers').
        *crud("contacts", "contactdetailsblock"),
        # Site search: the report of what people search for, and best bets to pin results.
        "search.view_querycount",
        *crud("search", "bestbet"),
        # The NHS.UK components (issue 12).
        *crud(
            "nhsuk_components",
            "cardblock",
            "cardgroupblock",
            "insettextblock",
            "warningcalloutblock",
            "detailsblock",
            "expandergroupblock",
            "dodontlistblock",
            "actionlinkblock",
            "summarylistblock",
            "summarylistrowblock",
            "tableblock",
            "contentslistblock",
            "relatedpagesblock",
            "linkitemblock",
            "imageblock",
        ),
        # The media library (django-filer): upload, describe, organise in folders, reuse.
        *crud("filer", "file", "image", "folder"),
        "filer.can_use_directory_listing",
        "filer.add_clipboard",
        "filer.change_clipboard",
        "filer.delete_clipboard",
        "filer.view_clipboard",
        "filer.add_clipboarditem",
        "filer.change_clipboarditem",
        "filer.delete_clipboarditem",
        "filer.view_clipboarditem",
        # Content shared across pages (djangocms-alias), versioned like pages.
        *crud("djangocms_alias", "category", "alias", "aliascontent", "aliasplugin"),
        "djangocms_versioning.add_aliascontentversion",
        "djangocms_versioning.change_aliascontentversion",
        "djangocms_versioning.view_aliascontentversion",
        # Pages' review dates (Page menu, "Review dates…") and the list of pages due for review.
        *crud("editing", "pagereview"),
        "editing.view_pagereviewdue",
        # The lists of page texts and components linking to something withdrawn or unpublished.
        "editing.view_textwithdeadlinks",
        "editing.view_componentwithdeadlinks",
    ],
    GOVERNANCE_OFFICERS: [
        "ccgs.view_ccg",
        "ccgs.change_ccg",
        *crud("ccgs", "keyfigure", "timelineevent", "ccgarea", "ccgstatement"),
        "ccgs.view_practice",
        "ccgs.view_pcn",
        "ccgs.view_pcnmembership",
        "ccgs.view_odsimportrun",
        # The publications library. Publications and file versions are never deleted:
        # a publication is withdrawn, a file replaced by a new version.
        "publications.add_documenttype",
        "publications.change_documenttype",
        "publications.view_documenttype",
        "publications.add_publication",
        "publications.change_publication",
        "publications.view_publication",
        "publications.add_changenote",
        "publications.change_changenote",
        "publications.delete_changenote",
        "publications.view_changenote",
        "publications.add_publicationfile",
        "publications.change_publicationfile",
        "publications.view_publicationfile",
        "publications.view_fileversion",
        # Governance: people, governing bodies, meetings and their agendas.
        *(
            f"governance.{action}_{model}"
            for model in ["governingbody", "person", "appointment", "declaredinterest", "meeting"]
            for action in ["add", "change", "delete", "view"]
        ),
        *(f"governance.{action}_agendaitem" for action in ["add", "change", "delete", "view"]),
        # Questions come from the public form: officers moderate them, never add or delete them.
        "governance.change_question",
        "governance.view_question",
        # The contact details record: the organisations' contacts, DPO and FOI included.
        "contacts.change_contactdetails",
        "contacts.view_contactdetails",
        # Site search: the report of searches, and which uploaded files' text could not be read.
        "search.view_querycount",
        "search.view_filetext",
        # Email alerts: they see who subscribed to what and every email with its state, send
        # failed ones again, and export or erase one person's data (delete_subscriber). Nobody
        # adds or edits subscriptions but the person, from the links in the emails.
        "alerts.view_subscriber",
        "alerts.delete_subscriber",
        "alerts.view_subscription",
        "alerts.view_notice",
        "alerts.view_delivery",
        "alerts.view_outboxmessage",
        "alerts.change_outboxmessage",
        # "Is this page useful?": the answers and problem reports, per page.
        "feedback.view_pagefeedback",
        "feedback.delete_pagefeedback",
    ],
}


def roles_sync(**kwargs):
    """Create the groups and give each exactly the permissions listed above.

    Connected to `post_migrate` (see `llr_site/apps.py`); Django creates each app's permissions
    in its own `post_migrate` handler, app by app, so make sure they all exist first.
    """
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for group_name, names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        wanted = Q(pk__in=[])
        for name in names:
            app_label, codename = name.split(".", 1)
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(Permission.objects.filter(wanted))
