"""The model layer of the organizations room: a statistical NER's ORG entities that no
rule found (rule ``org.model``), kept only when they pass the room's negatives (people,
places, products, documents, events, currencies, portfolios, common words). Rules and
knowledge win on overlaps (``component.select``); a model-only name that is a found one
written otherwise joins it (``component._merge_model_variants``).

Over 600 lines because the support a model-only name needs (roles in the model's parse,
organization nouns, appositions, the negatives) is one decision, read in one place.
"""

from __future__ import annotations

import re
from itertools import compress, count

from spacy.tokens import Doc

from factex.organizations import detect, rules
from factex.organizations import lexicon as lx
from factex.organizations.detect import Candidate, Tokens
from factex.organizations.detect.names import is_legal_form_token
from factex.organizations.lexicon.cues import plural
from factex.organizations.normalize import kind_of, name_key, strip_legal_form

_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


def find_model_orgs(doc: Doc, t: Tokens, found: list[Candidate]) -> list[Candidate]:
    """ORG entities of a statistical NER that look like organizations (rule ``org.model``).

    One with no support of its own (no organization's head word or legal form, no cue
    around it: ``_org_cue``) is listed in ``unsupported(t)``: the component keeps it
    only when the name recurs in the article."""
    out = []
    alone: set[int] = t.memo.setdefault("model_unsupported", set())
    found_ends = {c.end for c in found}
    found_starts = {c.start for c in found}
    things: set[str] = set()  # names the article uses for a thing: no mention is a firm
    persons: set[str] = set()  # names and surnames the article gives a person
    person_words = {w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split()}
    people: set[str] | None = None
    lower = detect.lower_words(t) if doc.ents else None
    parsed = doc.has_annotation("DEP")
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        if people is None:
            people = detect.person_words(t)
        if any(t.words[k] == "(" for k in range(ent.start + 1, ent.end)):
            continue  # "British Bankers' Association (BBA": across a name and its acronym
        if detect.personal(t, ent.start, ent.end, people):
            continue  # "Alan Greenspan", "Mr Ebbers": the rules' people win
        text = ent.text
        start = ent.start_char + (len(text) - len(_LEADING_THE.sub("", text)))
        end = ent.end_char
        text_all = t.text
        while end > start and not text_all[end - 1].isalnum() and text_all[end - 1] not in ".":
            end -= 1
        if text_all[start:end].endswith(("'s", "’s")):
            end -= 2
        name = text_all[start:end]
        if not name or "\n" in name or not name[:1].isupper():
            continue
        if name.lower() in lx.places() or name.lower() in lx.demonyms():
            continue
        if detect.named_thing(t, ent.start, ent.end) or _defined_term(
            t, ent.start, ent.end, found_ends
        ):
            things.add(name)  # "drug Tysabri", "1405 GMT", "leukoencephalopathy (PML)"
            continue
        if name in _dubbed(t):
            things.add(name)  # 'a phone service dubbed "Otoku"': a name given to a thing
            continue
        if _counted(t, ent.start) and (ent.end >= t.n or not t.words[ent.end].islower()):
            things.add(name)  # "17,815 Buick Raniers,", "19,924 Cadillac XLR coupes"
            continue
        if t.overlaps_person(start, end) or (" " not in name and name in person_words):
            continue  # "Jobs" after "Steve Jobs": the model's person, named again
        if (
            _currency(name)
            or _product(t, ent.start, ent.end)
            or _in_model_list(t, ent.start, ent.end)
        ):
            continue
        the = start > ent.start_char or (ent.start > 0 and t.lower[ent.start - 1] == "the")
        if _place_compound(t, ent.end) or _cut_name(doc, t, ent.end, the):
            continue  # "Aberdeen-based", "House" of "House of Fraser", "Office of the"
        if _introduced_person(t, ent.start, ent.end) or _among_people(doc, t, ent.start, ent.end):
            persons.update((name, name.split()[-1]))  # its surname alone is the person too
            continue  # "richest man Azim Premji", "Anshuman Magazine, managing director"
        if ent.end - ent.start == 1 and _surname_introduced(t, t.words[ent.start]):
            continue  # "Sprinkel said" after "Beryl Sprinkel, chairman of ..."
        if ent.end < t.n and t.words[ent.end] in _KIN_AFTER:
            continue  # "the Barclay twins": a family
        if _shouted(t, ent.start, ent.end) or _place_compound_word(t, ent.start, ent.end):
            continue  # "JAPAN AS TRADE ROW GROWS" in a headline in capitals, "U.S.-Japan"
        if _portfolio(t, ent.start + (start > ent.start_char), ent.end):
            continue  # "Trade and Industry Secretary Paul Channon": a minister's portfolio
        if _desk(doc, t, ent.start + (start > ent.start_char), ent.end, found_starts):
            continue  # "investment director of UK Equities at Standard Life": a desk
        if name.lower() in _COMMON_ACRONYMS or name.lower().removesuffix("s") in lx.demonyms():
            continue  # "influential MPs", "Yugoslavs have 9.8 billion dlrs"
        if _after_abbreviation(t, ent.start + (start > ent.start_char), ent.end):
            continue  # "the U.S. Action": a capital after "U.S." says nothing
        if _town_of(t, ent.start) or _belief(name):
            continue  # "the town of Yeoncheon", "Islamophobia", "a former Scientologist"
        if ent.end - ent.start == 1 and _common_word_opening(doc, t, ent.start):
            continue  # "Upscale department store Nordstrom": an adjective opening a sentence
        if "," in name and strip_legal_form(name) == name:
            continue  # "Nottinghamshire, Derbyshire, Leicestershire": a list
        if " " not in name and lower is not None and _written_lower(name.lower(), lower):
            continue  # "Telecoms", "the Bonds": a word the article writes in lower case
        if name.split()[-1].lower() in _VENUE_WORDS:
            continue  # "Imam Khomeini International Airport": a place
        if name.split()[-1].lower() in _EVENT_LAST or name.split()[0].lower() in _EVENT_FIRST:
            continue  # "Detroit Motor Show", "Operation Clambake": events
        i = ent.start + (start > ent.start_char)
        maker = maker_before_product(t, i, ent.end) if ent.end - i > 1 else None
        if maker is not None:  # "the Toyota Prius": the maker is named, not the car
            org = lx.gazetteer().exact[t.chars(i, maker)]
            out.append(Candidate(start, t.ends[maker - 1], rules.MODEL, org.kind, known=org))
            continue
        words = name_key(name).split()
        if not plausible_model_org(doc, t, ent.start, ent.end, words):
            continue
        head = next((w for w in reversed(words) if w in lx.HEADS), None)
        cand = Candidate(start, end, rules.MODEL, kind_of(name, head), head=head)
        i = ent.start + (start > ent.start_char)
        j = ent.end - (ent.end - i > 1 and t.words[ent.end - 1] in ("'s", "’s"))
        if not (
            head is not None
            or strip_legal_form(name) != name
            or _org_cue(doc, t, i, j, parsed)
            or _listed_with(t, i, j, found_starts, found_ends)
            or _org_named(name, words)
            or _described_as_org(t, j)
            or (j < t.n and t.words[j] in _RULED_BY)
            or (parsed and _org_role(doc, i, j))
        ):
            alone.add(id(cand))
        out.append(cand)
    things |= persons  # one sense per article: "Bertalan Farkas" ... "Farkas said"
    return [c for c in out if t.text[c.start : c.end] not in things] if things else out


