"""People's titles, forms of address, particles inside their names, and common given
names: what makes capitalized words a person's, not an organization's.
"""

from __future__ import annotations

from functools import cache

from factex.organizations.lexicon.gazetteers import data_rows

# Titles before a person's name: optional modifiers, then a core title, optionally "of
# X" or "for X". "Prime Minister Olaf Brandt", "First Deputy Director for Sales, Laura Chen".
TITLE_MODIFIERS = frozenset(
    {
        "deputy",
        "first",
        "vice",
        "acting",
        "former",
        "executive",
        "senior",
        "chief",
        "general",
        "managing",
        "foreign",
        "finance",
        "economy",
        "trade",
        "defense",
        "defence",
        "energy",
        "agriculture",
        "interior",
        "prime",
        "state",
        "assistant",
        "associate",
        "honorary",
        "co",
        "co-",
    }
)
TITLES = frozenset(
    {
        "president",
        "minister",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "director",
        "ceo",
        "cfo",
        "coo",
        "executive",
        "officer",
        "ambassador",
        "secretary",
        "undersecretary",
        "under-secretary",
        "governor",
        "mayor",
        "senator",
        "sen.",
        "rep.",
        "gov.",
        "representative",
        "congressman",
        "congresswoman",
        "premier",
        "chancellor",
        "speaker",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "head",
        "leader",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "judge",
        "justice",
        "treasurer",
        "commissioner",
        "manager",
        "pm",
        "analyst",
        "economist",
        "counterpart",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "gen.",
        "col.",
        "lt.",
        "adm.",
        "prof.",
        "mr",
        "mrs",
        "ms",
        "dr",
        "professor",
        "founder",
        "partner",
    }
)
# Lower-case nouns that make the capitalized name right after them a person's: "team
# member Rana Noor told", "coach Nabil Amar said", "bureau chief Li Wen told" (a role, a
# relation or a trade; not "partner", "owner", "rival" or "client", which firms also are).
PERSON_NOUNS = (TITLES - {"partner", "counterpart", "head", "chair"}) | frozenset(
    {
        "member",
        "coach",
        "manager",
        "father",
        "mother",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "chief",
        "boss",
        "researcher",
        "scientist",
        "student",
        "teacher",
        "lawyer",
        "attorney",
        "official",
        "colleague",
        "author",
        "writer",
        "player",
        "captain",
        "tycoon",
        "billionaire",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "strategist",
        "banker",
        "trader",
        "broker",
        "consultant",
        "adviser",
        "advisor",
        "activist",
        "campaigner",
        "candidate",
        "veteran",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "rabbi",
        "imam",
        "priest",
    }
)


# Particles allowed inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "bin", "al", "el", "der", "la", "le"})


# Titles and forms of address before a surname: "Mr Smith", "Ms. Lee", "Dr Patel".
ADDRESS_FORMS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
)


@cache
def first_names() -> frozenset[str]:
    """Common English given names, lower case (``first_names.txt``, 1990 US Census via
    the ``names`` package; built by ``scripts/build_first_names.py``)."""
    return frozenset(row[0] for row in data_rows("first_names.txt"))
