"""The site's public domain comes from SITE_DOMAIN; production is warned while it is not real."""

import pytest
from django.contrib.sites.models import Site
from django.core.management import call_command
from django.test import override_settings

from llr_site.sites import site_domain_apply, site_domain_check
from tests.llr_site.test_settings import PRODUCTION, manage


@pytest.mark.slow  # `manage.py check --deploy` in a new process
def test_deploy_check_fails_in_production_without_a_site_domain():
    environment = {name: value for name, value in PRODUCTION.items() if name != "SITE_DOMAIN"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **environment)
    assert result.returncode != 0
    assert "llr_site.W001" in result.stderr
    assert "SITE_DOMAIN is '127.0.0.1:8000'" in result.stderr


@pytest.mark.parametrize(
    ("domain", "warned"),
    [
        ("example.com", True),
        ("localhost:8000", True),
        ("10.0.0.5", True),
        ("[::1]:8000", True),
        ("www.llr-ccgs.example", False),
        ("www.leicestercityccg.nhs.uk", False),
    ],
)
def test_site_domain_check_warns_for_the_default_and_private_addresses(domain, warned):
    with override_settings(SITE_DOMAIN=domain):
        warnings = site_domain_check(None)
    assert [warning.id for warning in warnings] == (["llr_site.W001"] if warned else [])


@pytest.mark.django_db
def test_seed_loader_applies_the_site_domain():
    try:
        with override_settings(SITE_DOMAIN="www.llr-ccgs.example"):
            call_command("load_seed_content", verbosity=0)
            assert Site.objects.get_current().domain == "www.llr-ccgs.example"
            assert Site.objects.get_current().name == "LLR CCGs"
    finally:
        site_domain_apply()
