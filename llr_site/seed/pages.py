"""The whole seed page tree, parents before children, in menu order."""

from collections import Counter

from llr_site.seed import pages_ccgs, pages_guide, pages_practices
from llr_site.seed.page_seed import page_seed_apply
from llr_site.seed.pages_governance import GOVERNANCE
from llr_site.seed.pages_home import ACCESSIBILITY_STATEMENT, COOKIES, HOME, PRIVACY_NOTICE
from llr_site.seed.publications import PUBLICATIONS_PAGE

PAGE_TREE = [
    HOME,
    *pages_ccgs.PAGES,
    *pages_practices.PAGES,
    *pages_guide.PAGES,
    PUBLICATIONS_PAGE,
    GOVERNANCE,
    ACCESSIBILITY_STATEMENT,
    PRIVACY_NOTICE,
    COOKIES,
]


def pages_apply(user, site, report):
    """Create or update every page of the tree; a seed step (see `steps.py`)."""
    outcomes = Counter()
    for seed in PAGE_TREE:
        outcome = page_seed_apply(seed, user, site)
        outcomes[outcome] += 1
        report(outcome, f"page {seed.reverse_id} ({seed.title})")
    return outcomes
