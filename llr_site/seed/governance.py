"""Governing bodies, people, appointments and constitutions, read from `content/governance.toml`.

A record the seed wrote is updated when the seed changes, unless staff have edited it since;
unnamed appointments are created once and then belong to governance officers (who add their holders).
"""

from collections import Counter

from ccgs.models import Ccg
from governance.models import Appointment, GoverningBody, Person
from llr_site.seed.data import CONTENT, SeedDataError, entries, toml_read
from llr_site.seed.publications import PublicationKind, publication_items
from llr_site.seed.rows import RowKind
from llr_site.seed.seeder import CreatedOnceKind, SeedItem, seed_items_apply, seed_key

DATA_FILE = CONTENT / "governance.toml"
ROLES = tuple(Appointment.Role.values)


def governance_load(path=None):
    """The governance seed data, checked: {"governing_body": [...], "person": [...], "appointment": [...]}."""
    path = path or DATA_FILE
    data = toml_read(path)
    return {
        "governing_body": entries(
            data, "governing_body", path, {"ccg": str, "slug": str}, {"introduction": ""}
        ),
        "person": entries(data, "person", path, {"slug": str, "name": str}, {"title": ""}),
        "appointment": entries(
            data,
            "appointment",
            path,
            {"ccg": str, "role": ROLES},
            {"detail": "", "person": "", "count": 1},
        ),
    }


class AppointmentKind(CreatedOnceKind):
    """A seat on a governing body: created once, then the governance officers' to keep up to date.

    Unnamed appointments of one role are alike, so one cannot be found again: its record says
    that the seed created it.
    """

    def find(self, item):
        return None

    def create(self, item):
        return Appointment.objects.create(**item.identity)


def governance_apply(user, site, report):
    """Create or update the governing bodies, people and appointments; a seed step (see `steps.py`)."""
    data = governance_load()
    ccgs = {ccg.code: ccg for ccg in Ccg.objects.all()}
    unknown = {body["ccg"] for body in data["governing_body"]} - set(ccgs)
    if unknown:
        raise SeedDataError(f"{DATA_FILE}: no CCG has the code(s) {', '.join(sorted(unknown))}.")
    outcomes = Counter()
    _, bodies = seed_items_apply(
        RowKind(GoverningBody),
        [
            SeedItem(
                seed_key("governance", "body", body["ccg"]),
                {"slug": body["slug"], "introduction": body["introduction"]},
                f"governing body of {ccgs[body['ccg']].short_name}",
                identity={"ccg": ccgs[body["ccg"]]},
            )
            for body in data["governing_body"]
        ],
        report,
        outcomes,
    )
    _, people = seed_items_apply(
        RowKind(Person),
        [
            SeedItem(
                seed_key("governance", "person", person["slug"]),
                person,
                f"person {person['slug']}",
                identity={"slug": person["slug"]},
            )
            for person in data["person"]
        ],
        report,
        outcomes,
    )
    seed_items_apply(
        AppointmentKind(),
        _appointment_items(data["appointment"], bodies, people),
        report,
        outcomes,
    )
    seed_items_apply(PublicationKind(), publication_items(DATA_FILE), report, outcomes)
    return outcomes


def _appointment_items(appointments, bodies, people):
    items = []
    for appointment in appointments:
        body = bodies.get(seed_key("governance", "body", appointment["ccg"]))
        holder = appointment["person"]
        if holder and seed_key("governance", "person", holder) not in people:
            raise SeedDataError(
                f"{DATA_FILE}: an appointment's person {holder!r} is not a [[person]]."
            )
        for number in range(1, appointment["count"] + 1):
            key = seed_key(
                "governance",
                "appointment",
                appointment["ccg"],
                appointment["role"],
                holder or number,
            )
            values = {
                "role": appointment["role"],
                "detail": appointment["detail"],
                "person": holder,
            }
            identity = {
                "governing_body": body,
                "role": appointment["role"],
                "detail": appointment["detail"],
                "person": people.get(seed_key("governance", "person", holder)),
            }
            items.append(SeedItem(key, values, key, identity=identity))
    return items
