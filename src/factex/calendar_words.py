"""English calendar words, lower-cased: the one table of month and weekday names.

Written out rather than taken from the ``calendar`` module, whose names follow the
process's locale (German month names under ``LC_TIME=de_DE``). Abbreviations are the
ones the AP and Reuters style books write.
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
DAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

#: Every month name and abbreviation -> its number, January = 1.
MONTHS: dict[str, int] = {
    word: number
    for number, name in enumerate(MONTH_NAMES, start=1)
    for word in (name, *(a for a in MONTH_ABBREVIATIONS if name.startswith(a[:3])))
}
#: Every weekday name and abbreviation -> its ISO index, Monday = 0.
WEEKDAYS: dict[str, int] = {
    word: index
    for index, name in enumerate(DAY_NAMES)
    for word in (name, *(a for a in DAY_ABBREVIATIONS if name.startswith(a)))
}
