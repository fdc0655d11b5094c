"""Rule ids and the few compiled patterns of the organizations room.

Every mention carries the id of the rule that found it (``span.id_`` on the spaCy span).
Rules are tried in ``PRIORITY`` order: where two rules claim overlapping text, the
earlier one wins, then the longer mention.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- rule ids
KNOWN = "org.known"  # a well-known outlet or institution (data files)
GOV_BODY = "org.gov_body"  # "China's commerce ministry", "the finance ministry"
CONTEXT = "org.context"  # "shares of X", "X's chief executive", "X (NYSE: ...)"
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
TITLE_THE = "org.title_the"  # "both The Independent and The Times": a title inside a sentence
COORDINATED = "org.coordinated"  # "Toyota and Zentrix": a name joined to a company
RENAMED = "org.renamed"  # "WorldCom, now known as MCI": an organization's other name
SAID = "org.said"  # "Deutsche Telekom said", "according to OPEC": a speaker, not a person
SUBJECT = "org.subject"  # "Parmalat has sued 45 banks": a one-word subject, nobody's name
AGENT = "org.agent"  # "bought by Tengelmann": the agent of buying or owning, nobody's name
AMPERSAND = "org.ampersand"  # "Procter & Gamble": names joined by "&"
GAZETTEER = "org.gazetteer"  # a name of the gazetteer, the text agreeing (data files)
MODEL = "org.model"  # an ORG entity of a statistical pipeline, not found by the rules
RECUR = "org.recurrence"  # a later mention of a name introduced earlier

PRIORITY: tuple[str, ...] = (
    KNOWN,
    GOV_BODY,
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
    TITLE_THE,
    CONTEXT,
    GAZETTEER,
    AMPERSAND,
    SAID,
    AGENT,
    SUBJECT,
    COORDINATED,
    RENAMED,
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


def find_names(text: str, forms: list[str], lower: str | None = None) -> list[tuple[int, int]]:
    """Where the names occur as whole words, case-insensitively, sorted by position
    (``lower``: ``text.lower()`` when the caller has it already).

    >>> find_names("the kursk automobile plant and MTZ.", ["Kursk Automobile Plant", "MTZ"])
    [(4, 26), (31, 34)]
    >>> find_names("Minsk-Baku and MTZs", ["Minsk", "MTZ"])
    []
    """
    needles: dict[str, int] = {}  # needle -> how many forms spell it (each reports a hit)
    for form in forms:
        needle = " ".join(form.split()).lower()
        if needle:
            needles[needle] = needles.get(needle, 0) + 1
    if not needles:
        return []
    if lower is None:
        lower = text.lower()
    if len(needles) > _FEW_NAMES:
        return sorted(_by_first_word(lower, needles))
    # A ``str.find`` per name reads the text once per name, but in C: for a few names
    # that is far cheaper than one pass in Python over the text's words.
    found = []
    for needle, times in needles.items():
        found += _occurrences(lower, needle) * times
    return sorted(found)


# Past this many names one pass over the words is cheaper than a search per name (on a
# 130 KB article the searches for 80 names still cost less than the pass).
_FEW_NAMES = 32


def _by_first_word(lower: str, needles: dict[str, int]) -> list[tuple[int, int]]:
    """``find_names`` in one pass over the text's words, whatever the number of names:
    each name is filed under its first word, and only where that word occurs is the
    rest compared. A name found with word edges starts where its first word is a whole
    run of word characters, so this finds what the searches find."""
    by_first: dict[str, dict[str, int]] = {}
    odd: dict[str, int] = {}  # names that do not start with a word character
    for needle, times in needles.items():
        first = _WORD.match(needle)
        same = odd if first is None else by_first.setdefault(first.group(), {})
        same[needle] = times
    found = []
    # A first word is a whole run of word characters, so looking each of the text's runs
    # up in the dict finds every place a name can start (no pattern built per article).
    for m in _WORD.finditer(lower) if by_first else ():
        same = by_first.get(m.group())
        if same is None:
            continue
        k = m.start()
        for needle, times in same.items():
            end = k + len(needle)
            if lower.startswith(needle, k) and _word_edges(lower, k, end):
                found += [(k, end)] * times
    for needle, times in odd.items():
        found += _occurrences(lower, needle) * times
    return found


_WORD = re.compile(r"\w+")


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
