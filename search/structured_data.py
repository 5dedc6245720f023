"""schema.org descriptions of the site's things, for search engines (JSON-LD): the CCGs, GP
practices, meetings, publications, the practice lists as a dataset and the site's search."""

from django.urls import reverse
from django.utils import timezone

from governance.models import Meeting

CONTEXT = "https://schema.org"
EVENT_STATUS = {
    Meeting.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Meeting.Status.CANCELLED: "https://schema.org/EventCancelled",
    Meeting.Status.HELD: "https://schema.org/EventScheduled",
}


def _address(place):
    lines = place.address_lines
    return {
        "@type": "PostalAddress",
        "streetAddress": ", ".join(lines[:-1]) if len(lines) > 1 else "".join(lines),
        "addressLocality": lines[-1] if len(lines) > 1 else "",
        "postalCode": place.postcode,
        "addressCountry": "GB",
    }


def ccg_data(ccg, absolute, url):
    """`url`: the address of the CCG's page (the one showing it), without another query."""
    data = {
        "@context": CONTEXT,
        "@type": "GovernmentOrganization",
        "name": ccg.name,
        "alternateName": f"{ccg.short_name} CCG",
        "identifier": {"@type": "PropertyValue", "propertyID": "ODS code", "value": ccg.code},
        "url": absolute(url),
    }
    if ccg.closed_on:
        data["dissolutionDate"] = ccg.closed_on.isoformat()
        if ccg.successor_name:
            successor = {"@type": "GovernmentOrganization", "name": ccg.successor_name}
            if ccg.successor_url:
                successor["url"] = ccg.successor_url
            # schema.org has no "successor" for organisations; the closest is a parent's role.
            data["parentOrganization"] = successor
    return data


def practice_data(practice, absolute):
    data = {
        "@context": CONTEXT,
        "@type": "MedicalClinic",
        "name": practice.name,
        "identifier": {"@type": "PropertyValue", "propertyID": "ODS code", "value": practice.code},
        "url": absolute(reverse("practices:practice", kwargs={"code": practice.code})),
        "address": _address(practice),
    }
    if practice.telephone:
        data["telephone"] = practice.telephone
    return data


def meeting_data(meeting, absolute):
    url = absolute(meeting.get_absolute_url())
    data = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": meeting.title,
        "url": url,
        "startDate": timezone.localtime(meeting.starts_at).isoformat(),
        "eventStatus": EVENT_STATUS[meeting.status],
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": meeting.venue, "address": meeting.venue},
        "isAccessibleForFree": True,
    }
    if meeting.ends_at:
        data["endDate"] = timezone.localtime(meeting.ends_at).isoformat()
    if meeting.question_deadline:
        data["potentialAction"] = {
            "@type": "AskAction",
            "name": "Questions from the public on agenda items",
            "target": url,
            "endTime": timezone.localtime(meeting.question_deadline).isoformat(),
        }
    return data


def publication_data(publication, absolute):
    data = {
        "@context": CONTEXT,
        "@type": "DigitalDocument",
        "name": publication.title,
        "description": publication.summary,
        "url": absolute(publication.get_absolute_url()),
        "genre": publication.document_type.name,
    }
    if publication.first_published:
        data["datePublished"] = publication.first_published.isoformat()
    if publication.last_updated:
        data["dateModified"] = publication.last_updated.isoformat()
    media = []
    for publication_file in getattr(publication, "uploaded_files", []):
        current = next(
            (version for version in publication_file.history if version.is_current), None
        )
        if current is None or current.is_taken_down:
            continue
        media.append(
            {
                "@type": "MediaObject",
                "name": publication_file.title,
                "contentUrl": absolute(publication_file.get_absolute_url()),
                "encodingFormat": current.content_type,
                "contentSize": f"{current.size} B",
            }
        )
    if media:
        data["associatedMedia"] = media
    return data


def practices_dataset_data(absolute):
    return {
        "@context": CONTEXT,
        "@type": "Dataset",
        "name": "GP practices in Leicester, Leicestershire and Rutland",
        "description": "The GP practices of the three LLR CCGs, with their ODS codes, addresses, "
        "telephone numbers, status and primary care networks, from NHS Digital's Organisation "
        "Data Service.",
        "url": absolute(reverse("practices:finder")),
        "isAccessibleForFree": True,
        "creator": {"@type": "GovernmentOrganization", "name": "NHS Digital"},
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": "text/csv",
                "contentUrl": absolute(reverse("practices:csv")),
            },
            {
                "@type": "DataDownload",
                "encodingFormat": "application/json",
                "contentUrl": absolute(reverse("practices:json")),
            },
        ],
    }


def website_data(absolute):
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": "NHS Leicester, Leicestershire and Rutland CCGs",
        "url": absolute("/"),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute(reverse("search")) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
