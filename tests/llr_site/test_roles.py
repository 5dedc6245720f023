"""Who can reach what: anonymous visitors, each staff role and a superuser."""

from base64 import b32decode

import pytest
from cms.models import CMSPlugin, Page
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django_otp.oath import totp
from djangocms_alias.models import AliasContent

from llr_site.roles import COMMUNICATIONS_STAFF, GOVERNANCE_OFFICERS, ROLE_PERMISSIONS
from publications.models import Publication
from tests.factories import (
    AgendaItemFactory,
    MeetingFactory,
    PublicationFactory,
    QuestionFactory,
    UserFactory,
    staff_sign_in,
)

pytestmark = pytest.mark.django_db

ALLOWED, SIGN_IN, FORBIDDEN, NOT_FOUND = "allowed", "sign in", "forbidden", "not found"
VISITORS = ["anonymous", "communications", "governance", "superuser"]
ACCOUNTS = {
    "communications": {"group": COMMUNICATIONS_STAFF},
    "governance": {"group": GOVERNANCE_OFFICERS},
    "superuser": {"is_superuser": True},
    "not staff": {"is_staff": False},
}
VERSIONS = "/admin/djangocms_versioning/pagecontentversion/?page={page}"  # a seeded page's id
QUESTION = "/admin/governance/question/{question}/change/"  # a question from the public
# The seeded shared content "joint-working": its Alias, and its published AliasContent.
SHARED = "/admin/djangocms_alias/alias/{alias}/change/"
SHARED_VERSIONS = "/admin/djangocms_versioning/aliascontentversion/?alias={alias}"
SHARED_PREVIEW = "/admin/cms/placeholder/object/{alias_ct}/preview/{alias_content}/"

