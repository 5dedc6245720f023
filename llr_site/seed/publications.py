"""The publications the seed pages name, and the library's page. We have none of their files.

From the West Leicestershire CCG corporate publications page (seed 003) and, for the WRES
documents, published for all three CCGs. No dates are given there, so none are invented: each
publication says its first publication date is not recorded, and that the document is not yet
online, until a governance officer uploads it.
"""

import hashlib
import json
from collections import Counter
from dataclasses import asdict, dataclass

from ccgs.models import Ccg
from llr_site.models import SeedRecord
from llr_site.seed.page_seed import ADDED, KEPT, UNCHANGED, UPDATED, PageSeed
from publications.models import DocumentType, Publication, Status

LLR = ("03W", "04C", "04V")
WEST = ("04V",)

PUBLICATIONS_PAGE = PageSeed(
    reverse_id="publications",
    slug="publications",
    title="Publications",
    template="pages/content.html",
    apphook="PublicationsApphook",
    apphook_namespace="publications",
    meta_description="Reports, statements, board papers and other documents published by the "
    "Leicester, Leicestershire and Rutland CCGs.",
    placeholders={
        "content": """
<p>Reports, statements, policies, board papers and other documents published by the three
clinical commissioning groups of Leicester, Leicestershire and Rutland. Filter them by type, CCG
and financial year, or search their titles and summaries.</p>
""",
    },
)


@dataclass(frozen=True)
class PublicationSeed:
    """A publication named by the seed pages: its record, without any file."""

    slug: str
    title: str
    document_type: str
    ccgs: tuple[str, ...]
    summary: str
    financial_year: str = ""

    @property
    def record_key(self):
        return f"publication:{self.slug}"

    @property
    def fingerprint(self):
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()


def assurance_letter(year):
    return PublicationSeed(
        slug=f"ccg-assurance-letter-{year}",
        title=f"CCG assurance letter {year}",
        document_type="ccg-assurance-letter",
        ccgs=WEST,
        financial_year=year,
        summary="The CCG annual assessment letter summarises the assurance meetings held between "
        f"NHS West Leicestershire CCG and NHS England in {year}.",
    )


