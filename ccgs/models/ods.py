"""GP practices and primary care networks, as NHS Digital's Organisation Data Service has them."""

from django.db import models
from django.db.models import Q
from django.urls import reverse

from ccgs.models.profile import Ccg


class OdsAddress(models.Model):
    """An address as ODS publishes it: five lines (any may be empty) and a postcode."""

    address_line_1 = models.CharField(max_length=100, blank=True)
    address_line_2 = models.CharField(max_length=100, blank=True)
    address_line_3 = models.CharField(max_length=100, blank=True)
    address_line_4 = models.CharField(max_length=100, blank=True)
    address_line_5 = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=10, blank=True)

    class Meta:
        abstract = True

    @property
    def address_lines(self):
        lines = [
            self.address_line_1,
            self.address_line_2,
            self.address_line_3,
            self.address_line_4,
            self.address_line_5,
        ]
        return [line for line in lines if line]


class _PracticeStatus(models.TextChoices):
    ACTIVE = "A", "Open"
    CLOSED = "C", "Closed"
    DORMANT = "D", "Dormant"
    PROPOSED = "P", "Proposed"
    # A member of an LLR PCN whose own row was not in the practices file imported.
    NOT_IN_FILE = "", "Not in the practices file"


class Practice(OdsAddress):
    """A GP practice or other prescribing setting that concerns LLR."""

    # Declared above the model only because its Meta's constraints need them.
    Status = _PracticeStatus

    class PrescribingSetting(models.IntegerChoices):
        """ODS prescribing setting codes (epraccur column 26)."""

        OTHER = 0, "Other"
        WALK_IN_CENTRE = 1, "Walk-in centre"
        OUT_OF_HOURS = 2, "Out of hours"
        WALK_IN_AND_OUT_OF_HOURS = 3, "Walk-in centre and out of hours"
        GP_PRACTICE = 4, "GP practice"
        PUBLIC_HEALTH = 8, "Public health service"
        COMMUNITY_HEALTH = 9, "Community health service"
        HOSPITAL = 10, "Hospital service"
        OPTOMETRY = 11, "Optometry service"
        URGENT_AND_EMERGENCY = 12, "Urgent and emergency care"
        HOSPICE = 13, "Hospice"
        CARE_HOME = 14, "Care home or nursing home"
        BORDER_FORCE = 15, "Border Force"
        YOUNG_OFFENDER_INSTITUTION = 16, "Young offender institution"
        SECURE_TRAINING_CENTRE = 17, "Secure training centre"
        SECURE_CHILDRENS_HOME = 18, "Secure children's home"
        IMMIGRATION_REMOVAL_CENTRE = 19, "Immigration removal centre"
        COURT = 20, "Court"
        POLICE_CUSTODY = 21, "Police custody"
        SEXUAL_ASSAULT_REFERRAL_CENTRE = 22, "Sexual assault referral centre"
        OTHER_JUSTICE_ESTATE = 24, "Other justice estate"
        PRISON = 25, "Prison"

    code = models.CharField("ODS code", max_length=10, unique=True)
    name = models.CharField(max_length=200)
    # The postcode's outward part (LE3 of LE3 9QP), so that an area can be searched exactly.
    postcode_outward = models.CharField(max_length=4, blank=True, db_index=True)
    telephone = models.CharField(max_length=30, blank=True)
    status = models.CharField(max_length=1, choices=Status, blank=True)
    opened_on = models.DateField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True)
    prescribing_setting = models.PositiveSmallIntegerField(
        choices=PrescribingSetting, null=True, blank=True
    )
    commissioner_code = models.CharField("commissioning CCG's ODS code", max_length=5)
    commissioner_name = models.CharField(
        "commissioning CCG", max_length=200, blank=True, help_text="From the PCN file."
    )
    ccg = models.ForeignKey(
        Ccg,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="practices",
        help_text="Set when one of the three LLR CCGs commissions it.",
    )

    class Meta:
        ordering = ["name", "code"]
        indexes = [models.Index(fields=["status", "name"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=_PracticeStatus.values),
                name="practice_status_known",
                violation_error_message="A practice's status is one of ODS's codes (A, C, D, P) "
                "or empty.",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    def get_absolute_url(self):
        return reverse("practices:practice", kwargs={"code": self.code})

    @property
    def is_open(self):
        """Open, or a PCN member the practices file does not list (so not known to be closed)."""
        return self.status in (self.Status.ACTIVE, self.Status.NOT_IN_FILE)

    @property
    def is_closed(self):
        return self.status == self.Status.CLOSED

    @property
    def is_gp_practice(self):
        """A GP practice, or a PCN member whose setting the practices file did not give."""
        return self.prescribing_setting in (self.PrescribingSetting.GP_PRACTICE, None)

    @property
    def commissioner_display(self):
        if self.ccg_id:
            return self.ccg.name
        return self.commissioner_name or self.commissioner_code


class Pcn(OdsAddress):
    """A primary care network: GP practices working together since July 2019."""

    code = models.CharField("ODS code", max_length=10, unique=True)
    name = models.CharField(max_length=200)
    ccg = models.ForeignKey(Ccg, on_delete=models.PROTECT, related_name="pcns")
    opened_on = models.DateField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True)
    practices = models.ManyToManyField(Practice, through="PcnMembership", related_name="pcns")

    class Meta:
        ordering = ["name", "code"]
        verbose_name = "PCN"
        verbose_name_plural = "PCNs"

    def __str__(self):
        return f"{self.name} ({self.code})"

    def get_absolute_url(self):
        return reverse("pcns:pcn", kwargs={"code": self.code})


class PcnMembership(models.Model):
    """A practice's membership of a PCN, from the ePCN core partner sheet."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="memberships")
    pcn = models.ForeignKey(Pcn, on_delete=models.CASCADE, related_name="memberships")
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["pcn", "practice__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "pcn", "started_on"], name="pcn_membership_once"
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="pcn_membership_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.practice.code} in {self.pcn.code} from {self.started_on}"


class OdsImportRun(models.Model):
    """One run of the ODS importer: which files, their checksums, what changed."""

    started_at = models.DateTimeField()
    duration_seconds = models.FloatField()
    practices_file = models.CharField(max_length=255)
    practices_sha256 = models.CharField(max_length=64)
    pcns_file = models.CharField(max_length=255)
    pcns_sha256 = models.CharField(max_length=64)
    published_on = models.DateField(
        null=True, blank=True, help_text="When ODS published the files, if known."
    )
    practices_added = models.PositiveIntegerField(default=0)
    practices_updated = models.PositiveIntegerField(default=0)
    practices_unchanged = models.PositiveIntegerField(default=0)
    practices_closed = models.PositiveIntegerField(default=0)
    pcns_added = models.PositiveIntegerField(default=0)
    pcns_updated = models.PositiveIntegerField(default=0)
    pcns_unchanged = models.PositiveIntegerField(default=0)
    pcns_closed = models.PositiveIntegerField(default=0)
    memberships = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = "ODS import run"
        get_latest_by = "started_at"

    def __str__(self):
        return f"ODS import of {self.started_at:%d %B %Y %H:%M}"
