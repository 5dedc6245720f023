"""The site's public address: the SITE_DOMAIN setting, kept in django.contrib.sites.

Feeds, sitemaps and any absolute link are built from the current Site's domain. Django creates
that Site as example.com; `site_domain_apply` sets it from the setting after every migrate and
seed, and `check --deploy` warns while the domain is not a public one.
"""

import ipaddress

from django.apps import apps as global_apps
from django.conf import settings
from django.core import checks
from django.core.management.color import no_style
from django.db import connections

SITE_NAME = "LLR CCGs"
NOT_PUBLIC = {"example.com", "www.example.com", "localhost"}


def site_domain_apply(site_model=None, using="default"):
    """Give the current Site the SITE_DOMAIN and the site's name; return the Site."""
    if site_model is None:
        from django.contrib.sites.models import Site as site_model
    site, created = site_model.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": settings.SITE_DOMAIN, "name": SITE_NAME}
    )
    if created:
        # As django.contrib.sites does for its example.com: a row inserted with its own id
        # leaves PostgreSQL's sequence behind, and the next Site would collide with it.
        connection = connections[using]
        statements = connection.ops.sequence_reset_sql(no_style(), [site_model])
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    from django.contrib.sites.models import SITE_CACHE

    SITE_CACHE.clear()  # this process's cached Site now has the old domain
    return site


def site_domain_on_migrate(sender, apps=global_apps, using="default", **kwargs):
    """After migrate and flush (connected in apps.py): before Django would make example.com.

    `flush` sends the signal without `apps`: then the installed models are the ones to use.
    """
    try:
        site_model = apps.get_model("sites", "Site")
    except LookupError:  # migrated to a point before django.contrib.sites' tables
        return
    site_domain_apply(site_model, using)


def _is_public(domain):
    host = domain.rsplit(":", 1)[0].strip("[]").lower()
    if not host or host in NOT_PUBLIC or host.endswith(".localhost"):
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return True
    return address.is_global


@checks.register(checks.Tags.sites, deploy=True)
def site_domain_check(app_configs, **kwargs):
    if _is_public(settings.SITE_DOMAIN):
        return []
    return [
        checks.Warning(
            f"SITE_DOMAIN is {settings.SITE_DOMAIN!r}: feeds and other absolute links would "
            "point there, not at the public site.",
            hint="Set the SITE_DOMAIN environment variable to the public host name, "
            "e.g. www.example.nhs.uk, then run migrate (or load_seed_content).",
            id="llr_site.W001",
        )
    ]
