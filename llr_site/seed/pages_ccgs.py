"""The three CCG sections, in the words of the seed documents."""

from llr_site.seed.page_seed import PageSeed, PluginSeed

JOINT_WORKING = """
<p>Each CCG retains responsibility for its statutory functions. Since 2020 the three CCGs in Leicester, Leicestershire and Rutland (Leicester City CCG, East Leicestershire and Rutland CCG and West Leicestershire CCG) have been working jointly under one management team and staff structure.</p>
"""


def latest_publications(ccg_code):
    """The CCG's latest publications, in its page's side column."""
    return (
        PluginSeed(
            "side column",
            "LatestPublicationsPlugin",
            {"heading": "Latest publications", "count": 5, "ccg": ("ccgs.Ccg", {"code": ccg_code})},
        ),
    )


def statements_block(ccg_code, part):
    """The CCG's statements from `llr_site/seed/ccgs.py`, shown by a plugin: one source."""
    return PluginSeed(
        "content", "StatementsPlugin", {"ccg": ("ccgs.Ccg", {"code": ccg_code}), "part": part}
    )


def objectives_page(parent_reverse_id, reverse_id, ccg_code):
    return PageSeed(
        reverse_id=reverse_id,
        parent=parent_reverse_id,
        slug="our-strategic-objectives",
        title="Our strategic objectives",
        template="pages/content.html",
        meta_description="The strategic objectives that guide the CCG's work.",
        placeholders={
            "content": "<p>These strategic objectives guide the CCG's work. Each set says when "
            "it was approved or published.</p>"
        },
        plugins=(statements_block(ccg_code, "objectives"),),
    )


LEICESTER_CITY = PageSeed(
    reverse_id="leicester-city",
    slug="leicester-city",
    apphook="CcgProfileApphook",
    apphook_namespace="ccg-leicester-city",
    plugins=latest_publications("04C"),
    title="NHS Leicester City Clinical Commissioning Group",
    menu_title="Leicester City",
    template="pages/content_with_side_column.html",
    meta_description="NHS Leicester City CCG plans and buys health services for the people of Leicester.",
    placeholders={
        "content": """
<p class="nhsuk-lede-text">NHS Leicester City Clinical Commissioning Group (CCG) plans and manages health care for the people of Leicester. Its organisation code is 04C.</p>
<h2>Who we are</h2>
<p>Leicester City CCG brings together all the GP practices in the city into a single membership body. When the CCG was established in 2011-12 it had 65 member practices and more than 200 family doctors, serving a registered population of approximately 365,000, including around 50,000 patients who live outside Leicester but choose to be registered with a GP in the city.</p>
<p>By 2021 the CCG described the population of Leicester city it looks after as almost 330,000 people, with a budget of around £560 million a year.</p>
<h2>Our first year</h2>
<p>Established at the beginning of 2011-12, Leicester City CCG was part of the national pathfinder programme, which tested concepts for clinical commissioning and explored how emerging CCGs would best be able to undertake their future functions.</p>
<p>Member practices elected co-chairs, Professor Azhar Farooqi and Dr Avinashi Prasad, to lead the CCG on the road to authorisation as a statutory organisation, along with a governing body of eight other local GPs from four city localities. The governing body was strengthened by further clinical input from a hospital clinician and a registered nurse, three independent lay members to provide scrutiny, and a place for the Leicester Involvement Network (LINk) to represent the views of patients and the public.</p>
<p>A legally binding constitution, signed by all practices, governs the relationship between the CCG and its practices. It is supplemented by the organisation's mission, vision and values, all developed after extensive involvement of local clinicians.</p>
""",
        "side column": """
<h2>In this section</h2>
<ul>
<li><a href="/leicester-city/our-role/">Our role</a></li>
<li><a href="/leicester-city/our-strategic-objectives/">Our strategic objectives</a></li>
</ul>
""",
    },
)

