"""The one seeder: puts a seed item in place once, then again only when the seed changes.

Pages and rows alike: each seed item has a key (what it is), the values the seed gives it, and a
kind that knows how to find, read, create and update the thing it describes. What the seed last
wrote is kept as a fingerprint (a SeedRecord), so that a second run changes nothing; a changed
seed updates the thing unless staff have changed it since (their work is left alone); a thing
staff deleted stays deleted.
"""

import hashlib
import json
from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass
from typing import Any

from llr_site.models import SeedRecord
from llr_site.seed.data import SeedDataError

ADDED, UPDATED, UNCHANGED, KEPT = "added", "updated", "unchanged", "left alone (edited by staff)"
KEY_LENGTH = SeedRecord._meta.get_field("key").max_length


def fingerprint(values):
    """SHA-256 of `values` (JSON-like data: dicts, lists, text, numbers, dates)."""
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def seed_key(kind, *parts):
    """The record key of a seed item: its kind and what identifies it, e.g. `area:04V:district:…`.

    Callers put at most one free-text part among identifiers and numbers, so the key reads back
    unambiguously; a key longer than the column is replaced by a digest of the whole key, never
    cut (two items cut to the same 200 characters would share one record).
    """
    key = ":".join(str(part) for part in (kind, *parts))
    if len(key) > KEY_LENGTH:
        return f"{kind}:sha256:{hashlib.sha256(key.encode()).hexdigest()}"
    return key


@dataclass(frozen=True)
class SeedItem:
    """One thing the seed describes: its record key, its values, and how the report names it.

    `values` are what the seed writes and compares; `identity` is what else its kind needs to
    find or create the thing (a row's lookup, a page's place in the tree).
    """

    key: str
    values: dict[str, Any]
    label: str
    identity: Any = None


class CreatedOnceKind(ABC):
    """A kind of seeded thing that the seed creates once and then leaves to staff for good:
    it only needs to be found and created."""

    create_only = True
    # True for things the site cannot do without, which the seed puts back if staff delete them.
    recreate_deleted = False

    @abstractmethod
    def find(self, item):
        """The thing `item` describes, or None when there is none (or it cannot be told apart)."""

    @abstractmethod
    def create(self, item):
        """Create the thing `item` describes; return it."""


class SeedKind(CreatedOnceKind):
    """A kind of seeded thing the seed keeps up to date: also read and updated.

    `read` returns what the thing holds now, in the shape of the item's values, so that its
    fingerprint can be compared with the seed's and with what the seed last wrote.
    """

    create_only = False

    @abstractmethod
    def read(self, target, item):
        """What `target` holds now, shaped like `item.values`."""

    @abstractmethod
    def update(self, target, item):
        """Give `target` the values of `item`."""

    def edited_by_staff(self, target, current, record):
        """Whether staff changed `target` (whose fingerprint is now `current`) since the seed
        wrote it; then it is theirs.

        A thing with no record was not written by the seed: it is adopted (e.g. the CCGs, which
        a migration creates and the seed links to their pages).
        """
        return record is not None and current != record.fingerprint


def seed_apply(kind, item):
    """Create or update the thing `item` describes; return (what was done, the thing or None)."""
    seeded = fingerprint(item.values)
    record = SeedRecord.objects.filter(key=item.key).first()
    if kind.create_only and record is not None:
        return UNCHANGED, None
    target = kind.find(item)
    if target is None:
        if record is not None and not kind.recreate_deleted:
            return KEPT, None
        target = kind.create(item)
        outcome = ADDED
    elif record is not None and record.fingerprint == seeded:
        return UNCHANGED, target
    else:
        current = fingerprint(kind.read(target, item))
        if current == seeded:
            # Already as the seed says (e.g. a record written under an older fingerprint).
            outcome = UNCHANGED
        elif kind.edited_by_staff(target, current, record):
            return KEPT, target
        else:
            kind.update(target, item)
            outcome = UPDATED
    SeedRecord.objects.update_or_create(key=item.key, defaults={"fingerprint": seeded})
    return outcome, target


def seed_items_apply(kind, items, report, outcomes=None):
    """Apply every item with `kind`, reporting each; return the outcomes counted and the things.

    Two items with one key would share one record and undo each other: that is a mistake in the
    seed data, refused before anything is written.
    """
    outcomes = Counter() if outcomes is None else outcomes
    keys = Counter(item.key for item in items)
    repeated = sorted(key for key, count in keys.items() if count > 1)
    if repeated:
        raise SeedDataError(f"Two seed items have the same key: {', '.join(repeated)}.")
    targets = {}
    for item in items:
        outcome, targets[item.key] = seed_apply(kind, item)
        outcomes[outcome] += 1
        report(outcome, item.label)
    return outcomes, targets