# url, then what each of VISITORS gets, in that order
ACCESS = [
    ("/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/admin/", SIGN_IN, ALLOWED, ALLOWED, ALLOWED),
    ("/admin/cms/pagecontent/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/cms/pagecontent/add/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    (VERSIONS, SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/auth/user/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    ("/admin/auth/group/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    ("/admin/sites/site/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    # The CCGs' facts are governance officers' to keep; ODS data changes only by import.
    ("/west-leicestershire/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/practices/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/admin/ccgs/ccg/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/ccgs/ccg/add/", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
    ("/admin/ccgs/keyfigure/add/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/ccgs/timelineevent/add/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/ccgs/practice/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/ccgs/practice/add/", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
    ("/admin/ccgs/odsimportrun/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/governance/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/governance/meetings/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/admin/governance/meeting/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/governance/meeting/add/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/governance/person/add/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/governance/governingbody/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/governance/appointment/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/governance/question/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    (QUESTION, SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    # The publications library: governance officers' work, not communications staff's.
    ("/admin/publications/publication/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/publications/publication/add/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/publications/documenttype/add/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/publications/fileversion/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    # The contact details: governance officers keep the record (DPO, FOI and the rest);
    # communications staff place its block on pages (the plugin), nothing else.
    ("/contact/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/admin/contacts/contactdetails/1/change/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/contacts/contactdetails/add/", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
    ("/admin/contacts/contactdetails/1/delete/", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
    # The media library (django-filer) and its upload: communications staff's, for pages.
    ("/admin/filer/folder/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/filer/image/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/publications/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/publications/feed/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/publications/wres-action-plan-2021/", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    # A draft: only those who look after the library may preview it.
    ("/publications/{draft}/", NOT_FOUND, NOT_FOUND, ALLOWED, ALLOWED),
    # Site search: everyone searches; staff read the report of searches (counts only);
    # communications staff pin best bets; officers see which files' text could not be read.
    ("/search/?q=leicester", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/admin/search/querycount/", SIGN_IN, ALLOWED, ALLOWED, ALLOWED),
    ("/admin/search/bestbet/add/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/search/filetext/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/search/entry/", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND),
    # Email alerts and page feedback: governance officers see subscriptions, emails and
    # feedback, and export or erase one person's data; only the person subscribes. The task
    # queue itself is for superusers.
    ("/alerts/subscribe/?topic=publications", ALLOWED, ALLOWED, ALLOWED, ALLOWED),
    ("/admin/alerts/subscriber/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/alerts/subscriber/add/", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
    ("/admin/alerts/subscriber/personal-data/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/alerts/outboxmessage/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/alerts/notice/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/alerts/delivery/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/feedback/pagefeedback/", SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED),
    ("/admin/django_tasks_database/dbtaskresult/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    # One sign-in: the CMS's own sends everyone to it. Sign-ins, lockouts, second factors and
    # the audit trail are for superusers only.
    ("/cms_login/", SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN),
    ("/admin/auditlog/logentry/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    ("/admin/axes/accessattempt/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    ("/admin/axes/accesslog/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    ("/admin/axes/accessfailurelog/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    ("/admin/otp_totp/totpdevice/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    ("/admin/otp_static/staticdevice/", SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED),
    # Content shared across pages (djangocms-alias): communications staff create, edit, publish
    # and place it, as they do pages; governance officers cannot.
    ("/admin/djangocms_alias/alias/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/djangocms_alias/alias/add/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    (SHARED, SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    (SHARED_VERSIONS, SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    (SHARED_PREVIEW, SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/djangocms_alias/category/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    # Pages' review dates and the list of pages due for review: communications staff's.
    ("/admin/editing/pagereviewdue/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/editing/pagereview/add/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/editing/textwithdeadlinks/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
    ("/admin/editing/componentwithdeadlinks/", SIGN_IN, ALLOWED, FORBIDDEN, ALLOWED),
]
CASES = [
    (url, who, expected)
    for url, *outcomes in ACCESS
    for who, expected in zip(VISITORS, outcomes, strict=True)
] + [
    # An account that is not staff (even with a second factor) gets what anonymous visitors get.
    (url, "not staff", outcomes[0])
    for url, *outcomes in ACCESS
]


@pytest.fixture
def visitor(client):
    signed_in = set()

    def sign_in_as(who):
        if who in ACCOUNTS and who not in signed_in:
            staff_sign_in(client, UserFactory(username=who, **ACCOUNTS[who]))
            signed_in.add(who)
        return client

    return sign_in_as


def outcome_of(response):
    if response.status_code == 200:
        return ALLOWED
    if response.status_code == 302 and response.url.startswith("/staff/sign-in/"):
        return SIGN_IN
    if response.status_code in (302, 403):
        return FORBIDDEN
    if response.status_code == 404:
        return NOT_FOUND
    raise AssertionError(f"unexpected {response.status_code}")


@pytest.mark.parametrize(("url", "who", "expected"), CASES)
def test_access(visitor, url, who, expected):
    if "{question}" in url:
        url = url.format(
            question=QuestionFactory(agenda_item=AgendaItemFactory(meeting=MeetingFactory())).pk
        )
    draft = PublicationFactory(title="A draft report", status=Publication.Status.DRAFT)
    shared = AliasContent.objects.get(alias__static_code="joint-working")
    url = url.format(
        page=Page.objects.get(reverse_id="cookies").pk,
        draft=draft.slug,
        alias=shared.alias_id,
        alias_ct=ContentType.objects.get_for_model(AliasContent).pk,
        alias_content=shared.pk,
    )
    response = visitor(who).get(url, follow=False)
    if response.status_code == 302 and response.url.startswith("/admin/login/"):
        response = visitor(who).get(response.url)
    assert outcome_of(response) == expected


def test_every_role_permission_exists():
    for group_name, names in ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        granted = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        assert granted == set(names), group_name


def test_communications_staff_may_publish_pages_and_nothing_else():
    user = UserFactory(username="comms", group=COMMUNICATIONS_STAFF)
    perms = user.get_all_permissions()
    assert {
        "cms.change_page",
        "cms.publish_page",
        "cms.use_structure",
        "djangocms_text.change_text",
    } <= perms
    # The CMS's own apps, the media library whose images and files go on pages, and the content
    # shared across pages.
    cms_apps = {"cms", "djangocms_text", "djangocms_versioning", "filer", "djangocms_alias"}
    # Pages' review dates are part of the page (a page content extension).
    page_parts = {"editing.add_pagereview", "editing.change_pagereview"}
    page_parts |= {"editing.delete_pagereview", "editing.view_pagereview"}
    page_parts |= {"editing.view_pagereviewdue"}
    outside_the_cms = [p for p in perms if p.split(".")[0] not in cms_apps and p not in page_parts]
    # Outside the CMS's own apps, only the content blocks (plugins) editors place on pages, and
    # the site search's best bets and its report of searches (what people look for on the pages).
    search = {f"search.{action}_bestbet" for action in ("add", "change", "delete", "view")}
    search.add("search.view_querycount")
    assert search <= perms
    outside_the_cms = [name for name in outside_the_cms if name not in search]
    assert outside_the_cms
    for name in outside_the_cms:
        app_label, codename = name.split(".")
        model = Permission.objects.get(
            content_type__app_label=app_label, codename=codename
        ).content_type.model_class()
        assert issubclass(model, CMSPlugin), name
    assert not any(p.startswith("auth.") for p in perms)
    assert "djangocms_versioning.delete_version" not in perms


def test_governance_officers_cannot_touch_cms_pages():
    user = UserFactory(username="governance", group=GOVERNANCE_OFFICERS)
    perms = user.get_all_permissions()
    assert not any(
        p.startswith(
            (
                "cms.",
                "djangocms_text.",
                "djangocms_versioning.",
                "nhsuk_components.",
                "filer.",
                "djangocms_alias.",
            )
        )
        for p in perms
    )


@pytest.mark.parametrize("group_name", list(ROLE_PERMISSIONS))
def test_each_group_has_exactly_its_listed_permissions(group_name):
    granted = {
        f"{app_label}.{codename}"
        for app_label, codename in Group.objects.get(name=group_name).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }
    assert granted == set(ROLE_PERMISSIONS[group_name])


def test_roles_are_put_back_after_a_migrate():
    Group.objects.get(name=GOVERNANCE_OFFICERS).permissions.clear()
    Group.objects.filter(name=COMMUNICATIONS_STAFF).delete()
    call_command("migrate", verbosity=0)
    for group_name, names in ROLE_PERMISSIONS.items():
        granted = Group.objects.get(name=group_name).permissions.values_list(
            "content_type__app_label", "codename"
        )
        assert {f"{app_label}.{codename}" for app_label, codename in granted} == set(names)


def test_create_demo_users_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only runs with DEBUG on"):
        call_command("create_demo_users")


def test_create_demo_users_makes_one_user_per_role_with_a_second_factor(settings, capsys, client):
    settings.DEBUG = True
    call_command("create_demo_users")
    output = capsys.readouterr().out
    passwords = {
        line.split()[-3]: line.split()[-1] for line in output.splitlines() if "password:" in line
    }
    assert set(passwords) == {"demo-communications", "demo-governance", "demo-admin"}
    keys = [line.split()[-1] for line in output.splitlines() if "authenticator key:" in line]
    uris = [line.split()[-1] for line in output.splitlines() if "authenticator URI:" in line]
    codes = [line.split()[2:] for line in output.splitlines() if "recovery codes:" in line]
    assert len(keys) == len(uris) == len(codes) == 3
    assert all(uri.startswith("otpauth://totp/") for uri in uris)
    assert all(len(user_codes) == 10 for user_codes in codes)
    response = client.post(
        "/staff/sign-in/",
        {"username": "demo-communications", "password": passwords["demo-communications"]},
    )
    assert response.url == "/staff/sign-in/code/?next=%2F"
    code = f"{totp(b32decode(keys[0])):06d}"
    assert client.post("/staff/sign-in/code/", {"code": code}).url == "/"
    assert client.get("/admin/cms/pagecontent/").status_code == 200


# Drafts stay private (issue 13, point 4): a page never published, whose title and text are a
# marker, through every URL that renders a draft, its structure or its history.
DRAFT_MARKER = "Unpublished-draft-marker-7f3c"
DRAFT_URLS = [
    ("/admin/cms/placeholder/object/{ct}/preview/{content}/", SIGN_IN, ALLOWED, FORBIDDEN),
    ("/admin/cms/placeholder/object/{ct}/structure/{content}/", SIGN_IN, ALLOWED, FORBIDDEN),
    ("/admin/cms/placeholder/object/{ct}/edit/{content}/", SIGN_IN, ALLOWED, FORBIDDEN),
    ("/admin/cms/placeholder/edit-plugin/{plugin}/", SIGN_IN, ALLOWED, FORBIDDEN),
    ("/admin/cms/pagecontent/{content}/change/", SIGN_IN, ALLOWED, FORBIDDEN),
    ("/admin/djangocms_versioning/pagecontentversion/?page={page}", SIGN_IN, ALLOWED, FORBIDDEN),
    (
        "/admin/djangocms_versioning/pagecontentversion/{version}/compare/",
        SIGN_IN,
        ALLOWED,
        FORBIDDEN,
    ),
    ("/{slug}/", NOT_FOUND, NOT_FOUND, NOT_FOUND),
    ("/{slug}/?edit", NOT_FOUND, NOT_FOUND, NOT_FOUND),
    ("/{slug}/?preview", NOT_FOUND, NOT_FOUND, NOT_FOUND),
    ("/{slug}/?structure", NOT_FOUND, NOT_FOUND, NOT_FOUND),
    ("/{slug}/?toolbar_on", NOT_FOUND, NOT_FOUND, NOT_FOUND),
]
DRAFT_VISITORS = ["anonymous", "communications", "governance"]
DRAFT_CASES = [
    (url, who, expected)
    for url, *outcomes in DRAFT_URLS
    for who, expected in zip(DRAFT_VISITORS, outcomes, strict=True)
]


@pytest.fixture
def draft_page():
    from cms.api import add_plugin, create_page
    from cms.models import PageContent
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from djangocms_versioning.models import Version

    author = UserFactory(username="author", group=COMMUNICATIONS_STAFF)
    page = create_page(
        DRAFT_MARKER, "pages/content.html", settings.LANGUAGE_CODE, created_by=author
    )
    content = PageContent.admin_manager.get(page=page)
    placeholder = content.rescan_placeholders()["content"]
    plugin = add_plugin(
        placeholder, "TextPlugin", settings.LANGUAGE_CODE, body=f"<p>{DRAFT_MARKER}</p>"
    )
    return {
        "ct": ContentType.objects.get_for_model(PageContent).pk,
        "content": content.pk,
        "page": page.pk,
        "plugin": plugin.pk,
        "version": Version.objects.get_for_content(content).pk,
        "slug": content.page.get_slug(settings.LANGUAGE_CODE),
    }


@pytest.mark.parametrize(("url", "who", "expected"), DRAFT_CASES)
def test_drafts_are_private_to_those_who_may_edit_them(visitor, draft_page, url, who, expected):
    client = visitor(who)
    response = client.get(url.format(**draft_page), follow=False)
    if response.status_code == 302 and response.url.startswith("/admin/login/"):
        response = client.get(response.url)
    assert outcome_of(response) == expected
    if expected != ALLOWED:
        assert DRAFT_MARKER not in response.content.decode()


def test_communications_staff_preview_shows_the_draft(visitor, draft_page):
    url = "/admin/cms/placeholder/object/{ct}/preview/{content}/".format(**draft_page)
    response = visitor("communications").get(url)
    assert response.status_code == 200
    assert DRAFT_MARKER in response.content.decode()
