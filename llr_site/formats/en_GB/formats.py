"""British English formats for the whole site, over Django's own en_GB ones.

Public pages show dates as "7 December 2026" and times on the 24-hour clock; forms (the admin's
included) take dd/mm/yyyy first, also 7/12/26 and 2026-12-07, and 24-hour times, also "10am".
"""

DATE_FORMAT = "j F Y"  # 7 December 2026
TIME_FORMAT = "H:i"  # 14:30
DATETIME_FORMAT = "l j F Y, H:i"  # Monday 7 December 2026, 14:30
SHORT_DATE_FORMAT = "d/m/Y"  # 07/12/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 07/12/2026 14:30

# Django adds the ISO forms (2026-12-07, 2026-12-07 14:30) after these.
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y"]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%H.%M", "%I%p", "%I:%M%p", "%I.%M%p"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%y %H:%M",
    "%d/%m/%y %H:%M:%S",
]
