"""The pages the GP practice finder and the primary care network list hang on."""

from llr_site.seed.page_seed import PageSeed

PRACTICES = PageSeed(
    reverse_id="practices",
    slug="practices",
    title="Find a GP practice",
    menu_title="GP practices",
    template="pages/content.html",
    apphook="PracticesApphook",
    apphook_namespace="practices",
    meta_description="Search the GP practices of Leicester, Leicestershire and Rutland by name, "
    "ODS code, town or postcode, and download the list.",
    placeholders={
        "content": """
<p class="nhsuk-lede-text">Search the GP practices that the three LLR clinical commissioning groups commission, by practice name, ODS code, town or postcode.</p>
<p>The list comes from NHS Digital's Organisation Data Service (ODS). It shows open practices unless you ask for closed ones too. To register with a GP, contact the practice.</p>
""",
    },
)

PCNS = PageSeed(
    reverse_id="pcns",
    slug="pcns",
    title="Primary care networks",
    menu_title="Primary care networks",
    template="pages/content.html",
    apphook="PcnsApphook",
    apphook_namespace="pcns",
    meta_description="The primary care networks (PCNs) of Leicester, Leicestershire and Rutland "
    "and their member GP practices.",
    placeholders={
        "content": """
<p class="nhsuk-lede-text">Since 1 July 2019, GP practices have worked with other practices in their local area in groups called primary care networks (PCNs).</p>
<p>Each PCN looks after between 30,000 and 50,000 patients, though some look after more or fewer. GP practices remain independent, and patients stay registered at their own practice.</p>
""",
    },
)

PAGES = [PRACTICES, PCNS]
