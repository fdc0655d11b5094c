"""The finders: small functions from a tokenized article to candidate mentions.

A finder never raises: a pattern that does not fit produces nothing. They are grouped
by what tells them a name is an organization's:

- ``tokens``: the ``Tokens`` view of the article they all read, and ``Candidate``,
  ``Person``, ``Place``, what they return;
- ``names``: shared predicates (name words, places, heads, a name's edges, people);
- ``heads``: a head or legal form in the name ("Minsk Tractor Works", "OJSC Uralmash");
- ``cues``: the words around it (introducing nouns, employers, news sources, "X's chief
  executive", roles, appositives, acronyms in parentheses);
- ``speakers``: the subject of a verb of saying ("Deutsche Telekom said");
- ``coordination``: joined to a company found ("A and B", "A, B and C", "P & G");
- ``people_places``: titled people and places, which keep the others off their words;
- ``gazetteer``: the list of known names, and stock indices, which are none.

This module re-exports what ``organizations.component`` calls, so it reads
``detect.find_heads(t)`` without knowing the grouping.
"""

from factex.organizations.detect.coordination import (
    find_ampersand,
    find_coordinated,
    find_renames,
    rename_cued,
)
from factex.organizations.detect.cues import (
    find_acronyms,
    find_context,
    find_employers,
    find_intro,
    find_media,
    find_roles,
)
from factex.organizations.detect.gazetteer import (
    find_gazetteer,
    is_stock_index,
    not_stock_indices,
)
from factex.organizations.detect.heads import (
    find_gov_bodies,
    find_heads,
    find_legal_prefix,
    find_prefix_heads,
)
from factex.organizations.detect.names import (
    demonym_at,
    hyphen_joined,
    is_place_words,
    line_end,
    lower_text,
    lower_words,
    name_start_left,
    named_thing,
    person_words,
    personal,
    without_person_tail,
)
from factex.organizations.detect.people_places import find_people, find_places
from factex.organizations.detect.speakers import find_speakers
from factex.organizations.detect.tokens import Candidate, Person, Place, Tokens

__all__ = [
    "Candidate",
    "Person",
    "Place",
    "Tokens",
    "demonym_at",
    "find_acronyms",
    "find_ampersand",
    "find_context",
    "find_coordinated",
    "find_employers",
    "find_gazetteer",
    "find_gov_bodies",
    "find_heads",
    "find_intro",
    "find_legal_prefix",
    "find_media",
    "find_people",
    "find_places",
    "find_prefix_heads",
    "find_renames",
    "find_roles",
    "find_speakers",
    "hyphen_joined",
    "is_place_words",
    "is_stock_index",
    "line_end",
    "lower_text",
    "lower_words",
    "name_start_left",
    "named_thing",
    "not_stock_indices",
    "person_words",
    "personal",
    "rename_cued",
    "without_person_tail",
]
