"""English calendar words, lower-cased, shared by the rooms' word lists.

Written out rather than taken from the ``calendar`` module, whose names follow the
process's locale (German month names under ``LC_TIME=de_DE``).
"""

DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# "may" has no abbreviation; "sept" is the wire services' form of "sep"
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