PUBLICATIONS = [
    PublicationSeed(
        slug="wres-reporting-template-2020-21",
        title="LLR CCGs WRES reporting template 2020/21",
        document_type="wres-report",
        ccgs=LLR,
        financial_year="2020-21",
        summary="Implementing the Workforce Race Equality Standard (WRES) is a requirement for NHS "
        "commissioners and NHS healthcare providers, including independent organisations, through "
        "the NHS standard contract. It aims to ensure that employees from black and minority "
        "ethnic (BME) backgrounds have equal access to career opportunities and receive fair "
        "treatment in the workplace. This is our report for 2020.",
    ),
    PublicationSeed(
        slug="wres-action-plan-2021",
        title="LLR CCGs WRES action plan 2021",
        document_type="wres-action-plan",
        ccgs=LLR,
        summary="The action plan aims to address any issues highlighted from the WRES data "
        "analysis, and includes some common actions carried forward from the previous year. It "
        "also covers the requirement of the People Plan 2020 that every NHS trust and CCG must "
        "publish progress against the Model Employer strategy goals.",
    ),
    assurance_letter("2017-18"),
    assurance_letter("2016-17"),
    assurance_letter("2015-16"),
    PublicationSeed(
        slug="annual-audit-letters",
        title="Annual audit letters",
        document_type="annual-audit-letter",
        ccgs=WEST,
        summary="Each year NHS West Leicestershire CCG receives an annual audit letter from its "
        "external auditors.",
    ),
    PublicationSeed(
        slug="payment-performance-statistics",
        title="Payment performance statistics",
        document_type="payment-performance-statistics",
        ccgs=WEST,
        summary="Spreadsheets detailing NHS West Leicestershire CCG's payment performance "
        "statistics for each financial year.",
    ),
    PublicationSeed(
        slug="west-leicestershire-ccg-privacy-notice",
        title="NHS West Leicestershire CCG privacy notice",
        document_type="privacy-notice",
        ccgs=WEST,
        summary="This privacy notice tells you what to expect when NHS West Leicestershire "
        "Clinical Commissioning Group (CCG) collects your personal information.",
    ),
    PublicationSeed(
        slug="national-ccg-360-survey-results-2017-18",
        title="National CCG 360 stakeholder survey results 2017/18",
        document_type="stakeholder-survey-results",
        ccgs=WEST,
        financial_year="2017-18",
        summary="As part of the CCG annual assurance process, NHS England commissions Ipsos MORI "
        "to survey the CCG's stakeholders about their working relationships with it. The survey "
        "was carried out between 15 January and 28 February 2018. 70% (33 of our 47) GP member "
        "practices completed it. 82% of member practices rated the effectiveness of their "
        "working relationship with the CCG as very good or fairly good, and 73% had confidence "
        "in the clinical leadership of the CCG. However, only 48% had confidence in the way the "
        "CCG monitors the continuous quality of the services it commissions.",
    ),
    PublicationSeed(
        slug="modern-slavery-and-human-trafficking-statement",
        title="Modern slavery and human trafficking statement",
        document_type="modern-slavery-statement",
        ccgs=WEST,
        summary="As a local leader in commissioning health care services for the population of "
        "Leicester, Leicestershire and Rutland and as an employer, NHS West Leicestershire CCG is "
        "required to provide a statement of its commitment to, and efforts in, preventing slavery "
        "and human trafficking in its supply chain and employment practices.",
    ),
    PublicationSeed(
        slug="mental-health-investment-standard-independent-assurance-report",
        title="Mental Health Investment Standard: independent assurance report",
        document_type="mhis-assurance-report",
        ccgs=WEST,
        financial_year="2018-19",
        summary="The planning guidance for 2018/19 stated that each CCG must meet the Mental "
        "Health Investment Standard (MHIS), by which its 2018/19 investment in mental health "
        "rises at a faster rate than its overall published programme funding. This is the "
        "independent assurance report on NHS West Leicestershire CCG's compliance.",
    ),
    PublicationSeed(
        slug="mental-health-investment-standard-compliance-statement",
        title="Mental Health Investment Standard: compliance statement",
        document_type="mhis-statement",
        ccgs=WEST,
        financial_year="2018-19",
        summary="NHS West Leicestershire CCG's statement of compliance with the Mental Health "
        "Investment Standard (MHIS) for 2018/19, by which its investment in mental health rises "
        "at a faster rate than its overall published programme funding.",
    ),
]


def publications_apply(user, site, report):
    """Create or update the seed publications; a seed step (see `steps.py`)."""
    outcomes = Counter()
    for seed in PUBLICATIONS:
        outcome = publication_seed_apply(seed)
        outcomes[outcome] += 1
        report(outcome, f"publication {seed.slug} ({seed.title})")
    return outcomes


def publication_seed_apply(seed):
    """Add the seed's publication, or bring it up to date unless staff have edited it since."""
    publication = Publication.objects.filter(slug=seed.slug).first()
    record = SeedRecord.objects.filter(key=seed.record_key).first()
    if publication is None:
        publication = Publication(slug=seed.slug, status=Status.PUBLISHED)
        outcome = ADDED
    elif record is not None and record.fingerprint == seed.fingerprint:
        return UNCHANGED
    elif record is None or _seed_of(publication).fingerprint != record.fingerprint:
        return KEPT
    else:
        outcome = UPDATED
    publication.title = seed.title
    publication.document_type = DocumentType.objects.get(slug=seed.document_type)
    publication.financial_year = seed.financial_year
    publication.summary = seed.summary
    publication.full_clean(exclude=["ccgs"])
    publication.save()
    publication.ccgs.set(Ccg.objects.filter(code__in=seed.ccgs))
    SeedRecord.objects.update_or_create(
        key=seed.record_key, defaults={"fingerprint": seed.fingerprint}
    )
    return outcome


def _seed_of(publication):
    """The seed that would have produced `publication` as it is now."""
    return PublicationSeed(
        slug=publication.slug,
        title=publication.title,
        document_type=publication.document_type.slug,
        ccgs=tuple(sorted(publication.ccgs.values_list("code", flat=True))),
        summary=publication.summary,
        financial_year=publication.financial_year,
    )
