"""The guide to how CCGs work and how to engage with them (seed document 004)."""

from llr_site.seed.page_seed import PageSeed

GUIDE = {"how-ccgs-work": "How CCGs work", "engaging-with-your-ccg": "Engaging with your CCG"}


def see_also(current_slug):
    """The guide's "Related pages" box: the other guide pages, never the page it is on."""
    links = "".join(
        f'<li><a href="/{slug}/">{title}</a></li>\n'
        for slug, title in GUIDE.items()
        if slug != current_slug
    )
    return f"\n<h2>Related pages</h2>\n<ul>\n{links}</ul>\n"


HOW_CCGS_WORK = PageSeed(
    reverse_id="how-ccgs-work",
    slug="how-ccgs-work",
    title="How CCGs work",
    template="pages/content_with_side_column.html",
    meta_description="How clinical commissioning groups operate and their main responsibilities.",
    placeholders={
        "content": """
<p class="nhsuk-lede-text">How clinical commissioning groups (CCGs) operate and their main responsibilities. We recommend you read this page before moving on to <a href="/engaging-with-your-ccg/">Engaging with your CCG</a>.</p>
<h2>What are CCGs responsible for?</h2>
<p>CCGs are responsible for commissioning the majority of health services in England, including hospital care, community health services, rehabilitation services, mental health services and others. NHS England has responsibility for commissioning in certain areas, including specialised services, core GP services, and dental, pharmacy and optical services (although co-commissioning gives the option to transfer responsibility for commissioning GP services to willing CCGs).</p>
<p>CCGs have a number of duties which they must take into account when exercising their functions. These include duties to improve services, reduce inequalities, promote patient involvement, provide patient choice, promote innovation and promote the integration of health services. CCGs also have a duty to consult patients and the public at various stages of the commissioning process, including when creating commissioning plans, developing and considering proposals for change, and making decisions affecting the operation of commissioning.</p>
<h2>What areas do CCGs cover?</h2>
<p>CCGs do not align with local authority boundaries: there may be several CCGs within one local authority, and some cross county boundaries. Typically, a CCG covers between 150,000 and 300,000 patients, but some larger CCGs cover a population of over half a million.</p>
<h2>Structure of CCGs</h2>
<p>CCGs have a significant degree of control over their governance arrangements, so there is local variation. Common features are:</p>
<ul>
<li><strong>Governing body</strong>: responsible for the CCG's key decisions. It is chaired by an elected GP, and includes representatives of other GP members, members of the executive team, a hospital doctor, a nurse, lay members and representatives of other local partners. One of the lay members has specific responsibility for patient and public participation. Some of the governing body's work is delegated to sub-committees.</li>
<li><strong>Members and member council</strong>: all GP surgeries are required to be members of a CCG. Most CCGs have a member council, which represents the membership and liaises with the governing body and executive team. Member councils may also agree the vision and values of the CCG, approve the commissioning plans and any changes to the constitution.</li>
<li><strong>Locality structures</strong>: most CCGs, especially larger ones, have localities for geographical areas within the CCG boundary. Localities co-ordinate a group of practices within their area and report back to the governing body.</li>
<li><strong>Executive team</strong>: manages the day-to-day activities of the CCG.</li>
</ul>
<h2>How CCGs fit into the health commissioning landscape</h2>
<h3>Commissioning support units</h3>
<p>CCGs are generally much smaller than the primary care trusts they replaced, so many buy in support services. The biggest providers of such support are commissioning support units (CSUs), which offer procurement, contract management, business intelligence, service redesign, communications and public and patient engagement. CCGs are free to contract with whichever CSU they wish, choose another provider or keep services in house.</p>
<h3>NHS England</h3>
<p>NHS England holds CCGs to account and draws up an annual performance assessment of each CCG. It supports CCGs in improving health outcomes, and it commissions specialised services, primary care services, armed forces health and health in justice, either directly or together with CCGs (co-commissioning).</p>
<h3>Health and wellbeing boards</h3>
<p>CCG representatives are statutory members of health and wellbeing boards. The board produces the joint strategic needs assessment and the joint health and wellbeing strategy, which CCGs must take into account when producing their commissioning plans.</p>
<h3>CCGs working together</h3>
<p>CCGs often collaborate with each other. In some areas one CCG acts as lead commissioner for the others; in others, CCGs share senior executive posts or share financial risk. The three CCGs in Leicester, Leicestershire and Rutland have worked jointly under one management team since 2020.</p>
""",
        "side column": see_also("how-ccgs-work"),
    },
)

ENGAGING_WITH_YOUR_CCG = PageSeed(
    reverse_id="engaging-with-your-ccg",
    slug="engaging-with-your-ccg",
    title="Engaging with your CCG",
    template="pages/content_with_side_column.html",
    meta_description="Five steps to taking part in the decisions your CCG makes.",
    placeholders={
        "content": """
<p class="nhsuk-lede-text">CCGs have a duty to involve patients and the public in their decisions. These five steps are a guide to taking part.</p>
<ol>
<li><strong>Find your CCG.</strong> CCGs do not follow council boundaries, so start from your GP practice: every practice is a member of one CCG.</li>
<li><strong>Read what it publishes.</strong> Each CCG publishes its commissioning plans, its constitution, annual reports and the papers for its governing body meetings.</li>
<li><strong>Go to a governing body meeting.</strong> Governing body meetings are held in public and anyone is welcome to attend and observe. There is a short section at the start of each meeting where members of the public can ask questions about items on the agenda.</li>
<li><strong>Speak to the people who represent patients.</strong> One of the lay members of each governing body has specific responsibility for patient and public participation, and local patient groups such as Healthwatch have a voice in the CCG's work.</li>
<li><strong>Take part through local partnerships.</strong> CCGs must consult patients and the public when they develop plans or propose changes, and their plans take account of the health and wellbeing board's strategy. Voluntary sector organisations can also engage through the commissioning support units that work for CCGs.</li>
</ol>
""",
        "side column": see_also("engaging-with-your-ccg"),
    },
)

PAGES = [HOW_CCGS_WORK, ENGAGING_WITH_YOUR_CCG]
