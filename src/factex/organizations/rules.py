"""Rule ids and the few compiled patterns of the organizations room.

Every mention carries the id of the rule that found it (``span.id_`` on the spaCy span).
Rules are tried in ``PRIORITY`` order: where two rules claim overlapping text, the
earlier one wins, then the longer mention.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- rule ids
KNOWN = "org.known"  # a well-known outlet or institution (data files)
HEAD = "org.head"  # capitalized name + organization head: "Minsk Tractor Plant"
HEAD_OF = "org.head_of"  # head + "of X": "Ministry of Finance", "Bank of America"
STANDALONE = "org.standalone"  # a head that is a name on its own: "Cabinet of Ministers"
FACILITY = "org.facility_lowercase"  # "the Ganja automobile plant"
LEGAL_PREFIX = "org.legal_prefix"  # 'OJSC "Name"'
PREFIX_HEAD = "org.prefix_head"  # "Cie. de Navigation Mixte"
ACRONYM = "org.acronym_defined"  # "Full Name (FN)" with no head in Full Name
INTRO_BEFORE = "org.intro_before"  # "industrial enterprise Name"
INTRO_AFTER = "org.intro_after"  # "the Name holding company"
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
    MEDIA_CITING,
    MODEL,
    RECUR,
)
RANK = {rule: i for i, rule in enumerate(PRIORITY)}

# People and places
PERSON_TITLED = "person.titled"  # "Prime Minister Ali Asadov"
PLACE_COUNTRY = "place.country"
PLACE_CITY = "place.city"
PLACE_DEMONYM = "place.demonym"  # "Belarusian" -> Belarus

# A run of horizontal space (names never cross a line break).
HSPACE = r"[ \t\u00a0]+"


def name_pattern(forms: list[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any of the names as whole words.

    >>> name_pattern(["Ganja Automobile Plant"]).search("the ganja automobile  plant").group()
    'ganja automobile  plant'
    >>> name_pattern([]) is None
    True
    """
    parts = sorted({f for f in forms if f.strip()}, key=len, reverse=True)
    if not parts:
        return None
    alternatives = [HSPACE.join(re.escape(w) for w in form.split()) for form in parts]
    return re.compile(r"(?<![\w.&-])(?:" + "|".join(alternatives) + r")(?![\w&]|-\w)", re.I)
