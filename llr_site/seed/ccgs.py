"""The CCGs' key figures, timeline, areas, mission, values, goals and objectives, from the seeds.

Each figure keeps the year and the page it was published in: the pages were written in different
years, so their figures disagree, and all of them are kept.
"""

import datetime
from collections import Counter

from cms.models import Page

from ccgs.dates import DatePrecision
from ccgs.models import Ccg, CcgArea, CcgStatement, KeyFigure, TimelineEvent
from llr_site.seed.records import row_seed_apply

LC, WL, ELR = "04C", "04V", "03W"
CCG_PAGES = {
    LC: "leicester-city",
    WL: "west-leicestershire",
    ELR: "east-leicestershire-and-rutland",
}

HOME_2012 = "LLR CCGs home page (2012)"
LC_ROLE_2021 = "Leicester City CCG, Our role (2021)"
WL_YOUR_CCG_2019 = "West Leicestershire CCG, Your CCG (2019)"
WL_SURVEY_2018 = "West Leicestershire CCG, 360 stakeholder survey results 2017/18"

YEAR, MONTH, DAY = DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY
POPULATION, BUDGET, PRACTICES = (
    KeyFigure.Kind.POPULATION,
    KeyFigure.Kind.BUDGET,
    KeyFigure.Kind.PRACTICES,
)

# ccg, kind, value, qualifier, what was counted, as of (year), source
KEY_FIGURES = [
    (
        LC,
        POPULATION,
        365_000,
        "approximately",
        "registered patients, including around 50,000 "
        "who live outside Leicester but are registered with a GP in the city",
        2012,
        HOME_2012,
    ),
    (LC, PRACTICES, 65, "", "member practices, with more than 200 family doctors", 2012, HOME_2012),
    (LC, POPULATION, 330_000, "almost", "people living in Leicester city", 2021, LC_ROLE_2021),
    (
        LC,
        BUDGET,
        560_000_000,
        "around",
        "budget to plan and manage health care",
        2021,
        LC_ROLE_2021,
    ),
    (WL, POPULATION, 356_000, "around", "patients served by its practices", 2012, HOME_2012),
    (WL, PRACTICES, 50, "", "member GP practices", 2012, HOME_2012),
    (
        WL,
        PRACTICES,
        47,
        "",
        "member GP practices invited to the 2017/18 stakeholder survey",
        2018,
        WL_SURVEY_2018,
    ),
    (
        WL,
        POPULATION,
        366_000,
        "",
        "population it plans and buys NHS services for",
        2019,
        WL_YOUR_CCG_2019,
    ),
    (WL, BUDGET, 362_000_000, "", "commissioning budget", 2019, WL_YOUR_CCG_2019),
    (WL, PRACTICES, 48, "", "member GP practices", 2019, WL_YOUR_CCG_2019),
    (ELR, POPULATION, 318_000, "over", "patients served by its practices", 2012, HOME_2012),
    (ELR, PRACTICES, 34, "", "member GP practices", 2012, HOME_2012),
]

