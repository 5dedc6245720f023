"""What the index holds for each kind of public thing: the fields of its Entry, or None when the
public may not see it (a draft, an unpublished or private page).

Each kind has a queryset of its candidates, with what its document reads fetched in a fixed
number of queries, and a function from one object to its fields.
"""

import html
import logging

from cms.models import CMSPlugin, PageContent
from cms.utils.plugins import downcast_plugins
from django.db import models
from django.db.models import Prefetch
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import strip_tags

from ccgs.models import Pcn, Practice
from ccgs.ods_text import ods_title
from governance.models import AgendaItem, GoverningBody, Meeting, Person
from publications.models import ChangeNote, FileVersion, Publication
from search.models import Entry
from search.query import text_clean

logger = logging.getLogger(__name__)
Kind = Entry.Kind


def _text(*parts):
    return text_clean(" ".join(part for part in parts if part))


def _long_text(*parts):
    """Like _text, for long texts: no cut to the query's length."""
    from search.extract import text_tidy

    return text_tidy(" ".join(part for part in parts if part))


def _ccgs(*codes):
    codes = sorted({code for code in codes if code})
    return f" {' '.join(codes)} " if codes else ""


def _url(name, **kwargs):
    """The object's address, or None when its app is not hung on a published page."""
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


# Pages ---------------------------------------------------------------------------------------

PLUGIN_TEXT_FIELDS = (models.CharField, models.TextField)
PLUGIN_HIDDEN_FIELDS = (models.URLField, models.SlugField, models.EmailField)


def page_candidates():
    return (
        PageContent.objects.filter(page__login_required=False)
        .select_related("page")
        .prefetch_related("placeholders")
    )


def plugins_text(content):
    """The visible words of a page's plugins: their text fields, HTML tags removed."""
    plugins = CMSPlugin.objects.filter(placeholder__in=content.get_placeholders()).order_by(
        "position"
    )
    words = []
    for plugin in downcast_plugins(plugins):
        for field in type(plugin)._meta.concrete_fields:
            if (
                isinstance(field, PLUGIN_TEXT_FIELDS)
                and not isinstance(field, PLUGIN_HIDDEN_FIELDS)
                and not field.choices
                and field.model is not CMSPlugin
            ):
                words.append(html.unescape(strip_tags(getattr(plugin, field.name) or "")))
    return " ".join(words)


def page_document(content):
    if content.page.login_required:
        return None
    return {
        "url": content.page.get_absolute_url(content.language),
        "title": _text(content.title),
        "keywords": _text(content.menu_title, content.page_title),
        "body": _long_text(content.meta_description, plugins_text(content)),
        "file_text": "",
        "date": None,
        "ccgs": "",
        "visible_from": None,
        "withdrawn": False,
    }


# Publications --------------------------------------------------------------------------------


def publication_candidates():
    current_files = FileVersion.objects.filter(
        superseded_at__isnull=True, taken_down_at__isnull=True
    ).select_related("publication_file", "search_text")
    return (
        Publication.objects.filter(
            status__in=[Publication.Status.PUBLISHED, Publication.Status.WITHDRAWN]
        )
        .select_related("document_type")
        .prefetch_related(
            "ccgs",
            Prefetch("change_notes", queryset=ChangeNote.objects.order_by("-date")),
            Prefetch("files__versions", queryset=current_files, to_attr="current_versions"),
        )
    )


def _file_text(version):
    try:
        return version.search_text.text
    except FileVersion.search_text.RelatedObjectDoesNotExist:
        return ""


def publication_document(publication):
    if publication.status not in (Publication.Status.PUBLISHED, Publication.Status.WITHDRAWN):
        return None
    ccgs = list(publication.ccgs.all())
    files = [
        (publication_file, version)
        for publication_file in publication.files.all()
        for version in publication_file.current_versions
    ]
    url = _url("publications:publication_detail", slug=publication.slug)
    if url is None:
        return None
    return {
        "url": url,
        "title": _text(publication.title),
        "keywords": _text(
            publication.document_type.name,
            publication.financial_year,
            *(ccg.short_name for ccg in ccgs),
        ),
        "body": _long_text(
            publication.summary,
            publication.withdrawn_reason,
            *(note.text for note in publication.change_notes.all()),
            *(f"{file.title} {version.original_name}" for file, version in files),
        ),
        "file_text": _long_text(*(_file_text(version) for _, version in files)),
        "date": publication.last_updated or publication.first_published,
        "ccgs": _ccgs(*(ccg.code for ccg in ccgs)),
        "visible_from": publication.first_published,
        "withdrawn": publication.status == Publication.Status.WITHDRAWN,
    }


# Practices and PCNs --------------------------------------------------------------------------