def unsupported(t: Tokens) -> set[int]:
    """Ids of the model's candidates with no support of their own (``find_model_orgs``)."""
    return t.memo.get("model_unsupported", set())


def _listed_with(t: Tokens, i: int, j: int, starts: set[int], ends: set[int]) -> bool:
    """Tokens [i, j) are listed beside a name the rules found ("Norwich Union and X")."""
    if i >= 2 and t.words[i - 1] in (",", "and") and t.ends[i - 2] in ends:
        return True
    return j + 1 < t.n and t.words[j] in (",", "and") and t.starts[j + 1] in starts


def _forms(verb: str, past: str) -> set[str]:
    """A regular verb's written forms: "join" -> join, joins, joined, joining."""
    stem = verb[:-1] if verb.endswith("e") else verb
    if past.endswith(verb[-1] * 2 + "ed"):
        stem = past[:-2]  # "transferred" -> "transferring"
    return {verb, verb + "s", past, stem + "ing"}


# Nouns that say what kind of organization a name is, in apposition ("Norrow, a rock
# band", "the label Halcyon") or as its description; wider than the rules' intro nouns,
# which must find a name alone, since here the model has already tagged the name.
_ORG_NOUNS = frozenset(
    {"label", "band", "team", "club", "party", "league", "network", "channel", "publisher"}
    | {"studio", "orchestra", "choir", "ensemble", "charity", "university"}
    | {"college", "school", "union", "newspaper", "broadcaster"}
    | {"franchise", "outfit", "organisation", "organization", "association", "institute"}
    | {"foundation", "society", "corporation", "agency", "ministry", "department", "group"}
    | {"duo", "trio", "quartet", "quintet", "side", "squad", "militia", "movement"}
    | {"vehicle", "market"}  # "investment vehicle Cubic Expression", "derivatives market Eurex"
)
_ORG_PLURALS = frozenset(map(plural, _ORG_NOUNS - {"side"}))
# Words inside a name that only an organization's name has besides the rules' heads
# ("Halcyon Records", "Brindley Rovers").
_NAME_ORG_WORDS = frozenset(
    {"records", "recordings", "studios", "pictures", "entertainment", "media", "network"}
    | {"orchestra", "choir", "league", "team", "rovers", "wanderers", "athletic"}
    | {"fc", "afc", "united", "alliance", "coalition", "congress", "movement", "police"}
    | {"corps", "brigade", "gang", "trust", "publishing", "publishers", "band"}
)
# Verbs whose object is an organization when the model names one ("joined Corvax
# Music", "left the Blue Party to co-found the Reform Alliance"), as written: the
# model's pipeline may have no lemmatizer.
_ORG_OBJECT_VERBS = frozenset(
    _forms("join", "joined")
    | _forms("co-found", "co-founded")
    | {"founded", "founding", "acquire", "acquires", "acquired", "acquiring"}
    | {"buy", "buys", "bought", "buying", "purchase", "purchased", "sue", "sued", "suing"}
    | {"leave", "leaves", "left", "leaving", "rejoin", "rejoined"}
    | _forms("defeat", "defeated")
    | {"beat", "beats", "beating", "own", "owns", "owning"}
    | _forms("coach", "coached") - {"coachs"}
    | {"coaches", "captained", "captaining", "manages", "managed", "managing"}
)
# Verbs and the preposition whose object is an organization ("signed to X", "played
# for X", "released on X", "merged with X", "worked for X").
_ORG_PREP_VERBS = frozenset(
    {(v, "to") for v in _forms("sign", "signed") | _forms("transfer", "transferred")}
    | {(v, "with") for v in _forms("sign", "signed") | _forms("merge", "merged")}
    | {(v, "for") for v in _forms("sign", "signed") | _forms("play", "played")}
    | {(v, "for") for v in _forms("work", "worked") | _forms("record", "recorded")}
    | {(v, p) for v in _forms("release", "released") for p in ("on", "through")}
    | {(v, "at") for v in _forms("work", "worked") | _forms("study", "studied")}
    | {("educated", "at"), ("graduated", "from"), ("graduate", "from"), ("enrolled", "at")}
    | {(v, "to") for v in _forms("trade", "traded") | _forms("loan", "loaned")}
    | {(v, "against") for v in _forms("play", "played") | _forms("score", "scored")}
    | {("lost", "to"), ("losing", "to"), ("loses", "to")}
    | {(n, "with") for n in ("deal", "contract", "partnership", "merger", "agreement")}
)
# Nouns whose "of" names an organization ("a member of X", "a subsidiary of X").
_PART_OF_NOUNS = frozenset(
    {"member", "members", "subsidiary", "division", "affiliate", "founder", "co-founder"}
    | {"shareholder", "shareholders", "chairman", "president", "unit", "owner"}
)
# Passive participles whose "by" agent is an organization once the model names one
# ("released by X", "developed by X"; not "founded by", said of people).
_MADE_BY = frozenset(
    {"released", "developed", "produced", "distributed", "manufactured", "published"}
    | {"owned", "acquired", "bought", "operated", "sponsored", "funded", "broadcast"}
    | {"aired", "issued", "marketed", "licensed", "designed", "built", "drafted"}
    | {"signed", "hired", "employed", "recruited"}
)
# Lower-case nouns right after a name that make it a party or a team: "the Labour
# government", "the Brindley squad".
_RULED_BY = frozenset({"government", "administration", "squad", "side", "label"})