LEICESTER_CITY_OUR_ROLE = PageSeed(
    reverse_id="lc-our-role",
    parent="leicester-city",
    slug="our-role",
    title="Our role",
    template="pages/content.html",
    meta_description="The role of Leicester City CCG and how it fits in with other NHS organisations.",
    placeholders={
        "content": """
<p class="nhsuk-lede-text">Learn more about the role of the CCG and how it fits in with other NHS organisations.</p>
<p>The Health and Social Care Act set out a number of changes to healthcare provision that saw local GPs take more control of budgets and make decisions about what services their local communities require.</p>
<p>Leicester City Clinical Commissioning Group (CCG) was formed in early 2011 after the Health and Social Care Act announced the abolition of primary care trusts and introduced new organisations led by GPs. Initially operating in shadow form under the guidance of the outgoing primary care trust, the CCG officially took over responsibility in April 2013 for planning and managing health care for Leicester city's population, which is almost 330,000 people.</p>
<p>Leicester City CCG looks after a budget of around £560 million per year, to plan and manage healthcare for the local population and work with partners to address poor health in the city. The services that it is responsible for include:</p>
<ul>
<li>primary care (the services you receive at your GP practice)</li>
<li>hospital treatment</li>
<li>rehabilitation services</li>
<li>urgent and emergency care</li>
<li>community health services</li>
<li>mental health and learning disability services</li>
</ul>
<h2>Working jointly</h2>
"""
        + JOINT_WORKING,
    },
)

WEST_LEICESTERSHIRE = PageSeed(
    reverse_id="west-leicestershire",
    slug="west-leicestershire",
    apphook="CcgProfileApphook",
    apphook_namespace="ccg-west-leicestershire",
    plugins=latest_publications("04V"),
    title="NHS West Leicestershire Clinical Commissioning Group",
    menu_title="West Leicestershire",
    template="pages/content_with_side_column.html",
    meta_description=(
        "NHS West Leicestershire CCG plans and purchases NHS services for North West "
        "Leicestershire, Charnwood, and Hinckley and Bosworth."
    ),
    placeholders={
        "content": """
<p class="nhsuk-lede-text">NHS West Leicestershire Clinical Commissioning Group (WL CCG) plans and purchases NHS services for the people of North West Leicestershire, Charnwood, and Hinckley and Bosworth. Its organisation code is 04V.</p>
<h2>Who we are</h2>
<p>West Leicestershire CCG was established in 2011 in line with the Health and Social Care Bill (now the Health and Social Care Act 2012), when CCGs were established to replace primary care trusts (PCTs) so that healthcare commissioning can be led by GPs and other clinicians.</p>
<p>WL CCG plans and purchases NHS services for a population of 366,000 with a commissioning budget of £362 million. It covers three district council areas, North West Leicestershire, Charnwood, and Hinckley and Bosworth, and 48 GP practices. The GPs and practice teams, through locality meetings, play a key role in making clinically led commissioning a reality.</p>
<p>The number of member practices has changed over the years: 50 when the CCG was established, 48 on this page, and 47 at the time of the 2017/18 stakeholder survey.</p>
<h2>Primary care networks</h2>
<p>On 1 July 2019, GP practices across the country began working with other practices in their local area in groups called primary care networks (PCNs). PCNs were announced as part of NHS England's Long Term Plan. They have been put in place to improve and extend the range of services that are available in the community and join up the care that is provided by different organisations.</p>
<p>Each PCN looks after between 30,000 and 50,000 patients, though some have more or fewer. GP practices remain independent: patients continue to be registered at their existing GP practice, and it is still the main point of contact for their care. Each network decides how it will provide care for its patients, for example by sharing health professionals between practices, or offering appointments at a different practice in the network.</p>
""",
        "side column": """
<h2>In this section</h2>
<ul>
<li><a href="/west-leicestershire/our-mission-values-and-goals/">Our mission, values and goals</a></li>
<li><a href="/west-leicestershire/our-strategic-objectives/">Our strategic objectives</a></li>
<li><a href="/west-leicestershire/nhs-constitution/">The NHS Constitution and our constitution</a></li>
</ul>
""",
    },
)

