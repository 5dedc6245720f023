"""What the admin's publication form posts, as an officer fills it in: the publication (dates typed
dd/mm/yyyy), one file row, no change note."""

from ccgs.models import Ccg
from publications.models import DocumentType

ADD_URL = "/admin/publications/publication/add/"


def publication_form(**fields):
    """The add form's fields without the document type, the CCGs and the file; `fields` add or
    override any of them."""
    return {
        "title": "Annual report 2019-20",
        "slug": "annual-report-2019-20",
        "summary": "What the CCGs did in 2019-20.",
        "financial_year": "2019-20",
        "first_published": "01/07/2020",
        "last_updated": "",
        "status": "published",
        "withdrawn_reason": "",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-MIN_NUM_FORMS": "0",
        "files-MAX_NUM_FORMS": "1000",
        "files-0-title": "Full report",
        "files-0-note": "",
        "files-0-position": "0",
        "change_notes-TOTAL_FORMS": "0",
        "change_notes-INITIAL_FORMS": "0",
        "change_notes-MIN_NUM_FORMS": "0",
        "change_notes-MAX_NUM_FORMS": "1000",
        "_save": "Save",
        **fields,
    }


def publication_add_form(upload=None, **fields):
    """The add form of an annual report of the three CCGs, with `upload` as its file."""
    if upload is not None:
        fields["files-0-upload"] = upload
    return publication_form(
        **{
            "document_type": DocumentType.objects.get(slug="annual-report").pk,
            "ccgs": [ccg.pk for ccg in Ccg.objects.all()],
            **fields,
        }
    )
