"""Seed content: the page tree of the first release, built from the seed documents."""
