"""Governance records from the seed documents: the governing bodies, people and their seats.

Only what the seeds say. Leicester City CCG's first governing body (seed 000, 2011-12): co-chairs
Professor Azhar Farooqi and Dr Avinashi Prasad; eight other GPs from four city localities; a
hospital clinician; a registered nurse; three independent lay members; a seat for the Leicester
Involvement Network (LINk). The seeds name no one else, so the other seats are recorded without a
holder, and no dates are given. No meetings are seeded: the seeds give no dates.

The constitutions of Leicester City CCG (seed 000) and West Leicestershire CCG (seed 002) go into
the publications library, with the seeds' descriptions as their summaries and without files (we
have none). The seeds say nothing of East Leicestershire and Rutland CCG's constitution.

A record the seed wrote is updated when the seed changes, unless staff have edited it since;
unnamed seats are created once and then belong to governance officers (who add their holders).
"""

from collections import Counter

from ccgs.models import Ccg
from governance import constants
from governance.models import Appointment, GoverningBody, Person
from llr_site.models import SeedRecord
from llr_site.seed.page_seed import ADDED, UNCHANGED
from llr_site.seed.publications import PublicationSeed, publication_seed_apply
from llr_site.seed.records import fingerprint, row_seed_apply

LEICESTER_CITY_INTRODUCTION = """\
Leicester City CCG's member practices elected co-chairs, Professor Azhar Farooqi and Dr Avinashi Prasad, to lead the CCG on the road to authorisation as a statutory organisation, along with a governing body (board) of eight other local GPs from four city localities: a locality is a section of the city covered by a sub-group of GPs.

The governing body has been strengthened by further clinical input from a hospital clinician and a registered nurse. The CCG has appointed three independent lay members to provide scrutiny of the organisation's activities, and the Leicester Involvement Network (LINk) has been given a place on the governing body to represent the views of patients and the public.

The board meets once a month. The meeting is held in public and members of the public are welcome to attend and observe. There is a short section at the start of the meeting where members of the public can ask questions on agenda items.

(From the LLR CCGs' website, 2012.)"""

# CCG code: (slug, introduction)
GOVERNING_BODIES = {
    "04C": ("leicester-city", LEICESTER_CITY_INTRODUCTION),
    "04V": ("west-leicestershire", ""),
    "03W": ("east-leicestershire-and-rutland", ""),
}

PEOPLE = [
    {"slug": "azhar-farooqi", "title": "Professor", "name": "Azhar Farooqi"},
    {"slug": "avinashi-prasad", "title": "Dr", "name": "Avinashi Prasad"},
]

# (CCG code, role, detail, person slug or "" for a seat whose holder the seeds do not name, count)
SEATS = [
    ("04C", constants.CO_CHAIR, "Elected by the member practices", "azhar-farooqi", 1),
    ("04C", constants.CO_CHAIR, "Elected by the member practices", "avinashi-prasad", 1),
    ("04C", constants.GP_MEMBER, "From one of the four city localities", "", 8),
    ("04C", constants.SECONDARY_CARE_DOCTOR, "A hospital clinician", "", 1),
    ("04C", constants.REGISTERED_NURSE, "", "", 1),
    ("04C", constants.LAY_MEMBER, "Independent lay member, providing scrutiny", "", 3),
    (
        "04C",
        constants.PATIENT_REPRESENTATIVE,
        "Leicester Involvement Network (LINk), representing the views of patients and the public",
        "",
        1,
    ),
]

CONSTITUTIONS = [
    PublicationSeed(
        slug="leicester-city-ccg-constitution",
        title="NHS Leicester City CCG constitution",
        document_type="constitution",
        ccgs=("04C",),
        summary="A legally binding constitution, signed by all the CCG's member practices, "
        "governs the relationship between the CCG and its practices. It is supplemented by the "
        "organisation's mission, vision and values, all developed after extensive involvement "
        "of local clinicians.",
    ),
    PublicationSeed(
        slug="west-leicestershire-ccg-constitution",
        title="NHS West Leicestershire CCG constitution",
        document_type="constitution",
        ccgs=("04V",),
        summary="The constitution sets out the arrangements made by the CCG to meet its "
        "responsibilities for commissioning care for the people for whom it is responsible. It "
        "describes the governing principles, rules and procedures that the CCG has established.",
    ),
]


def governance_apply(user, site, report):
    """Create or update the governing bodies, people and seats; a seed step (see `steps.py`)."""
    outcomes = Counter()

    def done(outcome, what):
        outcomes[outcome] += 1
        report(outcome, what)

    bodies = {}
    for ccg in Ccg.objects.filter(code__in=GOVERNING_BODIES):
        slug, introduction = GOVERNING_BODIES[ccg.code]
        outcome, bodies[ccg.code] = row_seed_apply(
            f"governance:body:{ccg.code}",
            GoverningBody,
            {"ccg": ccg},
            {"slug": slug, "introduction": introduction},
        )
        done(outcome, f"governing body of {ccg.short_name}")
    people = {}
    for fields in PEOPLE:
        outcome, people[fields["slug"]] = row_seed_apply(
            f"governance:person:{fields['slug']}", Person, {"slug": fields["slug"]}, fields
        )
        done(outcome, f"person {fields['slug']}")
    for code, role, detail, person_slug, count in SEATS:
        for number in range(1, count + 1):
            key = f"governance:seat:{code}:{role}:{person_slug or number}"
            done(_seat_apply(key, bodies[code], role, detail, people.get(person_slug)), key)
    for seed in CONSTITUTIONS:
        done(publication_seed_apply(seed), f"publication {seed.slug} ({seed.title})")
    return outcomes


def _seat_apply(key, body, role, detail, person):
    """Create a seat once; afterwards it is the governance officers' to keep up to date."""
    if SeedRecord.objects.filter(key=key).exists():
        return UNCHANGED
    Appointment.objects.create(governing_body=body, role=role, detail=detail, person=person)
    SeedRecord.objects.create(key=key, fingerprint=fingerprint([role, detail, key]))
    return ADDED
