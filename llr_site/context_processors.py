"""Template context that every page needs."""

ORGANISATION_NAME = "Leicester, Leicestershire and Rutland Clinical Commissioning Groups"


def site_identity(request):
    return {"organisation_name": ORGANISATION_NAME}
