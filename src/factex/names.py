"""How names compare: one form for two spellings of one name.

``norm_name`` is the loose form the events room keys named events by and the scorer and
``consolidate`` compare names with: lower case, punctuation as spaces, no leading "the".
It keeps legal forms and dotted initials as written ("Rostselmash, OJSC." ->
"rostselmash ojsc"). ``organizations.normalize.name_key`` goes further, for telling two
mentions of one organization apart: it also drops legal forms ("OJSC", "Co.") and joins
dotted initials ("N.V."), so "Uralmash OJSC" and "Uralmash" share one key there but not
here.
"""

from __future__ import annotations

import re

_PUNCT = re.compile(r"[^\w\s]")


def norm_name(name: str) -> str:
    """Case- and punctuation-insensitive form of a name, without a leading "the".

    >>> norm_name("The Minsk Tractor Plant (MTZ)")
    'minsk tractor plant mtz'
    >>> norm_name("Rostselmash, OJSC.")
    'rostselmash ojsc'
    """
    text = " ".join(_PUNCT.sub(" ", name.lower()).split())
    return text[4:] if text.startswith("the ") else text
