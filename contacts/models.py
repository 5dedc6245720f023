"""The organisations' contact details: one record, kept by staff in the admin."""

import phonenumbers
from cms.models import CMSPlugin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


def uk_telephone_validate(value):
    """A telephone number that can be dialled from the UK, as people type it (spaces, +44)."""
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            "Enter a UK telephone number, like 0116 295 0000 or +44 116 295 0000.",
            code="invalid_telephone",
        )


class ContactDetails(models.Model):
    """How the public reaches the CCGs; one row, shown by every page that gives a contact."""

    postal_address = models.TextField(
        blank=True, help_text="One line of the address per line, the postcode last."
    )
    telephone = models.CharField(
        "telephone", max_length=30, blank=True, validators=[uk_telephone_validate]
    )
    email = models.EmailField("general email", blank=True)
    accessibility_email = models.EmailField(
        "accessibility contact email",
        blank=True,
        help_text="For problems with this website's accessibility and requests for a document in "
        "another format. Empty: pages give the general email.",
    )
    dpo_name = models.CharField(
        "data protection officer",
        max_length=200,
        blank=True,
        help_text="A name or a role, as the privacy notice should give it.",
    )
    dpo_email = models.EmailField(
        "data protection officer's email",
        blank=True,
        help_text="Empty: pages give the general email and the postal address, for the data "
        "protection officer's attention.",
    )
    foi_email = models.EmailField(
        "freedom of information email",
        blank=True,
        help_text="Where freedom of information requests go. Empty: pages give the general email "
        "and the postal address.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    # What a professionally run site must give; `check --deploy` warns while any is empty.
    REQUIRED = (
        "postal_address",
        "telephone",
        "email",
        "accessibility_email",
        "dpo_name",
        "dpo_email",
        "foi_email",
    )

    class Meta:
        verbose_name = verbose_name_plural = "contact details"
        constraints = [models.CheckConstraint(condition=Q(pk=1), name="contact_details_one_row")]

    def __str__(self):
        return "Contact details"

    def missing(self):
        """The labels of the fields that are still empty, in the admin's order."""
        return [
            str(self._meta.get_field(name).verbose_name)
            for name in self.REQUIRED
            if not getattr(self, name).strip()
        ]

    @property
    def has_any(self):
        """Whether staff have set any contact at all (else pages give general advice once)."""
        return any(getattr(self, name).strip() for name in self.REQUIRED if name != "dpo_name")

    @property
    def postal_lines(self):
        return [line.strip() for line in self.postal_address.splitlines() if line.strip()]

    @property
    def telephone_display(self):
        """The number as it is written in the UK (0116 295 0000), or as typed if not valid."""
        number = self._telephone_parsed()
        if number is None:
            return self.telephone
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)

    @property
    def telephone_uri(self):
        """A tel: link that works from any phone, e.g. tel:+44-116-295-0000."""
        number = self._telephone_parsed()
        if number is None:
            return ""
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.RFC3966)

    def _telephone_parsed(self):
        try:
            number = phonenumbers.parse(self.telephone, "GB")
        except phonenumbers.NumberParseException:
            return None
        return number if phonenumbers.is_valid_number(number) else None

    def channels(self, kind):
        """How to reach the contact of `kind` (see ContactDetailsBlock.Kind).

        Its own email where staff set one, else the general email; the telephone and postal
        address are the organisation's. `reachable` is False when there is nothing to give.
        """
        Kind = ContactDetailsBlock.Kind
        own_email = {
            Kind.GENERAL: self.email,
            Kind.ACCESSIBILITY: self.accessibility_email,
            Kind.DPO: self.dpo_email,
            Kind.FOI: self.foi_email,
        }[kind]
        channels = {
            "kind": kind,
            "email": own_email or self.email,
            "own_email": bool(own_email),
            "telephone": self.telephone_display,
            "telephone_uri": self.telephone_uri,
            "postal_lines": self.postal_lines,
            "mark": LETTER_MARK[kind],
            "name": self.dpo_name if kind == Kind.DPO else "",
        }
        channels["reachable"] = bool(
            channels["email"] or channels["telephone"] or channels["postal_lines"]
        )
        return channels


class ContactDetailsBlock(CMSPlugin):
    """A CMS plugin giving one of the contacts of the record: general, accessibility, DPO, FOI."""

    class Kind(models.TextChoices):
        GENERAL = "general", "General enquiries"
        ACCESSIBILITY = "accessibility", "Accessibility"
        DPO = "dpo", "Data protection officer"
        FOI = "foi", "Freedom of information"

    kind = models.CharField(
        "which contact", max_length=20, choices=Kind.choices, default=Kind.GENERAL
    )

    class Meta:
        verbose_name = verbose_name_plural = "contact details block"
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["general", "accessibility", "dpo", "foi"]),
                name="contact_details_block_known_kind",
                violation_error_message="Choose one of the contacts.",
            )
        ]

    def __str__(self):
        return self.get_kind_display()


# What a letter to the organisation's address should be marked, so it reaches the right desk.
LETTER_MARK = {
    ContactDetailsBlock.Kind.GENERAL: "",
    ContactDetailsBlock.Kind.ACCESSIBILITY: "Website accessibility",
    ContactDetailsBlock.Kind.DPO: "For the attention of the data protection officer",
    ContactDetailsBlock.Kind.FOI: "Freedom of information request",
}
