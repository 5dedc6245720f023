"""NHS.UK frontend components as blocks editors place on pages (one model per component).

Each model holds the fields its nhsuk-frontend 10 component has and nothing else; rules that
can live in the database (heading levels 2 to 4, alt text or decorative, columns of a card
group) are check constraints; rules between fields and children are in `clean()`.
"""

from cms.models import CMSPlugin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from filer.fields.image import FilerImageField

from nhsuk_components.links import SafeLinkField


class HeadedBlock(CMSPlugin):
    """A component with a heading whose level the editor chooses, from 2 to 4 only."""

    class Level(models.IntegerChoices):
        TWO = 2, "Level 2 (a section of the page)"
        THREE = 3, "Level 3 (inside a section)"
        FOUR = 4, "Level 4 (inside a subsection)"

    heading = models.CharField(max_length=200)
    heading_level = models.PositiveSmallIntegerField(choices=Level, default=Level.TWO)

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(heading_level__gte=2, heading_level__lte=4),
                name="%(app_label)s_%(class)s_heading_level_2_to_4",
                violation_error_message="Choose a heading level from 2 to 4: the page's title "
                "is its only level 1 heading.",
            )
        ]

    def __str__(self):
        return self.heading


class CardBlock(HeadedBlock):
    """A card: basic, clickable, feature, primary, secondary, or a care card."""

    class Variant(models.TextChoices):
        BASIC = "basic", "Basic"
        CLICKABLE = "clickable", "Clickable (the whole card is a link)"
        FEATURE = "feature", "Feature"
        PRIMARY = "primary", "Primary, with chevron (a link)"
        SECONDARY = "secondary", "Secondary"
        NON_URGENT = "non-urgent", "Care card: non-urgent (blue)"
        URGENT = "urgent", "Care card: urgent (red)"
        EMERGENCY = "emergency", "Care card: emergency (red and black)"

    LINKED = {Variant.CLICKABLE, Variant.PRIMARY}
    LINK_ALLOWED = LINKED | {Variant.SECONDARY, Variant.BASIC}
    CARE = {Variant.NON_URGENT, Variant.URGENT, Variant.EMERGENCY}
    IMAGE_ALLOWED = {Variant.BASIC, Variant.CLICKABLE}

    variant = models.CharField(max_length=20, choices=Variant, default=Variant.BASIC)
    description = models.TextField(
        blank=True, help_text="A sentence under the heading. Longer content: add text inside."
    )
    link = SafeLinkField(blank=True)
    image = FilerImageField(
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown above the heading as decoration (the heading says what the card is).",
    )

    class Meta(HeadedBlock.Meta):
        constraints = [
            *HeadedBlock.Meta.constraints,
            models.CheckConstraint(
                # The values of Variant (a nested class cannot see its neighbours).
                condition=Q(
                    variant__in=[
                        "basic",
                        "clickable",
                        "feature",
                        "primary",
                        "secondary",
                        "non-urgent",
                        "urgent",
                        "emergency",
                    ]
                ),
                name="%(app_label)s_%(class)s_variant_known",
                violation_error_message="Choose one of the card types.",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.variant in self.LINKED and not self.link:
            errors["link"] = "A clickable or primary card needs a link: choose where it goes."
        if self.link and self.variant not in self.LINK_ALLOWED:
            errors["link"] = (
                f"A {self.get_variant_display().lower()} card has no link: remove it, or "
                "choose a clickable or primary card."
            )
        if self.image_id and self.variant not in self.IMAGE_ALLOWED:
            errors["image"] = "Only basic and clickable cards have an image."
        if errors:
            raise ValidationError(errors)


class CardGroupBlock(CMSPlugin):
    """Cards side by side on wide screens (stacked on phones), all the same height."""

    class Columns(models.IntegerChoices):
        TWO = 2, "2 across"
        THREE = 3, "3 across"
        FOUR = 4, "4 across"

    columns = models.PositiveSmallIntegerField(choices=Columns, default=Columns.THREE)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(columns__gte=2, columns__lte=4),
                name="nhsuk_components_cardgroup_columns_2_to_4",
                violation_error_message="A card group has 2, 3 or 4 cards across.",
            )
        ]

    def __str__(self):
        return self.get_columns_display()


class InsetTextBlock(CMSPlugin):
    """Inset text: information that stands apart from the text around it (its body inside)."""

    def __str__(self):
        return "Inset text"


class WarningCalloutBlock(HeadedBlock):
    """A warning callout: information people need to know to stay safe."""

    heading = models.CharField(max_length=200, default="Important")
    heading_level = models.PositiveSmallIntegerField(
        choices=HeadedBlock.Level, default=HeadedBlock.Level.THREE
    )


