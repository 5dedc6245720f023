"""Governing bodies, people, seats and constitutions, read from `content/governance.toml`.

A record the seed wrote is updated when the seed changes, unless staff have edited it since;
unnamed seats are created once and then belong to governance officers (who add their holders).
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
    """The governance seed data, checked: {"governing_body": [...], "person": [...], "seat": [...]}."""
    path = path or DATA_FILE
    data = toml_read(path)
    return {
        "governing_body": entries(
            data, "governing_body", path, {"ccg": str, "slug": str}, {"introduction": ""}
        ),
        "person": entries(data, "person", path, {"slug": str, "name": str}, {"title": ""}),
        "seat": entries(
            data,
            "seat",
            path,
            {"ccg": str, "role": ROLES},
            {"detail": "", "person": "", "count": 1},
        ),
    }


class SeatKind(CreatedOnceKind):
    """A seat on a governing body: created once, then the governance officers' to keep up to date.

    Unnamed seats of one role are alike, so a seat cannot be found again: its record says that
    the seed created it.
    """

    def find(self, item):
        return None

    def create(self, item):
        return Appointment.objects.create(**item.identity)


def governance_apply(user, site, report):
    """Create or update the governing bodies, people and seats; a seed step (see `steps.py`)."""
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
    seed_items_apply(SeatKind(), _seat_items(data["seat"], bodies, people), report, outcomes)
    seed_items_apply(PublicationKind(), publication_items(DATA_FILE), report, outcomes)
    return outcomes


def _seat_items(seats, bodies, people):
    items = []
    for seat in seats:
        body = bodies.get(seed_key("governance", "body", seat["ccg"]))
        holder = seat["person"]
        if holder and seed_key("governance", "person", holder) not in people:
            raise SeedDataError(f"{DATA_FILE}: a seat's person {holder!r} is not a [[person]].")
        for number in range(1, seat["count"] + 1):
            key = seed_key("governance", "seat", seat["ccg"], seat["role"], holder or number)
            values = {"role": seat["role"], "detail": seat["detail"], "person": holder}
            identity = {
                "governing_body": body,
                "role": seat["role"],
                "detail": seat["detail"],
                "person": people.get(seed_key("governance", "person", holder)),
            }
            items.append(SeedItem(key, values, key, identity=identity))
    return items
