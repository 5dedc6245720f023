"""The governance page, which carries the governance app (governing bodies, people, meetings)."""

from llr_site.seed.page_seed import PageSeed

GOVERNANCE = PageSeed(
    reverse_id="governance",
    slug="governance",
    title="Governance",
    template="pages/content.html",
    meta_description="The governing bodies of the LLR CCGs, their members, constitutions and board meetings held in public, with agendas, papers, minutes and questions from the public.",
    apphook="GovernanceApphook",
    apphook_namespace="governance",
    placeholders={
        "content": """
<p class="nhsuk-lede-text">Each of the three CCGs is led by a governing body (its board). The governing bodies meet in public: members of the public are welcome to attend and observe, and can ask questions on agenda items.</p>
<p>When Leicester City CCG was established in 2011-12, its governing body met once a month, in public, with a short section at the start of each meeting where members of the public could ask questions on agenda items.</p>
<p>A legally binding constitution, signed by all its member practices, governs the relationship between each CCG and its practices.</p>
""",
    },
)
