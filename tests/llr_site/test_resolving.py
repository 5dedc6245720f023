"""Addresses resolved once per process, following the apps' URLs when they change."""

import pytest
from django.urls import clear_url_caches

from llr_site.resolving import path_match

pytestmark = pytest.mark.django_db


def test_new_urls_give_new_matches():
    before = path_match("/pcns/")
    assert before is not None and path_match("/no page has spaces/") is None
    clear_url_caches()  # as the apps' URLs reloaded do: a new resolver
    after = path_match("/pcns/")
    assert after is not None and after is not before