def _org_named(name: str, words: list[str]) -> bool:
    """The name is one the gazetteers list, or has a word only organizations' names
    have: a statistical guess that the knowledge or the name itself agrees with."""
    if any(w in _NAME_ORG_WORDS for w in words):
        return True
    gaz = lx.gazetteer()
    return name in gaz.exact or name.lower() in lx.known_orgs()


def _described_as_org(t: Tokens, j: int) -> bool:
    """An apposition after the name that says what organization it is: "Norrow, a rock
    band from Leeds", "Kelp Harbor, an American record label" (a few lower-case words
    or nationalities, then an organization's noun that is not a possessor)."""
    if j + 2 >= t.n or t.words[j] != "," or t.lower[j + 1] not in ("a", "an", "the"):
        return False
    for k in range(j + 2, min(t.n, j + 7)):
        low = t.lower[k]
        if low in _ORG_NOUNS or low in lx.INTRO_NOUNS:
            return k + 1 >= t.n or t.words[k + 1] not in ("'s", "’s")
        if low in ("'s", "’s"):
            continue  # "X, the country's largest bank"
        if not (t.words[k].islower() or low in lx.demonyms()) or not t.words[k].isalpha():
            return False
    return False


def _org_role(doc: Doc, i: int, j: int) -> bool:
    """The model's parse puts the name, or the first of a list it is in, where an
    organization goes: the object of joining, founding or buying, of "signed to",
    "played for" or "studied at", of "a member of", the agent of "released by", or with
    an organization's noun in apposition."""
    root = doc[i:j].root
    if any(c.dep_ == "appos" and c.lower_ in _ORG_NOUNS for c in root.children):
        return True  # "Norrow, a rock band": the parser's apposition
    for _ in range(6):  # "played for Everton, Barcelona and Tottenham": the first one's role
        if root.dep_ != "conj" or root.head is root:
            break
        root = root.head
    head = root.head
    if root.dep_ == "dobj":
        return head.lower_ in _ORG_OBJECT_VERBS
    if root.dep_ != "pobj":
        return False
    prep, verb = head.lower_, head.head
    if head.dep_ == "agent":
        return verb.lower_ in _MADE_BY
    if prep == "of":
        return verb.lower_ in _PART_OF_NOUNS
    return (verb.lower_, prep) in _ORG_PREP_VERBS


