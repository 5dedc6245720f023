"""The CCGs' pages and profile facts, read from `content/ccgs.toml`, which names the sources."""

import datetime
from collections import Counter

from cms.models import Page

from ccgs.dates import DatePrecision
from ccgs.models import Ccg, CcgArea, CcgStatement, KeyFigure, TimelineEvent
from llr_site.seed.data import CONTENT, SeedDataError, entries, toml_read
from llr_site.seed.rows import RowKind
from llr_site.seed.seeder import SeedItem, seed_items_apply, seed_key

DATA_FILE = CONTENT / "ccgs.toml"
YEAR = "year"  # a key figure's as-of date is the first day of its year


def ccg_profiles_load(path=None):
    """The CCG seed data, checked: {"ccg": [...], "key_figure": [...], ...}."""
    path = path or DATA_FILE
    data = toml_read(path)
    statements = entries(
        data,
        "statements",
        path,
        {"ccgs": list, "kind": tuple(CcgStatement.Kind.values), "source": str, "items": list},
        {"group": ""},
    )
    for number, statement in enumerate(statements, 1):
        statement["items"] = entries(
            statement,
            "items",
            path,
            {"text": str},
            {"heading": ""},
            where=f"[[statements]] number {number}: ",
        )
    return {
        "ccg": entries(data, "ccg", path, {"code": str, "page": str}),
        "key_figure": entries(
            data,
            "key_figure",
            path,
            {
                "ccg": str,
                "kind": tuple(KeyFigure.Kind.values),
                "value": int,
                "description": str,
                "year": int,
                "source": str,
            },
            {"qualifier": ""},
        ),
        "timeline_event": entries(
            data,
            "timeline_event",
            path,
            {
                "date": datetime.date,
                "precision": tuple(DatePrecision.values),
                "title": str,
                "description": str,
                "source": str,
            },
            {"ccg": ""},
        ),
        "area": entries(
            data,
            "area",
            path,
            {"ccg": str, "kind": tuple(CcgArea.Kind.values), "names": list, "source": str},
        ),
        "statements": statements,
    }


def ccg_profiles_apply(user, site, report):
    """Link each CCG to its page and seed its profile's facts; a seed step."""
    data = ccg_profiles_load()
    ccgs = {ccg.code: ccg for ccg in Ccg.objects.all()}
    named = {
        *(row["code"] for row in data["ccg"]),
        *(row["ccg"] for name in ("key_figure", "area") for row in data[name]),
        *(event["ccg"] for event in data["timeline_event"] if event["ccg"]),
        *(code for group in data["statements"] for code in group["ccgs"]),
    }
    if named - set(ccgs):
        raise SeedDataError(
            f"{DATA_FILE}: no CCG has the code(s) {', '.join(sorted(named - set(ccgs)))}."
        )
    outcomes = Counter()

    def apply(model, items):
        seed_items_apply(RowKind(model), items, report, outcomes)

    apply(
        Ccg,
        [
            SeedItem(
                seed_key("ccg-page", ccg["code"]),
                {"page_id": Page.objects.get(reverse_id=ccg["page"], site=site).pk},
                f"page of {ccg['code']}",
                identity={"code": ccg["code"]},
            )
            for ccg in data["ccg"]
        ],
    )
    apply(KeyFigure, [_key_figure(figure, ccgs) for figure in data["key_figure"]])
    apply(TimelineEvent, [_timeline_event(event, ccgs) for event in data["timeline_event"]])
    apply(
        CcgArea,
        [
            SeedItem(
                seed_key("area", area["ccg"], area["kind"], name),
                {"position": position, "source": area["source"]},
                f"area {area['ccg']} {name}",
                identity={"ccg_id": ccgs[area["ccg"]].pk, "kind": area["kind"], "name": name},
            )
            for area in data["area"]
            for position, name in enumerate(area["names"], 1)
        ],
    )
    apply(
        CcgStatement,
        [
            SeedItem(
                seed_key("statement", code, group["kind"], group["group"], position),
                {"heading": item["heading"], "text": item["text"], "source": group["source"]},
                f"{group['kind']} {position} of {code}",
                identity={
                    "ccg_id": ccgs[code].pk,
                    "kind": group["kind"],
                    "group": group["group"],
                    "position": position,
                },
            )
            for group in data["statements"]
            for code in group["ccgs"]
            for position, item in enumerate(group["items"], 1)
        ],
    )
    return outcomes


def _key_figure(figure, ccgs):
    code, kind, year = figure["ccg"], figure["kind"], figure["year"]
    return SeedItem(
        seed_key("key-figure", code, kind, year, figure["source"]),
        {
            "value": figure["value"],
            "qualifier": figure["qualifier"],
            "description": figure["description"],
            "as_of_precision": YEAR,
        },
        f"key figure {code} {kind} {year}",
        identity={
            "ccg_id": ccgs[code].pk,
            "kind": kind,
            "as_of": datetime.date(year, 1, 1),
            "source": figure["source"],
        },
    )


def _timeline_event(event, ccgs):
    code, date, title = event["ccg"], event["date"], event["title"]
    return SeedItem(
        seed_key("timeline", code or "LLR", date, title),
        {
            "precision": event["precision"],
            "description": event["description"],
            "source": event["source"],
        },
        f"timeline event {date} {title}",
        identity={"ccg_id": ccgs[code].pk if code else None, "happened_on": date, "title": title},
    )
