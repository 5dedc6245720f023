"""The whole seed page tree, parents before children, in menu order."""

from llr_site.seed import pages_ccgs, pages_guide
from llr_site.seed.pages_home import ACCESSIBILITY_STATEMENT, COOKIES, HOME, PRIVACY_NOTICE

PAGE_TREE = [
    HOME,
    *pages_ccgs.PAGES,
    *pages_guide.PAGES,
    ACCESSIBILITY_STATEMENT,
    PRIVACY_NOTICE,
    COOKIES,
]