# Prepositions after which a name is the employer of a person or title before it
# ("Kazuhiro Takahashi of Daiwa Securities", "head of strategy for Barclays Capital").
_EMPLOYER_OF = lx.EMPLOYER_PREPOSITIONS | {"of", "for", "from"}
# Words before "at/in/of" + a name that only an organization has ("profits at X", "20%
# of X").
_HELD_AT = lx.SHARES_WORDS | {p for p in lx.COMPANY_POSSESSIONS if " " not in p} | {"%", "pct"}
# Participles whose "by" agent is an organization's doing ("compiled by X").
_AGENT_PARTICIPLES = lx.PASSIVE_AGENT_VERBS | {"compiled", "issued", "released", "sponsored"}
# Lower-case nouns after a name whose people work for it ("a MITI official said").
_STAFF_AFTER = lx.EMPLOYEE_NOUNS | {"official", "officials", "staff", "employees"}
# Nouns before a name in apposition that an organization is ("its owner, X").
_OWNER_NOUNS = frozenset({"owner", "owners", "parent"})


def _org_cue(doc: Doc, t: Tokens, i: int, j: int, parsed: bool) -> bool:
    """Something around tokens [i, j) that an organization takes: a noun introducing
    it ("investment vehicle Cubic Expression", "the statistics agency, INSEE"), a
    country owning it ("Japan's X"), a verb of saying or acting or a possessive after it
    ("Glaxo says", "Bechtel's efforts"), a role noun after it ("Bhs owner"), a person's
    employer ("an analyst at X", "Takahashi of X"), what only a company has ("profits
    at X"), the agent of a passive ("compiled by X"), a list with another of the model's
    organizations ("Enron and Worldcom"), an acronym after a body's head noun ("the
    central bank (BCRA)"), or, when the model parsed the sentence, the subject of a verb
    ("the DTI has dismissed")."""
    k = i - 1 if i > 0 and t.words[i - 1] != "," else i - 2
    before = t.lower[k] if k >= 0 else ""
    if before in lx.INTRO_NOUNS or before in lx.INTRO_PLURALS or before in _OWNER_NOUNS:
        return True
    if (before in _ORG_NOUNS or before in _ORG_PLURALS) and t.words[k].islower():
        return True  # "the record label Halcyon", "the religious schools X and Y"
    if before == "by" and k >= 1 and t.lower[k - 1] in _AGENT_PARTICIPLES:
        return True  # "compiled by X", "a brand owned by X"; not "saved by Thibaut Courtois"
    if before == "(" and i >= 2 and t.lower[i - 2] in lx.HEADS:
        return True
    a = j  # past its acronym: "the General Agreement on Tariffs and Trade (GATT) said"
    if j + 2 < t.n and t.words[j] == "(" and t.words[j + 2] == ")":
        a = j + 3
    after = t.lower[a] if a < t.n else ""
    if after in lx.AGENT_VERBS or after in lx.SAY_VERBS or after in lx.ROLES_AFTER:
        return True
    if after in _OWNER_NOUNS or after in _STAFF_AFTER:
        return True  # "the Bhs owner", "Commerce officials said"
    if i >= 2 and t.words[i - 1] in ("'s", "’s") and _place_before(t, i - 2):
        return True
    if i >= 2 and t.lower[i - 1] in _EMPLOYER_OF:
        p = i - 3 if i >= 3 and t.words[i - 2] == "," else i - 2  # "Kyle Cooper, at X"
        if t.lower[i - 2] in _HELD_AT or doc[p].ent_type_ == "PERSON":
            return True
        window = range(max(0, i - 6), i - 1)
        if any(t.lower[m] in lx.TITLES or t.lower[m] in lx.EMPLOYEE_NOUNS for m in window):
            return True
    if i >= 2 and t.words[i - 1] in (",", "and") and doc[i - 2].ent_type_ == "ORG":
        return True
    if j + 1 < t.n and t.words[j] in (",", "and") and doc[j + 1].ent_type_ == "ORG":
        return True
    if parsed:
        root = doc[i:j].root
        return root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX")
    return False


def _place_before(t: Tokens, k: int) -> bool:
    """The name ending at token ``k`` is a place ("Japan", "the UK")."""
    first = detect.name_start_left(t, k)
    return detect.is_place_words(t, first, k + 1)


# Last words of a statistical ORG guess that name a place or a building.
_VENUE_WORDS = frozenset(
    {"airport", "stadium", "arena", "square", "street", "bridge", "tower", "towers"}
    | {"station", "dam", "river", "canal", "planetarium", "hotel", "mall"}
)


# First and last words of a statistical ORG guess that name an event.
_EVENT_FIRST = frozenset({"operation"})
_EVENT_LAST = frozenset({"show", "shows", "marathon", "rally", "election", "elections"})


