"""What `load_seed_content` does, in order: (label, step) pairs.

A step is called with the seed account, the current site and `report(outcome, what)` for a line
per record, and returns a Counter of outcomes (added, updated, unchanged, …). Each step is
idempotent: run again on the same seeds, it changes nothing.
"""

from llr_site.seed.ccgs import ccg_profiles_apply
from llr_site.seed.governance import governance_apply
from llr_site.seed.ods import ods_extracts_apply
from llr_site.seed.pages import pages_apply
from llr_site.seed.publications import publications_apply
from llr_site.seed.shared_content import shared_content_apply

SEED_STEPS = [
    # Before the pages, which place it.
    ("Shared content", shared_content_apply),
    ("Pages", pages_apply),
    ("CCG profiles", ccg_profiles_apply),
    ("ODS practices and PCNs", ods_extracts_apply),
    ("Publications", publications_apply),
    ("Governance", governance_apply),
]