def practice_candidates():
    return Practice.objects.select_related("ccg")


def _address(place):
    return " ".join([*(ods_title(line) for line in place.address_lines), place.postcode])


def practice_document(practice):
    url = _url("practices:practice", code=practice.code)
    if url is None:
        return None
    return {
        "url": url,
        # As the practice's page writes it: ODS keeps names in capitals.
        "title": _text(ods_title(practice.name)),
        "keywords": _text(practice.code, practice.postcode, practice.postcode.replace(" ", "")),
        "body": _text(_address(practice), practice.commissioner_display),
        "file_text": "",
        "date": None,
        "ccgs": _ccgs(practice.ccg.code if practice.ccg_id else ""),
        "visible_from": None,
        "withdrawn": False,
    }


def pcn_candidates():
    return Pcn.objects.select_related("ccg")


def pcn_document(pcn):
    url = _url("pcns:pcn", code=pcn.code)
    if url is None:
        return None
    return {
        "url": url,
        "title": _text(ods_title(pcn.name)),
        "keywords": _text(pcn.code, pcn.postcode, pcn.postcode.replace(" ", "")),
        "body": _text(_address(pcn), pcn.ccg.name),
        "file_text": "",
        "date": None,
        "ccgs": _ccgs(pcn.ccg.code),
        "visible_from": None,
        "withdrawn": False,
    }


# Governance ----------------------------------------------------------------------------------


def meeting_candidates():
    return Meeting.objects.select_related("governing_body__ccg")


def meeting_document(meeting):
    url = _url("governance:meeting", pk=meeting.pk)
    if url is None:
        return None
    body = meeting.governing_body
    return {
        "url": url,
        "title": _text(str(meeting)),
        "keywords": _text(meeting.get_status_display()),
        "body": _text(meeting.venue, meeting.private_part),
        "file_text": "",
        "date": timezone.localdate(meeting.starts_at),
        "ccgs": _ccgs(body.ccg.code if body else ""),
        "visible_from": None,
        "withdrawn": False,
    }


def agenda_item_candidates():
    return AgendaItem.objects.filter(part=AgendaItem.Part.PUBLIC).select_related(
        "meeting__governing_body__ccg"
    )


def agenda_item_document(item):
    if item.part != AgendaItem.Part.PUBLIC:
        return None
    url = _url("governance:meeting", pk=item.meeting_id)
    if url is None:
        return None
    meeting = item.meeting
    body = meeting.governing_body
    return {
        "url": url,
        "title": _text(item.title),
        "keywords": _text(item.reference),
        "body": _text(f"On the agenda of the {meeting}.", item.presenter),
        "file_text": "",
        "date": timezone.localdate(meeting.starts_at),
        "ccgs": _ccgs(body.ccg.code if body else ""),
        "visible_from": None,
        "withdrawn": False,
    }


def person_candidates():
    return Person.objects.all()


def person_document(person):
    url = _url("governance:person", slug=person.slug)
    if url is None:
        return None
    return {
        "url": url,
        "title": _text(person.full_name),
        "keywords": _text(person.name),
        "body": _long_text(person.biography),
        "file_text": "",
        "date": None,
        "ccgs": "",
        "visible_from": None,
        "withdrawn": False,
    }


def governing_body_candidates():
    return GoverningBody.objects.select_related("ccg")


def governing_body_document(body):
    url = _url("governance:governing_body", slug=body.slug)
    if url is None:
        return None
    return {
        "url": url,
        "title": _text(str(body)),
        "keywords": _text(body.ccg.name, body.ccg.code),
        "body": _long_text(body.introduction),
        "file_text": "",
        "date": None,
        "ccgs": _ccgs(body.ccg.code),
        "visible_from": None,
        "withdrawn": False,
    }


def object_id(kind, instance):
    """The id an Entry keeps for `instance`: a page's, for its content."""
    return instance.page_id if kind == Kind.PAGE else instance.pk


def candidates_with_id(kind, object_id):
    candidates, _ = KINDS[kind]
    field = "page_id" if kind == Kind.PAGE else "pk"
    return candidates().filter(**{field: object_id})


# Each kind: its candidates (a queryset) and the function giving an object's fields.
KINDS = {
    Kind.PAGE: (page_candidates, page_document),
    Kind.PUBLICATION: (publication_candidates, publication_document),
    Kind.PRACTICE: (practice_candidates, practice_document),
    Kind.PCN: (pcn_candidates, pcn_document),
    Kind.MEETING: (meeting_candidates, meeting_document),
    Kind.AGENDA_ITEM: (agenda_item_candidates, agenda_item_document),
    Kind.PERSON: (person_candidates, person_document),
    Kind.GOVERNING_BODY: (governing_body_candidates, governing_body_document),
}