def inner_words(chosen: list[Candidate], text: str) -> set[str]:
    """The words after the first of the rules' names ("Coal" in "UK Coal")."""
    out: set[str] = set()
    for c in chosen:
        if c.rule != rules.MODEL:
            out.update(text[c.start : c.end].split()[1:])
    return out


def _product(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) name a product: with a model number after the maker ("Airbus
    A380", "Boeing 747"), owned by a company that is not a place ("Microsoft's
    X-Box"; "Japan's Toyota" is still a company), or a listed maker's name and words
    that name no organization ("the Toyota Prius", "Sony PlayStation")."""
    if any(any(map(str.isdigit, t.words[k])) for k in range(i + 1, j)):
        return True
    if i >= 2 and t.words[i - 1] in ("'s", "’s") and t.cap[i - 2]:
        first = detect.name_start_left(t, i - 2)
        place = detect.is_place_words(t, first, i - 1) or detect.demonym_at(t, first)
        return not place and t.lower[i - 2] not in lx.GOVERNMENT_POSSESSORS
    return False


def maker_before_product(t: Tokens, i: int, j: int) -> int | None:
    """The end of a listed company's name opening tokens [i, j) when the capitalized
    words after it name its product ("the Toyota Prius", "Nissan Micra"): none is an
    organization's head, legal form or name word, a place or a listed name, which make a
    unit ("Barclays Capital", "Sony Pictures", "Toyota Europe", "Sony Ericsson")."""
    gaz = lx.gazetteer()
    k = next((k for k in range(j - 1, i, -1) if t.chars(i, k) in gaz.exact), None)
    if k is None or t.chars(k, j) in gaz.exact or t.chars(k, j).lower() in lx.known_orgs():
        return None
    if detect.is_stock_index(t, i, j):
        return None  # "the Dow Jones industrial average": no maker, an index
    if k - i == 1 and t.lower[i] in lx.first_names():
        return None  # "Aldo Verrani": a person, whatever brand shares the given name
    for m in range(k, j):
        low = t.lower[m]
        if not t.words[m][:1].isalnum() or low in lx.HEADS or low in _NAME_ORG_WORDS:
            return None  # "Rolls-Royce Motor Cars", "Fiat Auto", "Virgin Records"
        if low in lx.GENERIC_NAME_WORDS or is_legal_form_token(t, m):
            return None
    if detect.is_place_words(t, k, j) or detect.demonym_at(t, k) is not None:
        return None
    return k


def _defined_term(t: Tokens, i: int, j: int, found_ends: set[int]) -> bool:
    """Tokens [i, j) are an acronym in brackets after a phrase that names no organization:
    a lower-case term ("progressive multifocal leukoencephalopathy (PML)"), a document
    or event ("Multi-Fibre Agreement (MFA)"), or capitalized words that no rule found as
    an organization and that hold no organization's head word or legal form ("Most
    Favoured Nation (MFN)", "Generalised System of Preference (GSP)")."""
    if i < 2 or j >= t.n or t.words[i - 1] != "(" or t.words[j] != ")":
        return False
    before = t.lower[i - 2]
    if t.words[i - 2].islower():
        return before not in lx.HEADS  # "the central bank (BCRA)" defines a body
    if _singular(before) in lx.NOT_ORG_HEADS:
        return True
    if t.ends[i - 2] in found_ends:
        return False
    k = i - 2
    while k >= 0 and i - k <= 8 and (t.cap[k] or t.lower[k] in _JOINERS):
        if t.lower[k] in lx.HEADS or is_legal_form_token(t, k):
            return False  # "Federation of Economic Organizations (Keidanren)"
        k -= 1
    return True


def _desk(doc: Doc, t: Tokens, i: int, j: int, found_starts: set[int]) -> bool:
    """Tokens [i, j) follow a person's title and "of", and an organization follows them
    after "at" or "for" ("director of UK Equities at Standard Life", "head of Global
    Research at Velmar"): the desk or field the person heads there, not a firm."""
    if i < 2 or j + 1 >= t.n or t.lower[i - 1] != "of" or t.lower[i - 2] not in lx.TITLES:
        return False
    if t.lower[j] not in ("at", "for"):
        return False
    return t.starts[j + 1] in found_starts or doc[j + 1].ent_type_ == "ORG"


# Participles that give a thing its name ("a service dubbed 'Otoku'").
_NAMING_VERBS = frozenset({"dubbed", "nicknamed", "branded", "christened", "codenamed"})
_QUOTES = frozenset({'"', "'", "“", "‘", "”", "’"})


def _dubbed(t: Tokens) -> set[str]:
    """The names the article gives in quotes right after a participle that names
    something ("launched in December and dubbed 'Otoku'"): a product, a scheme or a
    nickname in every mention; a firm is "called" or "named", which this leaves alone.
    Read once per article (the naming words found in C, then a few tokens each)."""
    memo = t.memo.get("model_dubbed")
    if memo is not None:
        return memo
    out: set[str] = set()
    for k in compress(count(), map(_NAMING_VERBS.__contains__, t.lower)):
        if k + 2 < t.n and t.words[k + 1] in _QUOTES:
            end = next((m for m in range(k + 2, min(t.n, k + 7)) if t.words[m] in _QUOTES), 0)
            if end > k + 2:
                out.add(t.chars(k + 2, end))
    t.memo["model_dubbed"] = out
    return out


def _counted(t: Tokens, i: int) -> bool:
    """A count in thousands stands right before the name: what is counted ("17,815 Buick
    Raniers") or, with a lower-case noun after it, its maker ("12,000 Boeing jets"). A
    small number may be part of a name or a score, a year no count ("in 2004 Enron")."""
    return i > 0 and "," in t.words[i - 1] and t.words[i - 1].replace(",", "").isdigit()


# Words joined to a place by a hyphen: "Aberdeen-based", "Ohio-born".
_PLACE_COMPOUNDS = frozenset({"based", "born", "headquartered", "registered"})


def _place_compound(t: Tokens, j: int) -> bool:
    """The name ends in a place compound ("Aberdeen-based oil consultancy")."""
    return j + 1 < t.n and t.words[j] in "-–" and t.lower[j + 1] in _PLACE_COMPOUNDS


# Lower-case words that join the words of one name ("Banco do Brasil", "Office of the
# Deputy Prime Minister"): a name never ends in one.
_JOINERS = lx.CONNECTORS | {"the", "and", "do", "da", "dos", "del", "des", "di", "y"}
# Of those, the ones that also stand between two names ("a deal with X for Y").
_JOINERS_AFTER_NAMES = frozenset({"and", "the", "for", "la", "le"})


def _cut_name(doc: Doc, t: Tokens, j: int, the_before: bool) -> bool:
    """The model cut a longer name: it ends in a joining word ("Office of the"), or
    stopped before the rest of the name ("House" of "House of Fraser", "Banco" of "Banco
    do Brasil", "Cable" of "Cable and Wireless Plc": capitals after "and" up to a legal
    form, or, after "the" before the name, that the model tags as no entity)."""
    if t.words[j - 1] in _JOINERS:
        return True
    if j + 1 >= t.n or not t.cap[j + 1]:
        return False
    if t.words[j] in _JOINERS - _JOINERS_AFTER_NAMES:
        return True
    if t.words[j] != "and":
        return False
    if the_before and not doc[j + 1].ent_type_ and not detect.is_place_words(t, j + 1, j + 2):
        return True  # "the British Cable and Wireless company": one "the", one name
    k = j + 1
    while k < t.n and k - j <= 4 and t.cap[k] and not is_legal_form_token(t, k):
        k += 1
    return k < t.n and k > j + 1 and is_legal_form_token(t, k)


# Lower-case nouns after a surname that make it a family: "the Barclay twins".
_KIN_AFTER = frozenset({"twins", "brothers", "sisters", "family", "couple"})

# Words that may open a title in apposition: "former", "deputy", "managing director".
_TITLE_OPENERS = lx.TITLE_MODIFIERS | {"managing", "a", "an", "the"}

# Nouns that introduce a person's name right after them.
_PERSON_BEFORE = (
    lx.PERSON_NOUNS
    | {"man", "woman", "millionaire", "investor", "founder"}
    | {
        "correspondent",
        "reporter",
        "astronaut",
    }
)


def _introduced_person(t: Tokens, i: int, j: int) -> bool:
    """A name of two or three capitalized words, no organization head, introduced as a
    person: after a person noun ("Former Worldcom boss Bernie Ebbers", "their father,
    Dhiru Bhai Ambani") or before a title in apposition ("Anshuman Magazine, managing
    director, of ...")."""
    if not 2 <= j - i <= 3 or not all(t.cap[k] for k in range(i, j)):
        return False
    # A media head may end a person's name ("Anshuman Magazine", "Jim Press"); a
    # title in apposition must then say so.
    media = j - i == 2 and lx.HEADS.get(t.lower[j - 1]) == "media"
    if any(t.lower[k] in lx.HEADS or t.words[k] == "&" for k in range(i, j - media)):
        return False
    k = i - 1 if i > 0 and t.words[i - 1] != "," else i - 2
    noun = t.lower[k] if k >= 0 and t.words[k].isalpha() else ""
    if k >= 0 and not t.words[k].islower() and noun not in _PERSON_BEFORE:
        noun = ""  # a capitalized word before counts only as a title ("Correspondent X")
    if noun in _PERSON_BEFORE or _singular(noun) in _PERSON_BEFORE:
        return True
    k = j + 1
    while k < t.n and (t.lower[k] in _TITLE_OPENERS or t.lower[k] in lx.demonyms()):
        k += 1  # "Gad Yaacobi, Israeli minister of ..."
    if j >= t.n or t.words[j] != "," or k >= t.n:
        return False
    return t.lower[k] in lx.TITLES or t.lower[k] in _PERSON_AFTER  # "X, a confidant of"


# Nouns of a person in apposition besides titles: "Anand Jain, a confidant of ...".
_PERSON_AFTER = frozenset({"confidant", "friend", "ally", "cousin", "nephew", "niece", "uncle"})


def _surname_introduced(t: Tokens, word: str) -> bool:
    """The one word ``word`` is elsewhere the last of a person's name introduced as such
    ("Beryl Sprinkel, chairman of ..." before "Sprinkel said")."""
    at: dict[str, list[int]] = t.memo.get("word_positions") or {}
    if not at:
        for k, w in enumerate(t.words):
            at.setdefault(w, []).append(k)
        t.memo["word_positions"] = at
    return any(
        k > 0 and t.cap[k - 1] and _introduced_person(t, k - 1, k + 1) for k in at.get(word, ())
    )


def _among_people(doc: Doc, t: Tokens, i: int, j: int) -> bool:
    """A guess listed with the model's own people ("Ansel Adams, Chuck Close, Walker
    Evans"), or a post-nominal after one ("Tom Molomby, SC, said"): a person, or a
    person's letters."""
    p = i - 2 if i >= 3 and t.words[i - 1] == "and" and t.words[i - 2] == "," else i - 1
    left = p >= 1 and t.words[p] in (",", "and") and doc[p - 1].ent_type_ == "PERSON"
    if left and p == i - 1 and t.words[p] == "," and j - i == 1 and t.words[i].isupper():
        return j >= t.n or t.words[j] in (",", ".")  # "Tom Molomby, SC,"
    right = j + 1 < t.n and t.words[j] in (",", "and") and doc[j + 1].ent_type_ == "PERSON"
    # People on both sides, or on one side with the list going on beyond them (never
    # one apposition: "Smith, Acme's boss").
    return (
        (left and right)
        or (left and _listed(t, p - 1, -1, doc))
        or (right and _listed(t, j + 1, 1, doc))
    )


def _listed(t: Tokens, k: int, step: int, doc: Doc) -> bool:
    """The person at ``k`` is itself an item of a list: a separator beyond it."""
    while 0 <= k < t.n and doc[k].ent_type_ == "PERSON":
        k += step
    return 0 <= k < t.n and t.words[k] in (",", "and")


# Acronyms of common things and posts, never an organization alone ("MPs", "CEO"); the
# rest of ``NOT_ORG_ACRONYMS`` ("GM", "FT") names one unless a country owns it.
_COMMON_ACRONYMS = lx.NOT_ORG_ACRONYMS - {"gm", "ft"}


# Lower-case titles whose "of" names a portfolio, not a body.
_PORTFOLIO_TITLES = frozenset({"minister", "ministers", "secretary"})


def _portfolio(t: Tokens, i: int, j: int) -> bool:
    """Words before a title that the article also writes in lower case ("Trade and
    Industry Secretary", "Transport Commissioner"): the post's portfolio, not a body;
    a name ("IMF boss", "Zentrix chairman") is never written so."""
    if i >= 2 and t.words[i - 1] == "of" and t.lower[i - 2] in _PORTFOLIO_TITLES:
        return t.words[i - 2].islower()  # "minister of Economy and Communication"
    if j >= t.n or t.lower[j] not in lx.TITLES or t.lower[i] in ("and", "of"):
        return False
    lower = detect.lower_words(t)
    words = [k for k in range(i, j) if t.lower[k] not in lx.CONNECTORS and t.lower[k] != "and"]
    # "Trade and Industry Secretary": each word a ministry's portfolio, or one the article
    # writes in lower case
    return bool(words) and all(
        t.lower[k] in lower or t.lower[k] in lx.MINISTRY_PORTFOLIOS for k in words
    )


def _shouted(t: Tokens, i: int, j: int) -> bool:
    """The guess lies in a line written in capitals, whose words the tokens read as
    lower case (``Tokens.cap``): the capitals tell nothing."""
    return any(t.words[k][:1].isupper() and not t.cap[k] for k in range(i, j))


def _place_compound_word(t: Tokens, i: int, j: int) -> bool:
    """One hyphenated word of places: "U.S.-Japan" (a relation, not a body)."""
    if j - i != 1 or "-" not in t.words[i]:
        return False
    parts = [p.lower() for p in t.words[i].split("-")]
    places = lx.places()
    return all(p in places or p in lx.demonyms() for p in parts)


def _after_abbreviation(t: Tokens, i: int, j: int) -> bool:
    """A place's dotted abbreviation then words whose capitals it alone explains ("the
    U.S. Action", "U.S. Goods"): each is written in lower case in the article, or is
    never capitalized inside a sentence but after such an abbreviation. Wires capitalize
    the word after "U.S." whatever it is."""
    first = t.words[i]
    if j - i < 2 or not first.endswith(".") or "." not in first[:-1]:
        return False
    if not detect.is_place_words(t, i, i + 1):
        return False
    if any(t.lower[k] in lx.HEADS and t.lower[k] not in _STATE for k in range(i + 1, j)):
        return False  # "U.S. Trade Representative's Office": a body ("U.S. Government" is not)
    lower, named = detect.lower_words(t), _genuine_capitals(t)
    places = lx.places()
    return all(
        t.lower[k] in lower or t.lower[k] in places or t.words[k] not in named
        for k in range(i + 1, j)
    )


# A country's state named by the country: no organization ("the U.S. Government").
_STATE = frozenset({"government", "administration", "state"})


def _genuine_capitals(t: Tokens) -> frozenset[str]:
    """Capitalized words the article writes inside a sentence, not right after a word
    ending in a full stop ("U.S. From"): its own names (once per article)."""
    if "genuine_caps" not in t.memo:
        words, cap, sent = t.words, t.cap, t.sent
        t.memo["genuine_caps"] = frozenset(
            words[k]
            for k in range(1, t.n)
            if cap[k] and not sent[k] and not words[k - 1].endswith(".")
        )
    return t.memo["genuine_caps"]


# Nouns before "of" that make the name after it a place: "the town of Yeoncheon".
_PLACE_OF = frozenset({"town", "city", "village", "province", "district", "region", "county"})


def _town_of(t: Tokens, i: int) -> bool:
    return i >= 2 and t.words[i - 1] == "of" and t.words[i - 2] in _PLACE_OF


def _belief(name: str) -> bool:
    """A one-word creed, its follower or its fear ("Islamism", "Scientologist",
    "Islamophobia"): no organization."""
    return " " not in name and name.lower().endswith(("ism", "ist", "ists", "phobia"))


def _in_model_list(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are an item of a list of model numbers ("the 147, 156, 166, GTV, GT
    and Spider"): a product line, not companies."""
    for step, edge in ((-1, i - 1), (1, j)):
        k, items = edge, 0
        while 0 <= k < t.n and items < 6 and t.words[k] in (",", "and", "or"):
            k += step
            if not 0 <= k < t.n:
                break
            if t.words[k].isdigit():
                return True
            if not t.cap[k]:
                break
            k += step
            items += 1
    return False


def _common_word_opening(doc: Doc, t: Tokens, i: int) -> bool:
    """A one-word guess that the model's own tagger reads as a common word: opening a
    sentence ("Millions", "Upscale", "Tacit") when the article never capitalizes it inside
    a sentence, or an adjective inside one ("under Congressional pressure")."""
    if not doc.has_annotation("TAG") or doc[i].tag_ in ("NNP", "NNPS") or doc[i].pos_ == "PROPN":
        return False
    if not t.sent[i] and not (i > 0 and t.brk[i - 1]):
        return doc[i].tag_ in ("JJ", "JJR", "JJS")
    return t.words[i] not in _inner_capitals(t)


def _inner_capitals(t: Tokens) -> frozenset[str]:
    """Capitalized words the article writes inside a sentence (once per article)."""
    if "inner_caps" not in t.memo:
        t.memo["inner_caps"] = frozenset(
            w for w, c, s in zip(t.words, t.cap, t.sent, strict=True) if c and not s
        )
    return t.memo["inner_caps"]


def _currency(name: str) -> bool:
    """A currency's code or name ("USD", "euro", "Swiss francs"), not an issuer."""
    from factex.money import lexicon as money

    low = name.lower()
    return name in money.ISO_CODES or low in money.NAMES or low in money.WORDS


def plausible_model_org(doc: Doc, t: Tokens, i: int, j: int, words: list[str]) -> bool:
    """A statistical ORG guess that is not a document, event, place compound or bare
    head noun ("Agreement on ...", "Agro Tech exhibitions", "Nur-Sultan", "Railway")."""
    if not words or any(_singular(w) in lx.NOT_ORG_HEADS for w in words):
        return False
    if len(words) == 1 and words[0] in lx.STATE_OCCASIONS:
        return False  # "the Budget": a statement, not a body
    if j < t.n and (_singular(t.lower[j]) in lx.NOT_ORG_HEADS or t.lower[j] in _BILL_WORDS):
        return False  # "Agro Tech exhibitions", "the Financial Services bill"
    k = i - 1
    while k >= 0 and i - k <= 6 and (t.cap[k] or t.lower[k] in ("and", ",")):
        k -= 1  # over a list of names: "exhibitions Grain World and Agro Tech"
    if k >= 0 and _singular(t.lower[k]) in lx.NOT_ORG_HEADS:
        return False
    if all(w in lx.HEADS or w in lx.GENERIC_NAME_WORDS for w in words):
        return False
    if detect.is_place_words(t, i, j):
        return False
    hyphenated = any(t.words[k] in "-–" for k in range(i, j))
    return not (hyphenated and not any(w in lx.HEADS for w in words))


# Lower-case nouns after a name that make it a piece of legislation ("Britain's Financial
# Services bill"); kept apart from ``NOT_ORG_HEADS``, where "Bill" would also be a given name.
_BILL_WORDS = frozenset({"bill", "bills", "legislation"})


def _written_lower(low: str, lower: frozenset[str]) -> bool:
    """``low`` or its singular is a word the article writes in lower case."""
    return low in lower or (low.endswith("s") and len(low) > 4 and low[:-1] in lower)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
