"""The publications the seed pages name, read from `content/publications.toml`; no files."""

from django.core.exceptions import ValidationError

from ccgs.models import Ccg
from llr_site.seed.data import CONTENT, SeedDataError, entries, toml_read
from llr_site.seed.seeder import SeedItem, SeedKind, seed_items_apply, seed_key
from publications.models import DocumentType, Publication

DATA_FILE = CONTENT / "publications.toml"
FIELDS = {"slug": str, "title": str, "document_type": str, "ccgs": list, "summary": str}
OPTIONAL_FIELDS = {"financial_year": ""}


def publication_items(path):
    """Seed items for the `[[publication]]` tables of the data file at `path`."""
    data = toml_read(path)
    items = []
    for publication in entries(data, "publication", path, FIELDS, OPTIONAL_FIELDS):
        if not all(isinstance(code, str) for code in publication["ccgs"]):
            raise SeedDataError(f"{path}: publication {publication['slug']}: ccgs are ODS codes.")
        items.append(
            SeedItem(
                seed_key("publication", publication["slug"]),
                publication,
                f"publication {publication['slug']} ({publication['title']})",
                identity=path,
            )
        )
    return items


class PublicationKind(SeedKind):
    """Publications, found by slug, with their type and CCGs named by slug and code."""

    def find(self, item):
        return Publication.objects.filter(slug=item.values["slug"]).first()

    def read(self, publication, item):
        return {
            "slug": publication.slug,
            "title": publication.title,
            "document_type": publication.document_type.slug,
            "ccgs": sorted(publication.ccgs.values_list("code", flat=True)),
            "summary": publication.summary,
            "financial_year": publication.financial_year,
        }

    def create(self, item):
        publication = Publication(slug=item.values["slug"], status=Publication.Status.PUBLISHED)
        self.update(publication, item)
        return publication

    def update(self, publication, item):
        values = item.values
        publication.title = values["title"]
        document_type = DocumentType.objects.filter(slug=values["document_type"]).first()
        if document_type is None:
            raise SeedDataError(
                f"{item.identity}: publication {values['slug']}: no document type "
                f"{values['document_type']!r}."
            )
        publication.document_type = document_type
        publication.financial_year = values["financial_year"]
        publication.summary = values["summary"]
        try:
            publication.full_clean(exclude=["ccgs"])
        except ValidationError as error:
            raise SeedDataError(
                f"{item.identity}: publication {values['slug']}: {'; '.join(error.messages)}"
            ) from error
        publication.save()
        publication.ccgs.set(Ccg.objects.filter(code__in=values["ccgs"]))

    def edited_by_staff(self, publication, current, record):
        # A publication the seed did not write is staff's, even with a slug the seed uses.
        return record is None or super().edited_by_staff(publication, current, record)


def publications_apply(user, site, report):
    """Create or update the seed publications; a seed step (see `steps.py`)."""
    outcomes, _ = seed_items_apply(PublicationKind(), publication_items(DATA_FILE), report)
    return outcomes
