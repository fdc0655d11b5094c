"""Rule ids and the few compiled patterns of the organizations room.

Every mention carries the id of the rule that found it (``span.id_`` on the spaCy span).
Rules are tried in ``PRIORITY`` order: where two rules claim overlapping text, the
earlier one wins, then the longer mention.
"""

from __future__ import annotations

# ---------------------------------------------------------------- rule ids
KNOWN = "org.known"  # a well-known outlet or institution (data files)
HEAD = "org.head"  # capitalized name + organization head: "Minsk Tractor Plant"
HEAD_OF = "org.head_of"  # head + "of X": "Ministry of Finance", "Bank of America"
STANDALONE = "org.standalone"  # a head that is a name on its own: "Cabinet of Ministers"
FACILITY = "org.facility_lowercase"  # "the Kursk automobile plant"
LEGAL_PREFIX = "org.legal_prefix"  # 'OJSC "Name"'
PREFIX_HEAD = "org.prefix_head"  # "Cie. de Navigation Mixte"
ACRONYM = "org.acronym_defined"  # "Full Name (FN)" with no head in Full Name
INTRO_BEFORE = "org.intro_before"  # "industrial enterprise Name"
INTRO_AFTER = "org.intro_after"  # "the Name holding company"
EMPLOYER = "org.employer"  # "an analyst with Dean Witter Reynolds"
MEDIA_REPORTS = "org.media_reports"  # "Name reports, citing ..."
MEDIA_CITING = "org.media_citing"  # "..., citing Name"
MEDIA_BYLINE = "org.media_byline"  # "By Name" heading an article
MODEL = "org.model"  # an ORG entity of a statistical pipeline, not found by the rules
RECUR = "org.recurrence"  # a later mention of a name introduced earlier

PRIORITY: tuple[str, ...] = (
    KNOWN,
    LEGAL_PREFIX,
    PREFIX_HEAD,
    HEAD_OF,
    HEAD,
    STANDALONE,
    FACILITY,
    ACRONYM,
    MEDIA_REPORTS,
    MEDIA_BYLINE,
    INTRO_BEFORE,
    INTRO_AFTER,
    EMPLOYER,
    MEDIA_CITING,
    MODEL,
    RECUR,
)
RANK = {rule: i for i, rule in enumerate(PRIORITY)}

# People and places
PERSON_TITLED = "person.titled"  # "Prime Minister Olaf Brandt"
PERSON_LATER = "person.later"  # "Brandt said": the surname of a titled person, later
PLACE_COUNTRY = "place.country"
PLACE_CITY = "place.city"
PLACE_DEMONYM = "place.demonym"  # "Belarusian" -> Belarus


def find_names(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Where the names occur as whole words, case-insensitively, longest name first
    (no per-article regex to compile: ``str.find`` over the lower-cased text).

    >>> find_names("the kursk automobile plant and MTZ.", ["Kursk Automobile Plant", "MTZ"])
    [(4, 26), (31, 34)]
    >>> find_names("Minsk-Baku and MTZs", ["Minsk", "MTZ"])
    []
    """
    lower = text.lower()
    found = []
    seen: dict[str, list[tuple[int, int]]] = {}  # forms differing in case share a search
    for form in forms:
        needle = " ".join(form.split()).lower()
        if not needle:
            continue
        if needle not in seen:
            seen[needle] = _occurrences(lower, needle)
        found += seen[needle]
    return sorted(found)


def _occurrences(lower: str, needle: str) -> list[tuple[int, int]]:
    out = []
    k = lower.find(needle)
    while k != -1:
        end = k + len(needle)
        if _word_edges(lower, k, end):
            out.append((k, end))
        k = lower.find(needle, k + 1)
    return out


def _word_edges(lower: str, start: int, end: int) -> bool:
    before = lower[start - 1] if start else " "
    after = lower[end] if end < len(lower) else " "
    if before.isalnum() or before in "._&-" or after.isalnum() or after in "_&":
        return False
    return not (after == "-" and end + 1 < len(lower) and lower[end + 1].isalnum())