# ccg (None: all three), date, precision, title, description, source
TIMELINE = [
    (
        LC,
        datetime.date(2011, 1, 1),
        YEAR,
        "Leicester City CCG formed",
        "Formed in early 2011, after the Health and Social Care Act announced the abolition of "
        "primary care trusts; it operated in shadow form under the outgoing primary care trust.",
        LC_ROLE_2021,
    ),
    (
        WL,
        datetime.date(2011, 1, 1),
        YEAR,
        "West Leicestershire CCG established",
        "Established in line with the Health and Social Care Bill, when CCGs were set up to "
        "replace primary care trusts.",
        WL_YOUR_CCG_2019,
    ),
    (
        None,
        datetime.date(2012, 5, 1),
        MONTH,
        "Among the first wave for authorisation",
        "The Department of Health announced that all three LLR CCGs had been chosen to be among "
        "the first wave of 35 CCGs in England to start the assessment for authorisation as "
        "statutory bodies.",
        HOME_2012,
    ),
    (
        None,
        datetime.date(2013, 4, 1),
        MONTH,
        "Statutory responsibility",
        "Primary care trusts closed and the CCGs took over responsibility for planning and "
        "managing health care for their populations.",
        f"{HOME_2012}; {LC_ROLE_2021}",
    ),
    (
        None,
        datetime.date(2019, 7, 1),
        DAY,
        "Primary care networks begin",
        "GP practices began working with other practices in their local area in primary care "
        "networks (PCNs).",
        WL_YOUR_CCG_2019,
    ),
    (
        None,
        datetime.date(2020, 1, 1),
        YEAR,
        "One management team for the three CCGs",
        "The three CCGs began working jointly under one management team and staff structure; "
        "each keeps its statutory functions.",
        LC_ROLE_2021,
    ),
    (
        None,
        datetime.date(2021, 1, 1),
        MONTH,
        "LLR strategic objectives approved",
        "The governing bodies approved the LLR CCGs' seven strategic objectives.",
        LC_ROLE_2021,
    ),
]

DISTRICT, LOCALITY, AREA = CcgArea.Kind.DISTRICT, CcgArea.Kind.LOCALITY, CcgArea.Kind.AREA
# ccg, kind, names in order, source
AREAS = [
    (LC, DISTRICT, ["Leicester city"], LC_ROLE_2021),
    (
        WL,
        DISTRICT,
        ["North West Leicestershire", "Charnwood", "Hinckley & Bosworth"],
        WL_YOUR_CCG_2019,
    ),
    (
        WL,
        LOCALITY,
        [
            "Charnwood North",
            "Charnwood South",
            "North West Leicestershire",
            "Hinckley and Bosworth",
        ],
        HOME_2012,
    ),
    (
        ELR,
        AREA,
        [
            "Melton",
            "Rutland",
            "Market Harborough",
            "Blaby District",
            "Lutterworth",
            "Oadby and Wigston",
        ],
        HOME_2012,
    ),
]

LLR_OBJECTIVES = "The LLR CCGs' strategic objectives, approved January 2021"
LLR_OBJECTIVE_TEXTS = [
    "Increase the health outcomes of the Leicester, Leicestershire and Rutland population.",
    "Reduce health inequalities across the Leicester, Leicestershire and Rutland population.",
    "Reduce the variation in health outcomes across the Leicester, Leicestershire and Rutland "
    "population.",
    "Deliver a sustainable system financial plan, ensuring funding is distributed to where "
    "services are delivered.",
    "Deliver NHS Constitutional requirements.",
    "Develop and deliver services with providers that are evidence based and offer value for "
    "money.",
    "Deliver integrated health and social care.",
]
WL_OBJECTIVES = "West Leicestershire CCG's ten strategic objectives"
WL_OBJECTIVE_TEXTS = [
    "Tackling major causes of premature death",
    "Reducing health inequalities",
    "Ensuring our providers deliver high quality services",
    "Ensuring our patients get timely and appropriate access to services",
    "Increasing service integration across health, social care and other partners",
    "Supporting self-care and personalisation",
    "Reducing inappropriate clinical variation",
    "Driving efficiency in providers",
    "Stimulating innovation and service transformation",
    "Re-deploying resources to support service provision closer to home",
]
WL_VALUES = [
    ("Democratic", "Clinically led organisation rooted in member GP practices and localities."),
    (
        "Collaborative",
        "At the heart of a network of partnerships with CCGs, local authorities "
        "and providers that puts us at the forefront of change.",
    ),
    (
        "Proactive",
        "By maintaining a focus on the things that really make a difference to patients.",
    ),
    (
        "Adaptable",
        "By responding flexibly to the differing needs of our patients, the clinical "
        "evidence base and our operating environment.",
    ),
    (
        "Honest",
        "We are willing to confront difficult issues, understand them and make "
        "disciplined decisions for the long term.",
    ),
    ("Passionate", "We are committed to excellence."),
]
WL_GOALS = [
    "Health and wellbeing of our local population.",
    "Quality of our local health services.",
    "Way in which our NHS resources (staff, equipment and buildings) are used.",
]
WL_MISSION = (
    "Patients, practices and partners working together to create the best value healthcare "
    "for West Leicestershire."
)
OBJECTIVE, VALUE, GOAL, MISSION = (
    CcgStatement.Kind.OBJECTIVE,
    CcgStatement.Kind.VALUE,
    CcgStatement.Kind.GOAL,
    CcgStatement.Kind.MISSION,
)


