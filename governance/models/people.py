"""Governing bodies, the people on them and their appointments, the register of interests."""

from django.db import models
from django.db.models import Q
from django.urls import reverse


class GoverningBody(models.Model):
    """The governing body (board) of one CCG."""

    ccg = models.OneToOneField("ccgs.Ccg", on_delete=models.PROTECT, related_name="governing_body")
    slug = models.SlugField(unique=True, help_text="Its address: /governance/<slug>/.")
    introduction = models.TextField(
        blank=True, help_text="Plain text; a blank line starts a new paragraph."
    )

    class Meta:
        ordering = ["ccg__name"]
        verbose_name_plural = "governing bodies"

    def __str__(self):
        return f"{self.ccg.short_name} governing body"

    def get_absolute_url(self):
        return reverse("governance:governing_body", kwargs={"slug": self.slug})


class Person(models.Model):
    """Someone who holds or has held a seat on a governing body."""

    title = models.CharField(max_length=40, blank=True, help_text="e.g. Dr, Professor, Mrs")
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True, help_text="Their address: /governance/people/<slug>/.")
    photo = models.ImageField(
        upload_to="governance/people/",
        blank=True,
        help_text="Resized to at most 600 pixels on its longer side when uploaded.",
    )
    photo_alt_text = models.CharField(
        "photo description",
        max_length=200,
        blank=True,
        help_text="What the photo shows, for people who cannot see it. Required with a photo.",
    )
    biography = models.TextField(
        blank=True, help_text="A short biography in plain text; a blank line starts a paragraph."
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [
            models.CheckConstraint(
                condition=Q(photo="") | ~Q(photo_alt_text=""),
                name="person_photo_has_alt_text",
                violation_error_message="Describe the photo for people who cannot see it.",
            ),
        ]

    def __str__(self):
        return self.full_name

    def get_absolute_url(self):
        return reverse("governance:person", kwargs={"slug": self.slug})

    @property
    def full_name(self):
        return f"{self.title} {self.name}".strip()


class Appointment(models.Model):
    """A seat on a governing body, held by a person from one date to another.

    A seat the seed documents describe without naming its holder has no person.
    """

    class Role(models.TextChoices):
        """In the order a governing body's page lists them."""

        CHAIR = "chair", "Chair"
        CO_CHAIR = "co-chair", "Co-chair"
        GP_MEMBER = "gp-member", "GP member"
        SECONDARY_CARE_DOCTOR = "secondary-care-doctor", "Secondary care doctor"
        REGISTERED_NURSE = "registered-nurse", "Registered nurse"
        LAY_MEMBER = "lay-member", "Lay member"
        PATIENT_REPRESENTATIVE = "patient-representative", "Patient and public representative"
        ACCOUNTABLE_OFFICER = "accountable-officer", "Accountable officer"
        CHIEF_FINANCE_OFFICER = "chief-finance-officer", "Chief finance officer"

        @property
        def plural_label(self):
            """The heading over the seats of this role ("GP members")."""
            return ROLE_PLURAL_LABELS.get(self.value, self.label)

        @property
        def position(self):
            return list(type(self)).index(self)

    governing_body = models.ForeignKey(
        GoverningBody, on_delete=models.CASCADE, related_name="appointments"
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appointments",
        help_text="Leave empty when the holder of the seat has not been published.",
    )
    role = models.CharField(max_length=30, choices=Role)
    detail = models.CharField(
        max_length=200,
        blank=True,
        help_text="A GP member's locality, or a lay member's area, e.g. audit and governance.",
    )
    started_on = models.DateField("start date", null=True, blank=True)
    ended_on = models.DateField("end date", null=True, blank=True)

    class Meta:
        ordering = ["governing_body", "role", "-started_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(started_on__isnull=True)
                | Q(ended_on__gte=models.F("started_on")),
                name="appointment_ends_after_it_starts",
                violation_error_message="A seat cannot end before it starts.",
            ),
        ]

    def __str__(self):
        holder = self.person.full_name if self.person else "Seat"
        return f"{holder}: {self.get_role_display()}, {self.governing_body}"


# Roles whose heading differs from their label: the roles a body can have more than one of.
ROLE_PLURAL_LABELS = {
    Appointment.Role.CO_CHAIR: "Co-chairs",
    Appointment.Role.GP_MEMBER: "GP members",
    Appointment.Role.LAY_MEMBER: "Lay members",
}


class DeclaredInterest(models.Model):
    """An entry in a person's register of interests."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="interests")
    interest = models.TextField()
    declared_on = models.DateField("date declared")

    class Meta:
        ordering = ["person", "-declared_on", "pk"]

    def __str__(self):
        return f"{self.person}: {self.interest[:60]}"