WEST_LEICESTERSHIRE_MISSION = PageSeed(
    reverse_id="wl-mission",
    parent="west-leicestershire",
    slug="our-mission-values-and-goals",
    title="Our mission, values and goals",
    template="pages/content.html",
    meta_description="West Leicestershire CCG's mission, values and goals.",
    placeholders={
        "content": "<p>West Leicestershire CCG's mission, values and goals, as it published "
        "them in 2019.</p>"
    },
    plugins=(statements_block("04V", "mission-values-goals"),),
)

WEST_LEICESTERSHIRE_OBJECTIVES = objectives_page("west-leicestershire", "wl-objectives", "04V")

WEST_LEICESTERSHIRE_CONSTITUTION = PageSeed(
    reverse_id="wl-constitution",
    parent="west-leicestershire",
    slug="nhs-constitution",
    title="The NHS Constitution and our constitution",
    template="pages/content.html",
    meta_description="The NHS Constitution, and West Leicestershire CCG's own constitution.",
    placeholders={
        "content": """
<h2>The NHS Constitution: the NHS belongs to us all</h2>
<p>The NHS Constitution establishes the principles and values of the NHS in England, which include:</p>
<ul>
<li>the rights to which patients, public and staff are entitled</li>
<li>the pledges which the NHS is committed to achieve</li>
<li>the responsibilities which the public, patients and staff owe to one another to ensure that the NHS operates fairly and effectively</li>
</ul>
<p>The full NHS Constitution is published on the GOV.UK website.</p>
<h2>West Leicestershire Clinical Commissioning Group constitution</h2>
<p>The constitution sets out the arrangements made by the CCG to meet its responsibilities for commissioning care for the people for whom it is responsible. It describes the governing principles, rules and procedures that the CCG has established.</p>
""",
    },
)

EAST_LEICESTERSHIRE_AND_RUTLAND = PageSeed(
    reverse_id="east-leicestershire-and-rutland",
    slug="east-leicestershire-and-rutland",
    apphook="CcgProfileApphook",
    apphook_namespace="ccg-east-leicestershire-and-rutland",
    plugins=latest_publications("03W"),
    title="NHS East Leicestershire and Rutland Clinical Commissioning Group",
    menu_title="East Leicestershire and Rutland",
    template="pages/content_with_side_column.html",
    meta_description=(
        "NHS East Leicestershire and Rutland CCG plans and buys health services for the south "
        "and east of Leicestershire and for Rutland."
    ),
    placeholders={
        "content": """
<p class="nhsuk-lede-text">NHS East Leicestershire and Rutland Clinical Commissioning Group (ELR CCG) plans and buys health services for the south and east of Leicestershire and for Rutland. Its organisation code is 03W.</p>
<h2>Who we are</h2>
<p>East Leicestershire and Rutland CCG is a group of GPs from the practices in the south and east of Leicestershire and Rutland. When it was established it had 34 member practices serving over 318,000 patients in Melton, Rutland, Market Harborough, Blaby District, Lutterworth, and Oadby and Wigston.</p>
<p>In May 2012 it was one of the first wave of 35 CCGs in England chosen to start the assessment process for authorisation as a statutory body, and it took over statutory responsibility for commissioning in April 2013.</p>
<h2>Working jointly</h2>
"""
        + JOINT_WORKING,
        "side column": """
<h2>In this section</h2>
<ul>
<li><a href="/east-leicestershire-and-rutland/our-strategic-objectives/">Our strategic objectives</a></li>
</ul>
""",
    },
)

PAGES = [
    LEICESTER_CITY,
    LEICESTER_CITY_OUR_ROLE,
    objectives_page("leicester-city", "lc-objectives", "04C"),
    WEST_LEICESTERSHIRE,
    WEST_LEICESTERSHIRE_MISSION,
    WEST_LEICESTERSHIRE_OBJECTIVES,
    WEST_LEICESTERSHIRE_CONSTITUTION,
    EAST_LEICESTERSHIRE_AND_RUTLAND,
    objectives_page("east-leicestershire-and-rutland", "elr-objectives", "03W"),
]
