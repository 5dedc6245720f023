"""For a test module whose tests need no seed content: `from tests.seedless import seed`.

The module's `seed` then replaces the suite's (tests/conftest.py), so running only such modules
loads no seed; in a whole run the seed is loaded anyway for the others.
"""

import pytest


@pytest.fixture(scope="session")
def seed():
    """Nothing to load: these tests build what they read, or read no database."""
