"""What the practice finder says about a search: its page title, and why its practices are the
ones listed (or why there are none)."""

from ccgs.ods_text import ods_title
from ccgs.search import postcode_parse
from ccgs.selectors import ccg_choices, pcn_choices

NOWHERE_IN_LLR = (
    "No practice in Leicester, Leicestershire and Rutland has a postcode in {district}. "
    "Check the postcode, or search by town or practice name."
)


def search_title(form, page):
    """'Practices near LE3 9QP', 'Practices matching “hinkley” in NHS Leicester City CCG, page
    2 of 3'; None for the unfiltered first page (the page keeps its own title) or a form with
    errors (the template says "Error:")."""
    if page is None:
        return None
    data = form.cleaned_data
    parts = []
    if text := data["q"]:
        postcode = postcode_parse(text)
        if postcode is None:
            parts.append(f"matching “{text}”")
        elif postcode.sector:
            parts.append(f"near {postcode.typed}")
        else:
            parts.append(f"in {postcode.district}")
    places = [name for name in (_ccg_name(data["ccg"]), _pcn_name(data["pcn"])) if name]
    if places:
        parts.append("in " + ", ".join(places))
    if data["closed"]:
        parts.append("(closed ones included)")
    title = " ".join(["Practices", *parts]) if parts else None
    if page.number > 1:
        title = f"{title or 'Practices'}, page {page.number} of {page.paginator.num_pages}"
    return title


def nearness(postcode, counts):
    """Which areas the practices near a postcode are in, nearest first; None when that is
    plain (a district's practices)."""
    at_postcode, in_sector, in_district = (
        counts["at_postcode"],
        counts["in_sector"],
        counts["in_district"],
    )
    if not in_district:
        return NOWHERE_IN_LLR.format(district=postcode.district)
    areas = []
    if postcode.full and at_postcode:
        areas.append(f"at {postcode.full}")
    if postcode.sector and in_sector > at_postcode:
        areas.append(f"in {postcode.sector}")
    if in_district > in_sector:
        areas.append(f"in {postcode.district}")
    listed = ", then ".join(areas).replace(", then in ", ", then ")
    if postcode.full and not at_postcode:
        missing = f"No practice has the postcode {postcode.full}"
        if not in_sector:
            missing += f", and none is in {postcode.sector}"
        return f"{missing}. These practices are {listed}."
    if postcode.sector and not in_sector:
        return f"No practice is in {postcode.sector}. These practices are {listed}."
    if not postcode.sector:
        return None
    return f"These practices are {listed}."


def no_match(data):
    """Why no practice matches filters that cannot both hold, or None."""
    if not (data["ccg"] and data["pcn"]):
        return None
    pcn_ccg = next(
        (ccg for ccg, pcns in pcn_choices() if any(code == data["pcn"] for code, _ in pcns)), None
    )
    ccg = _ccg_name(data["ccg"])
    if pcn_ccg is None or pcn_ccg == ccg:
        return None
    return (
        f"{_pcn_name(data['pcn'])} is a primary care network of {pcn_ccg}, and none of its "
        f"practices is commissioned by {ccg}. Choose “All CCGs” or “All primary care "
        "networks” to see its practices."
    )


def _ccg_name(code):
    return next((name for choice, name in ccg_choices() if choice == code), "") if code else ""


def _pcn_name(code):
    if not code:
        return ""
    for _, pcns in pcn_choices():
        for choice, name in pcns:
            if choice == code:
                return ods_title(name)
    return ""
