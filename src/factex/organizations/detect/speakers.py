"""The speaker finder: "Deutsche Telekom said", "according to Nielsen" name an
organization when nothing in the article makes the words a person's name (rule SAID).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from operator import and_, not_

from factex.organizations import lexicon as lx
from factex.organizations import rules
from factex.organizations.detect.names import (
    LOCATIVES,
    STOP,
    cap_run,
    demonym_at,
    head_at,
    hyphen_joined,
    is_name_word,
    lower_words,
    name_start_left,
    person_words,
    personal,
    plausible_name,
    strip_nationality,
)
from factex.organizations.detect.tokens import (
    ACCORDING_WORDS,
    OPEN_PAREN,
    Candidate,
    Tokens,
    head_table,
)
from factex.organizations.normalize import is_acronym


def _speaker_run(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j), subject of a verb of saying or after "according to", name an
    organization: no person's name, place, title or common word, and one word only as
    an acronym ("OPEC said"); a multi-word name not opened by a given name. What the
    article says about people and lower-case words is read only from here (most
    articles have no run that gets this far)."""
    if j <= i or j - i > 5 or not plausible_name(t, i, j):
        return False
    if i > 0 and t.lower[i - 1] in lx.PERSON_NOUNS and t.words[i - 1].islower():
        return False  # "coach Nabil Amar said": the noun makes the name a person's
    core = strip_nationality(t, i, j)
    if core > i:  # "U.S. Officials said": what follows the place must stand alone
        return (j - core > 1 or is_acronym(t.words[core])) and _speaker_run(t, core, j)
    words = t.words[i:j]
    if personal(t, i, j, person_words(t)) or demonym_at(t, i) is not None:
        return False
    if demonym_at(t, j - 1) is not None or t.lower[j - 1] in lx.PARTY_MEMBERS:
        return False  # "the Arab American said", "the California Republican said"
    if any(t.lower[k] in lx.first_names() and t.cap[k + 1] for k in range(i + 1, j - 1)):
        return False  # "Chief Superintendent Al McHugh said": a name inside
    lower = lower_words(t)
    if j - i == 1:
        w = words[0]
        if w.lower() in lx.places() or w.lower() in lower:
            return False
        if is_acronym(w):
            return 2 <= len(w) <= 6 and w.isalpha() and w.lower() not in lx.MEASURE_ACRONYMS
        return _lone_name(t, i)
    if t.lower[i] in lx.first_names() or t.lower[i] in lower:
        return False  # "Alan Greenspan", "Analysts Smith": a person or a common word
    if all(t.lower[k] in lower or t.lower[k] in lx.CONNECTORS for k in range(i, j)):
        return False
    return not any(w.isupper() and len(w) == 1 for w in words[-1:])


def _lone_name(t: Tokens, i: int) -> bool:
    """A one-word speaker ("Turkcell said") names an organization when the article
    never writes the word after another name word (a surname follows a given name
    somewhere: "Chittabrata Majumdar ... Majumdar said"), it is no given name, region,
    head, title or other word a name is not made of, and, opening a sentence, the
    article also writes it capitalized inside one ("Police said" is a common noun)."""
    w, low = t.words[i], t.lower[i]
    if (
        len(w) < 3
        or not w.isalpha()
        or not (w[1:].islower() or _joined_words(w))
        or low in lx.first_names()
        or low in lx.regions()
        or low in lx.HEADS
        or low in lx.GENERIC_NAME_WORDS
        or low in lx.TITLES
        or low in lx.PERSON_NOUNS
        or low in lx.PARTY_MEMBERS
        or low in lx.CONTINENTS
    ):
        return False
    if i > 0 and (t.lower[i - 1] in LOCATIVES or t.lower[i - 1] in lx.NAME_PARTICLES):
        return False  # "traders in Asia said", "Philippe de Cholet ... de Cholet said"
    nxt = t.words[i + 1] if i + 1 < t.n else ""
    if (
        nxt.isalpha()
        and nxt.islower()
        and nxt not in lx.SAY_VERBS
        and nxt not in _CLAUSE_GOES_ON
        and nxt not in lx.SUBJECT_AUXILIARIES
    ):
        return False  # "according to the Lundberg survey": a modifier
    if i > 0 and t.words[i - 1] in _QUOTES:
        return False  # '... is improving," Benderley said': a quote is a person's
    if i > 1 and t.words[i - 1] == "," and t.words[i - 2] in _QUOTES:
        return False  # '... is improving", Benderley said': the same, punctuated outside
    after, before, inside = _name_word_contexts(t)
    return w not in after and w not in before and (not t.sent[i] or w in inside)


def _joined_words(w: str) -> bool:
    """Capitalized words written as one ("PricewaterhouseCoopers", "DaimlerChrysler"): a
    company's coinage, not a surname with a particle ("McCain", "DeLay", "MacLeod")."""
    inner = [k for k in range(2, len(w)) if w[k].isupper()]
    return (
        len(inner) == 1
        and w[1].islower()
        and w[inner[0] - 1].islower()
        and w[: inner[0]].lower() not in _SURNAME_PARTICLES
        and not w.startswith(("Mc", "Mac", "O'"))
    )


