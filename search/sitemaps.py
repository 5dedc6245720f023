"""The sitemaps: the CMS's published pages (django CMS's CMSSitemap: published, public, not
redirects) and the apps' public pages,
each with the date it last changed where it has one."""

from cms.sitemaps import CMSSitemap
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import timezone

from ccgs.models import Pcn, Practice
from governance.models import GoverningBody, Meeting, Person
from publications.selectors import publication_listed


class PublicationSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return publication_listed().order_by("pk").only("slug", "first_published", "last_updated")

    def lastmod(self, publication):
        return publication.last_updated or publication.first_published


class PracticeSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Practice.objects.order_by("code").only("code")

    def location(self, practice):
        return reverse("practices:practice", kwargs={"code": practice.code})


class PcnSitemap(PracticeSitemap):
    def items(self):
        return Pcn.objects.order_by("code").only("code")

    def location(self, pcn):
        return reverse("pcns:pcn", kwargs={"code": pcn.code})


class MeetingSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Meeting.objects.order_by("pk").only("pk", "starts_at")

    def lastmod(self, meeting):
        return min(meeting.starts_at, timezone.now())


class PersonSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return Person.objects.order_by("pk").only("slug")


class GoverningBodySitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return GoverningBody.objects.order_by("pk").only("slug")


SITEMAPS = {
    "pages": CMSSitemap,
    "publications": PublicationSitemap,
    "practices": PracticeSitemap,
    "pcns": PcnSitemap,
    "meetings": MeetingSitemap,
    "people": PersonSitemap,
    "governing-bodies": GoverningBodySitemap,
}