class DetailsBlock(CMSPlugin):
    """Details (a link that opens more) or an expander (a box that opens); body inside."""

    class Kind(models.TextChoices):
        DETAILS = "details", "Details (for help some people need)"
        EXPANDER = "expander", "Expander (for longer content, or in a group)"

    summary = models.CharField(max_length=200, help_text="What the reader clicks to open it.")
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.DETAILS)

    def __str__(self):
        return self.summary


class ExpanderGroupBlock(CMSPlugin):
    """Expanders that sit together."""

    def __str__(self):
        return "Expander group"


class DoDontListBlock(CMSPlugin):
    """A do or don't list, one item a line."""

    class Kind(models.TextChoices):
        DO = "do", "Do"
        DONT = "dont", "Don't"

    kind = models.CharField(max_length=4, choices=Kind, default=Kind.DO)
    heading_level = models.PositiveSmallIntegerField(
        choices=HeadedBlock.Level, default=HeadedBlock.Level.THREE
    )
    items = models.TextField(help_text="One item a line, without bullets.")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(heading_level__gte=2, heading_level__lte=4),
                name="nhsuk_components_dodontlistblock_heading_level_2_to_4",
                violation_error_message="Choose a heading level from 2 to 4: the page's title "
                "is its only level 1 heading.",
            )
        ]

    def __str__(self):
        return self.get_kind_display()

    def item_list(self):
        return [line.strip() for line in self.items.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        if self.items and not self.item_list():
            raise ValidationError({"items": "Give at least one item."})


class ActionLinkBlock(CMSPlugin):
    """An action link: the one thing to do next."""

    text = models.CharField(max_length=120)
    link = SafeLinkField()

    def __str__(self):
        return self.text


class SummaryListBlock(CMSPlugin):
    """A summary list of keys and values (its rows inside)."""

    borderless = models.BooleanField(default=False)

    def __str__(self):
        return "Summary list"


class SummaryListRowBlock(CMSPlugin):
    """One row of a summary list."""

    key = models.CharField(max_length=200)
    value = models.TextField()

    def __str__(self):
        return self.key


class TableBlock(CMSPlugin):
    """A table with a caption and a header row; on phones each row becomes a card."""

    SEPARATOR = "|"

    caption = models.CharField(max_length=200)
    rows = models.TextField(
        help_text="One row a line, cells separated by |. The first line is the header row.",
    )
    first_column_headers = models.BooleanField("first column is the rows' headers", default=False)

    def __str__(self):
        return self.caption

    def parsed(self):
        """(headings, rows): the header row's cells and the other rows' cells."""
        lines = [line for line in self.rows.splitlines() if line.strip()]
        cells = [[cell.strip() for cell in line.split(self.SEPARATOR)] for line in lines]
        return (cells[0], cells[1:]) if cells else ([], [])

    def clean(self):
        super().clean()
        if not self.rows:
            return
        headings, rows = self.parsed()
        if not rows:
            raise ValidationError({"rows": "Give the header row, then at least one row."})
        if not all(headings):
            raise ValidationError({"rows": "Every column needs a heading in the first line."})
        for number, row in enumerate(rows, start=2):
            if len(row) != len(headings):
                raise ValidationError(
                    {
                        "rows": f"Line {number} has {len(row)} cells but the header row has "
                        f"{len(headings)}: each line needs one cell per column."
                    }
                )


class ContentsListBlock(CMSPlugin):
    """A contents list: the pages of this page's section, or pages chosen one by one inside."""

    class Source(models.TextChoices):
        SECTION = "section", "The pages of this page's section, in menu order"
        CHOSEN = "chosen", "Pages I choose (add them inside)"

    source = models.CharField(max_length=10, choices=Source, default=Source.SECTION)

    def __str__(self):
        return self.get_source_display()


class RelatedPagesBlock(CMSPlugin):
    """A "Related pages" box of chosen pages (add them inside)."""

    heading = models.CharField(max_length=200, default="Related pages")

    def __str__(self):
        return self.heading


class LinkItemBlock(CMSPlugin):
    """One chosen page (or record, or web address) in a contents list or related pages."""

    text = models.CharField(max_length=200)
    link = SafeLinkField()

    def __str__(self):
        return self.text


class ImageBlock(CMSPlugin):
    """An image from the media library, in the sizes the layout needs, with its alt text."""

    image = FilerImageField(on_delete=models.PROTECT, related_name="+")
    alt_text = models.CharField(
        max_length=250,
        blank=True,
        help_text="What the image shows, for people who cannot see it. Leave empty only if "
        "the image is decorative.",
    )
    decorative = models.BooleanField(
        default=False, help_text="The image adds nothing to the text (screen readers skip it)."
    )
    caption = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(decorative=True, alt_text="") | (Q(decorative=False) & ~Q(alt_text=""))
                ),
                name="nhsuk_components_imageblock_alt_text_or_decorative",
                violation_error_message="Describe the image in its alt text, or tick "
                "“decorative” if it adds nothing to the text (not both).",
            )
        ]

    def __str__(self):
        return self.alt_text or "Decorative image"
