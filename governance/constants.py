"""Fixed lists of the governance app: roles, purposes, moderation outcomes."""

# Roles on a governing body, in the order a governing body page lists them.
CHAIR, CO_CHAIR, GP_MEMBER, LAY_MEMBER = "chair", "co-chair", "gp-member", "lay-member"
SECONDARY_CARE_DOCTOR, REGISTERED_NURSE = "secondary-care-doctor", "registered-nurse"
ACCOUNTABLE_OFFICER, CHIEF_FINANCE_OFFICER = "accountable-officer", "chief-finance-officer"
PATIENT_REPRESENTATIVE = "patient-representative"
ROLE_CHOICES = [
    (CHAIR, "Chair"),
    (CO_CHAIR, "Co-chair"),
    (GP_MEMBER, "GP member"),
    (SECONDARY_CARE_DOCTOR, "Secondary care doctor"),
    (REGISTERED_NURSE, "Registered nurse"),
    (LAY_MEMBER, "Lay member"),
    (PATIENT_REPRESENTATIVE, "Patient and public representative"),
    (ACCOUNTABLE_OFFICER, "Accountable officer"),
    (CHIEF_FINANCE_OFFICER, "Chief finance officer"),
]
ROLE_ORDER = {role: position for position, (role, _) in enumerate(ROLE_CHOICES)}
ROLE_PLURALS = {
    CHAIR: "Chair",
    CO_CHAIR: "Co-chairs",
    GP_MEMBER: "GP members",
    SECONDARY_CARE_DOCTOR: "Secondary care doctor",
    REGISTERED_NURSE: "Registered nurse",
    LAY_MEMBER: "Lay members",
    PATIENT_REPRESENTATIVE: "Patient and public representative",
    ACCOUNTABLE_OFFICER: "Accountable officer",
    CHIEF_FINANCE_OFFICER: "Chief finance officer",
}

PUBLIC_PART, PRIVATE_PART = "public", "private"
PART_CHOICES = [(PUBLIC_PART, "Part one, in public"), (PRIVATE_PART, "Part two, in private")]

PURPOSE_CHOICES = [
    ("approve", "To approve"),
    ("receive", "To receive"),
    ("note", "To note"),
    ("discuss", "To discuss"),
    ("assure", "For assurance"),
    ("inform", "For information"),
]

RECEIVED, ACCEPTED, REJECTED = "received", "accepted", "rejected"
QUESTION_STATUS_CHOICES = [
    (RECEIVED, "Received, not yet moderated"),
    (ACCEPTED, "Accepted"),
    (REJECTED, "Rejected"),
]
REJECTION_REASON_CHOICES = [
    ("not-agenda", "Not about an agenda item"),
    ("individual-care", "About an individual's care"),
    ("defamatory", "Defamatory"),
    ("repeated", "Repeats a question already answered"),
]
REJECTION_REASONS = [reason for reason, _ in REJECTION_REASON_CHOICES]

# The longest question the public form takes, in characters (a line break counts as one).
QUESTION_MAX_LENGTH = 2000
