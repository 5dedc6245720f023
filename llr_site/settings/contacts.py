"""The contact details' first values (contacts/conf.py)."""

import os

# The contact details' first values, stored when `migrate` creates the record; staff keep it in
# the admin afterwards (contacts/conf.py). A postal address's lines are separated by ";".
CONTACT_DETAILS_INITIAL = {
    "postal_address": "\n".join(
        line.strip() for line in os.environ.get("CONTACT_POSTAL_ADDRESS", "").split(";")
    ).strip(),
    "telephone": os.environ.get("CONTACT_TELEPHONE", ""),
    "email": os.environ.get("CONTACT_EMAIL", ""),
    "accessibility_email": os.environ.get("CONTACT_ACCESSIBILITY_EMAIL", ""),
    "dpo_name": os.environ.get("CONTACT_DPO_NAME", ""),
    "dpo_email": os.environ.get("CONTACT_DPO_EMAIL", ""),
    "foi_email": os.environ.get("CONTACT_FOI_EMAIL", ""),
}