_SURNAME_PARTICLES = frozenset({"de", "di", "da", "du", "la", "le", "van", "von", "st", "fitz"})


# Words after a one-word agent that show the name ended ("bought by Tengelmann in
# 2003", "according to Nielsen, which"): prepositions and conjunctions, no noun.
_CLAUSE_GOES_ON = frozenset(
    {"in", "on", "at", "for", "from", "with", "and", "or", "but", "as", "after", "before"}
    | {"since", "until", "last", "this", "earlier", "which", "that", "to", "than"}
)

_QUOTES = frozenset({'"', "”", "''", "'"})


# A capitalized word, spaces, and (looked ahead at) the capitalized word after it. The
# word's start is tested after its capital ("(?<!\w)" as "\b"): a pattern that opens
# with a character class lets the search skip ahead in C to the next capital.
_NAME_PAIR = re.compile(r"([A-Z](?<!\w[A-Z])[\w'’-]*)[ \t]+(?=([A-Z][\w'’-]*))")


def _name_word_contexts(
    t: Tokens,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The capitalized words the article writes right after another name word, those
    it writes right before one that is no organization's head ("Siri Karncharoendi",
    not "Daiwa Securities"), and those it writes inside a sentence (once per article)."""
    if "name_contexts" not in t.memo:
        # "Yitzhak Rabin's assassin": the possessive's name is the same word.
        pairs = [(a, b.removesuffix("'s").removesuffix("’s")) for a, b in _pairs(t.text)]
        after = {b for a, b in pairs if a.lower() not in STOP}
        heads = head_table()
        before = {a for a, b in pairs if b.lower() not in heads and b.lower() not in STOP}
        # compress/map keep the per-token test in C.
        inside = set(compress(t.words, map(and_, t.cap, map(not_, t.sent))))
        t.memo["name_contexts"] = (frozenset(after), frozenset(before), frozenset(inside))
    return t.memo["name_contexts"]


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _NAME_PAIR.finditer(text)]


def find_speakers(t: Tokens) -> list[Candidate]:
    """ "Deutsche Telekom said", "OPEC announced", "according to Nielsen": a speaker
    named by capitalized words that are nobody's name (rule SAID). A name whose last
    word recurs alone as a speaker ("Nobuyuki Idei said ... Idei added") is a person's:
    organizations come back in full, by their first word or as "the company"."""
    verbs = [i for i in t.at(lx.SAY_VERBS) if t.words[i].islower()]
    according = [i for i in t.at(ACCORDING_WORDS) if i + 1 < t.n and t.lower[i + 1] == "to"]
    agents = [i for i in t.at(lx.PASSIVE_AGENT_VERBS) if _by_agent(t, i)]
    subjects = [i for i in t.at(lx.SUBJECT_AUXILIARIES) if _one_word_subject(t, i)]
    acting = [i for i in t.at(lx.ACRONYM_AGENT_VERBS) if _acronym_subject(t, i)]
    if not verbs and not according and not agents and not subjects and not acting:
        return []
    runs: list[tuple[int, int]] = [(i - 1, i) for i in acting if i not in verbs]
    for i in verbs:
        if i == 0 or not is_name_word(t, i - 1) or t.sent[i]:
            continue
        runs.append((name_start_left(t, i - 1), i))
    agent_runs: set[tuple[int, int]] = set()
    for i in according + agents:
        k = i + 3 if t.lower[i + 1] in ("over", "up") else i + 2  # "taken over by X"
        if k < t.n and t.lower[k] == "the":
            k += 1
        end = cap_run(t, k)
        if end > k and (end >= t.n or not t.cap[end]) and head_at(t, end - 1) is None:
            runs.append((k, end))
            if t.lower[i] != "according":
                agent_runs.add((k, end))
    subject_runs = {
        (i - 1, i)
        for i in subjects
        if _recurs(t, t.words[i - 1])
        and t.words[i - 1] not in _not_org_names(t)
        and _named_without_the(t, t.words[i - 1])
        and not _plural_nationality(t, t.lower[i - 1])
        and not hyphen_joined(t, i - 1)
        and not (i >= 3 and t.lower[i - 2] == "of" and t.lower[i - 3] in lx.TITLES)
    }
    runs += sorted(subject_runs)
    runs = [(_after_missed_stop(t, i, j), j) for i, j in runs]
    alone = {t.words[i] for i, j in runs if j - i == 1 and (i, j) not in subject_runs}
    out = []
    for i, j in runs:
        if t.words[j - 1] in alone and j - i > 1:
            continue
        if j < t.n and t.words[j] in ("'s", "’s"):
            continue
        if _speaker_run(t, i, j):
            rule = rules.AGENT if (i, j) in agent_runs else rules.SAID
            rule = rules.SUBJECT if (i, j) in subject_runs else rule
            out.append(Candidate(t.starts[i], t.ends[j - 1], rule, "company"))
    return out


def _acronym_subject(t: Tokens, i: int) -> bool:
    """Token i, a lower-case verb of acting ("agreed", "acquired"), follows an acronym
    that stands alone: "On Monday, MCI agreed to a buyout"."""
    return (
        i >= 1
        and t.words[i].islower()
        and is_acronym(t.words[i - 1])
        and (i == 1 or t.sent[i - 1] or not is_name_word(t, i - 2))
    )


def _one_word_subject(t: Tokens, i: int) -> bool:
    """Token i, an auxiliary ("has", "is", "will"), follows a one-word name and comes
    before a lower-case word: "Parmalat has sued", "Fiat is to stop"."""
    return (
        1 <= i < t.n - 1
        and t.words[i].islower()
        and is_name_word(t, i - 1)
        and (i == 1 or t.sent[i - 1] or not is_name_word(t, i - 2))
        and t.words[i + 1].isalpha()
        and t.words[i + 1].islower()
        and not _defines_no_firm(t, i)
    )


def _defines_no_firm(t: Tokens, i: int) -> bool:
    """ "X is a village", "X was the team's ...": a copula and an article define the
    subject, and no organization noun follows in the next few words ("Guidant is a key
    producer" of devices is kept only when "firm", "company", "group" ... follow)."""
    if t.lower[i] not in ("is", "was") or t.lower[i + 1] not in ("a", "an", "the", "one"):
        return False
    window = range(i + 2, min(t.n, i + 7))
    return not any(t.lower[k] in lx.INTRO_NOUNS or t.lower[k] in lx.HEADS for k in window)


def _not_org_names(t: Tokens) -> frozenset[str]:
    """Names the article gives a thing: after a thing noun ("drug Tysabri"), or an
    acronym it defines after a document's or event's noun ("Multi-Fibre Agreement
    (MFA)"); one sense per article, whatever their other mentions look like."""
    if "thing_names" not in t.memo:
        out = {
            t.words[k + 1]
            for k in t.at(lx.THING_NOUNS_BEFORE)
            if k + 1 < t.n and t.words[k].islower() and t.cap[k + 1]
        }
        for k in t.at(OPEN_PAREN):
            defined = 0 < k < t.n - 2 and t.words[k + 2] == ")"
            if defined and t.lower[k - 1].removesuffix("s") in lx.NOT_ORG_HEADS:
                out.add(t.words[k + 1])
        t.memo["thing_names"] = frozenset(out)
    return t.memo["thing_names"]


def _named_without_the(t: Tokens, word: str) -> bool:
    """A name the article never writes as a noun phrase of its own after "the" ("the
    Internet", "the Gulf is"), as a company's is; "the Yukos case" is a modifier, and
    an acronym may take it ("the WEF")."""
    if is_acronym(word):
        return True
    if "after_the" not in t.memo:
        t.memo["after_the"] = frozenset(
            t.lower[k + 1]
            for k, a in enumerate(t.lower[: t.n - 2])
            if a == "the" and not _modifies(t.words[k + 2])
        )
    return word.lower() not in t.memo["after_the"]


def _modifies(after: str) -> bool:
    """The word after a name makes the name a modifier ("the Yukos case")."""
    return (
        after.isalpha()
        and after.islower()
        and after not in lx.SUBJECT_AUXILIARIES
        and after not in lx.SAY_VERBS
        and after not in _CLAUSE_GOES_ON
    )


def _plural_nationality(t: Tokens, low: str) -> bool:
    """ "Iraqis", "Saudis", "Arabs": people of a nation, or of what the article also
    writes in the singular ("Arab money")."""
    return low.endswith("s") and (low[:-1] in lx.demonyms() or _recurs_as(t, low[:-1]))


def _recurs_as(t: Tokens, low: str) -> bool:
    """The article writes ``low`` capitalized at least once."""
    return _recurs(t, low.capitalize(), 0)


def _recurs(t: Tokens, word: str, more_than: int = 1) -> bool:
    """The article writes ``word`` more than once: a name it comes back to."""
    if "word_counts" not in t.memo:
        t.memo["word_counts"] = Counter(t.words)
    return t.memo["word_counts"][word] > more_than


def _by_agent(t: Tokens, i: int) -> bool:
    """Token i, a participle of buying or owning, has its agent next: "bought by",
    "taken over by", "snapped up by"; not "bought by the end of May" (a time: the
    agent must be capitalized, which ``find_speakers`` asks)."""
    if not t.words[i].islower() or i + 2 >= t.n:
        return False
    if t.lower[i] in ("taken", "snapped"):
        return t.lower[i + 1] in ("over", "up") and t.lower[i + 2] == "by" and i + 3 < t.n
    return t.lower[i + 1] == "by"


def _after_missed_stop(t: Tokens, i: int, j: int) -> int:
    """The start of a run [i, j) past a word ending a sentence the sentencizer missed
    ("bought AT&T. SBC said"): a final period that is no initial, abbreviation with
    inner periods or legal form."""
    start = i
    for k in range(i, j - 1):
        w = t.words[k]
        if (
            w.endswith(".")
            and "." not in w[:-1]
            and len(w) > 2
            and t.lower[k] not in lx.LEGAL_FORMS
            and t.lower[k] not in lx.TITLES
            and t.lower[k] not in lx.ADDRESS_FORMS
        ):
            start = k + 1
    return start