def statements():
    """(ccg, kind, group, position, heading, text, source) for every statement in the seeds."""
    for ccg in (LC, WL, ELR):
        for position, text in enumerate(LLR_OBJECTIVE_TEXTS, 1):
            yield ccg, OBJECTIVE, LLR_OBJECTIVES, position, "", text, LC_ROLE_2021
    for position, text in enumerate(WL_OBJECTIVE_TEXTS, 1):
        yield WL, OBJECTIVE, WL_OBJECTIVES, position, "", text, WL_YOUR_CCG_2019
    yield WL, MISSION, "", 1, "", WL_MISSION, WL_YOUR_CCG_2019
    for position, (heading, text) in enumerate(WL_VALUES, 1):
        yield WL, VALUE, "", position, heading, text, WL_YOUR_CCG_2019
    for position, text in enumerate(WL_GOALS, 1):
        yield WL, GOAL, "", position, "", text, WL_YOUR_CCG_2019


def ccg_profiles_apply(user, site, report):
    """Link each CCG to its page and seed its profile's facts; a seed step."""
    ccgs = {ccg.code: ccg for ccg in Ccg.objects.all()}
    outcomes = Counter()

    def apply(key, model, lookup, values, what):
        outcome, _ = row_seed_apply(key, model, lookup, values)
        outcomes[outcome] += 1
        report(outcome, what)

    for code, reverse_id in CCG_PAGES.items():
        page = Page.objects.get(reverse_id=reverse_id, site=site)
        apply(f"ccg-page:{code}", Ccg, {"code": code}, {"page_id": page.pk}, f"page of {code}")
    for code, kind, value, qualifier, description, year, source in KEY_FIGURES:
        as_of = datetime.date(year, 1, 1)
        apply(
            f"key-figure:{code}:{kind}:{year}:{source}"[:200],
            KeyFigure,
            {"ccg_id": ccgs[code].pk, "kind": kind, "as_of": as_of, "source": source},
            {
                "value": value,
                "qualifier": qualifier,
                "description": description,
                "as_of_precision": YEAR,
            },
            f"key figure {code} {kind} {year}",
        )
    for code, happened_on, precision, title, description, source in TIMELINE:
        apply(
            f"timeline:{code or 'LLR'}:{happened_on}:{title}"[:200],
            TimelineEvent,
            {"ccg_id": ccgs[code].pk if code else None, "happened_on": happened_on, "title": title},
            {"precision": precision, "description": description, "source": source},
            f"timeline event {happened_on} {title}",
        )
    for code, kind, names, source in AREAS:
        for position, name in enumerate(names, 1):
            apply(
                f"area:{code}:{kind}:{name}",
                CcgArea,
                {"ccg_id": ccgs[code].pk, "kind": kind, "name": name},
                {"position": position, "source": source},
                f"area {code} {name}",
            )
    for code, kind, group, position, heading, text, source in statements():
        apply(
            f"statement:{code}:{kind}:{group}:{position}"[:200],
            CcgStatement,
            {"ccg_id": ccgs[code].pk, "kind": kind, "group": group, "position": position},
            {"heading": heading, "text": text, "source": source},
            f"{kind} {position} of {code}",
        )
    return outcomes
