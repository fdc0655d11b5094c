"""Finders of names joined to others: "Toyota and Zentrix", enumerations "A, B and C"
with a company among them (rule COORDINATED), and "Procter & Gamble" (rule AMPERSAND).
"""

from __future__ import annotations

from bisect import bisect_right

from factex.organizations import lexicon as lx
from factex.organizations import rules
from factex.organizations.detect.names import (
    cap_run,
    demonym_at,
    head_at,
    is_name_word,
    lower_text,
    lower_words,
    name_start_left,
    person_words,
    personal,
    place_at,
    plausible_name,
    strip_nationality,
)
from factex.organizations.detect.tokens import AMPERSAND_WORDS, POSSESSIVE, Candidate, Tokens


def find_coordinated(t: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """A name joined by "and"/"or" to a company already found ("Toyota and Zentrix",
    "Zentrix or Airbus"): a company too (rule COORDINATED). The name is one to three
    capitalized words, not a place, person, title or a sentence's first word alone."""
    out = []
    people: set[str] | None = None
    for c in chosen:
        # A listed, context-found or head-ended company (``_JOINABLE``); any company
        # when a country's possessive opens the other name, which no name goes on with
        # ("energy firm PDVSA and Argentina's Enarsa").
        if c.kind != "company":
            continue
        joinable = c.rule in _JOINABLE or c.known is not None
        i = bisect_right(t.starts, c.start) - 1
        j = bisect_right(t.starts, c.end - 1)
        and_or = j + 1 < t.n and t.lower[j] in _JOINING
        k = _past_country_possessive(t, j + 1) if and_or else t.n  # "and Argentina's Enarsa"
        if not joinable and k == j + 1:
            continue
        if k < t.n and is_name_word(t, k):
            end = cap_run(t, k)
            # "Brown and Williamson": X may open a name that goes on with "and".
            joined = end + 1 < t.n and t.lower[end] in ("and", "&") and is_name_word(t, end + 1)
            if (
                end - k <= 3
                and not joined
                and not (end < t.n and t.words[end] in "-&")
                and _coordinable(t, k, end)
                and not (c.rule == rules.HEAD and _generic(t, k, end))
            ):
                people = person_words(t) if people is None else people
                # "Tim Daly of Michael Foods and Kenneth Bowman": a given name, a person
                if not personal(t, k, end, people):
                    out.append(
                        Candidate(t.starts[k], t.ends[end - 1], rules.COORDINATED, "company")
                    )
        nor = i >= 1 and t.lower[i - 1] == "nor"  # "Neither X nor Y": two names for sure
        if (c.rule == rules.HEAD and not nor) or not joinable:
            continue  # a name the head rule ended at its head: only what follows is read
        if i >= 2 and t.lower[i - 1] in _JOINING and is_name_word(t, i - 2):
            start = name_start_left(t, i - 2)
            people = person_words(t) if people is None else people
            if (
                i - 1 - start <= 3
                and _coordinable(t, start, i - 1)
                and not personal(t, start, i - 1, people)
            ):
                out.append(Candidate(t.starts[start], t.ends[i - 2], rules.COORDINATED, "company"))
    out += _listed_with(t, chosen)
    return out


# Conjunctions that join two names of one kind ("Neither Rover nor Shanghai Automotive").
_JOINING = frozenset({"and", "or", "nor"})


def _country_before(t: Tokens, p: int) -> bool:
    """A country's name ends right before token p ("South Korea" of "South Korea's")."""
    for m in range(p - 1, max(p - 4, -1), -1):
        hit = place_at(t, m)
        if hit is not None and hit[0] == p:
            return hit[2] == "country"
    return False


def _past_country_possessive(t: Tokens, k: int) -> int:
    """Past a country's possessive opening the name at token k ("Argentina's Enarsa")."""
    hit = place_at(t, k) if k < t.n else None
    if hit is None or hit[2] != "country" or hit[0] + 1 >= t.n:
        return k
    return hit[0] + 1 if t.words[hit[0]] in ("'s", "’s") else k


# The rules whose company a name joined to it is one too (or a known one, whatever cue
# found it: a known name is no half of another). A head rule's name ends at its
# head ("Jet Airways and Air Sahara"), so only the name after it is read; a cue rule's
# name next to "and" may be one half of a name it cut there ("Purvin and Gertz").
_JOINABLE = frozenset({rules.GAZETTEER, rules.KNOWN, rules.CONTEXT, rules.HEAD})


def _generic(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are only words names are made of ("Investors Bank and Trust"): the
    rest of the name before them, not a second one."""
    return all(t.lower[k] in lx.GENERIC_NAME_WORDS or t.lower[k] in lx.HEADS for k in range(i, j))


def _listed_with(t: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """The other names of an enumeration "A, B, C and D" (commas and one final "and"
    or "or") of which one is a company or outlet the rules found: companies too ("Among
    the accused were Altria Group, Lorillard Tobacco and Liggett Group")."""
    out = []
    people: set[str] | None = None
    done: set[int] = set()  # first tokens of the lists already read
    for c in chosen:
        if c.kind not in ("company", "media") or c.rule == rules.MODEL:
            continue
        i = bisect_right(t.starts, c.start) - 1
        j = bisect_right(t.starts, c.end - 1)
        items = _list_around(t, i, j)
        if items is None or items[0][0] in done:
            continue
        done.add(items[0][0])
        if people is None:
            people = person_words(t)
        for a, b in items:
            if (
                (a, b) != (i, j)
                and b - a <= 4
                and _coordinable(t, a, b)
                and not personal(t, a, b, people)
            ):
                out.append(Candidate(t.starts[a], t.ends[b - 1], rules.COORDINATED, "company"))
    return out


def _list_around(t: Tokens, i: int, j: int) -> list[tuple[int, int]] | None:
    """The items (token ranges) of the enumeration holding tokens [i, j), or None when
    they stand in none: items joined by commas and one final "and"/"or", at least three
    and one comma; an item is capitalized words after an optional "the"."""
    items = [(i, j)]
    conj = commas = 0
    p = j  # rightwards, up to the final conjunction's item
    while p + 1 < t.n and not conj:
        q = p + 1
        comma = t.words[p] == ","
        if comma and t.lower[q] in ("and", "or"):
            q, conj = q + 1, 1
        elif t.lower[p] in ("and", "or"):
            conj = 1
        elif not comma:
            break
        if q < t.n and t.lower[q] == "the":
            q += 1
        if q >= t.n or not is_name_word(t, q) or t.sent[q]:
            return None  # "Fiat, which ...", "Fiat, the carmaker": no enumeration
        end = cap_run(t, q)
        if conj and end + 1 < t.n and t.lower[end] in ("and", "&") and is_name_word(t, end + 1):
            end = cap_run(t, end + 1)  # "..., Liggett Group and Brown and Williamson"
        items.append((q, end))
        commas += comma
        p = end
    p = i - 2 if i > 1 and t.lower[i - 1] == "the" else i - 1
    while p > 1:  # leftwards, over the items before
        b = p
        if t.lower[p] in ("and", "or") and not conj:
            conj = 1
            b = p - 1 if t.words[p - 1] == "," else p  # "A, B, and C"
        elif t.words[p] != ",":
            break
        if not is_name_word(t, b - 1):
            break
        a = name_start_left(t, b - 1)
        before = a - 2 if a > 0 and t.lower[a - 1] == "the" else a - 1
        if t.sent[p] or (before >= 0 and t.lower[before] in lx.CONNECTORS):
            break  # "the News of the World, ...": the item's start is unknown
        items.insert(0, (a, b))
        commas += t.words[b] == ","
        p = before
    if not conj or not commas or len(items) < 3:
        return None
    nxt = items[-1][1]
    if nxt < t.n and t.words[nxt].isalpha() and not _closes_list(t.lower[nxt]):
        return None  # "..., the House Energy and Commerce subcommittee": modifiers
    return items


# Auxiliaries after an enumeration that is a subject ("A, B and C have announced").
_AUXILIARIES = frozenset(
    {"have", "has", "had", "are", "is", "were", "was", "will", "would", "could", "can"}
    | {"may", "might", "should", "must", "do", "does", "did"}
)


def _closes_list(word: str) -> bool:
    """A word that may follow an enumeration of names: a function word or a verb."""
    return (
        word in lx.NOT_NAME_WORDS
        or word in _AUXILIARIES
        or word in lx.SAY_VERBS
        or word in lx.AGENT_VERBS
    )


def _coordinable(t: Tokens, i: int, j: int) -> bool:
    if j <= i or (j - i == 1 and t.sent[i]) or demonym_at(t, i) is not None:
        return False
    if not all(ch.isalnum() or ch in ".'&-" for k in range(i, j) for ch in t.words[k]):
        return False  # "C$": a currency sign
    if t.overlaps_person(t.starts[i], t.ends[j - 1]):
        return False
    if i > 0 and t.words[i - 1] in POSSESSIVE and not _country_before(t, i - 1):
        return False  # "Microsoft's X-Box and Nintendo": what a company owns
    return plausible_name(t, i, j) and head_at(t, j - 1) is None


def find_ampersand(t: Tokens) -> list[Candidate]:
    """ "Procter & Gamble", "Marks & Spencer", "Standard & Poor's": capitalized names
    joined by "&" (rule AMPERSAND); not common words ("Mergers & Acquisitions", when the
    article writes them in lower case), places or two given names."""
    out = []
    lower: frozenset[str] | None = None
    for i in t.at(AMPERSAND_WORDS):
        if i == 0 or i + 1 >= t.n or not is_name_word(t, i - 1) or not is_name_word(t, i + 1):
            continue
        if t.brk[i - 1] or t.sent[i + 1]:
            continue
        start = name_start_left(t, i - 1)
        end = cap_run(t, i + 1)
        dotted = next((k for k in range(i + 1, end) if t.words[k].endswith(".")), None)
        if dotted is not None:
            end = dotted + 1  # "AT&T. SBC ...": a sentence the tokenizer did not split
        if end < t.n and t.words[end] in ("'s", "’s") and end + 1 < t.n and t.cap[end + 1]:
            end += 1  # "Standard & Poor's Ratings": the 's is the name's
        core = strip_nationality(t, start, i)
        if core >= i or end - core > 6:
            continue
        if lower is None:
            lower = lower_words(t)
        words = [t.lower[k] for k in range(core, end) if t.words[k] != "&"]
        if all(w in lower or w in lx.CONNECTORS for w in words):
            continue
        if t.lower[core] in lx.first_names() and t.lower[i + 1] in lx.first_names():
            continue  # "Tom & Jerry"
        if place_at(t, core, i) is not None or place_at(t, i + 1, end) is not None:
            continue
        if t.overlaps_person(t.starts[core], t.ends[end - 1]):
            continue
        stop = t.ends[end - 1]
        if dotted == end - 1 and len(t.words[dotted]) == 2:
            stop -= 1  # "AT&T.": the sentence's period
        out.append(Candidate(t.starts[core], stop, rules.AMPERSAND, "company"))
    return out


# Words that give an organization's other name: "WorldCom, now known as MCI", "Altria
# Group (formerly Philip Morris)", "Formerly known as Worldcom, MCI is ...". Longer cues
# first, so "formerly" inside "formerly known as" is read once.
RENAME_CUES = (
    "formerly known as",
    "previously known as",
    "now known as",
    "formerly called",
    "now called",
    "renamed as",
    "renamed",
    "formerly",
)
# Cues that follow their organization as a verb does ("WorldCom ... is now known as
# MCI"), not only as an appositive right after its name.
_RENAME_VERBS = frozenset({"now known as", "now called", "renamed as", "renamed"})


def rename_cued(t: Tokens) -> bool:
    """The article has a rename cue somewhere (the gate of ``find_renames``)."""
    if "renames" not in t.memo:
        lower = lower_text(t)
        t.memo["renames"] = any(w in lower for w in ("formerly", "known as", "called", "renamed"))
    return t.memo["renames"]


def find_renames(
    t: Tokens, chosen: list[Candidate]
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """An organization's former or later name beside it (rule RENAMED): the name a
    rename cue (``RENAME_CUES``) joins to a found organization is that organization's
    too. Returns the names no rule found, and the pairs (start of the found mention,
    start of the other name) that are one organization."""
    if not rename_cued(t):
        return [], []
    lower = lower_text(t)
    by_start = {c.start: c for c in chosen}
    by_end = {c.end: c for c in chosen}
    out: list[Candidate] = []
    pairs: list[tuple[int, int]] = []
    seen: set[int] = set()
    for cue in RENAME_CUES:
        pos = lower.find(cue)
        while pos >= 0:
            c = bisect_right(t.starts, pos) - 1
            k = c + len(cue.split())  # the token after the cue
            if (
                t.starts[c] == pos
                and c not in seen
                and k < t.n
                and " ".join(t.lower[c:k]) == cue
                and is_name_word(t, k)
            ):
                seen.add(c)
                _rename_at(t, c, k, cue, by_start, by_end, chosen, out, pairs)
            pos = lower.find(cue, pos + 1)
    return out, pairs


def _rename_at(
    t: Tokens,
    c: int,
    k: int,
    cue: str,
    by_start: dict[int, Candidate],
    by_end: dict[int, Candidate],
    chosen: list[Candidate],
    out: list[Candidate],
    pairs: list[tuple[int, int]],
) -> None:
    """The rename cue at token c, the other name at token k."""
    end = cap_run(t, k)
    if end < t.n and (t.words[end] in POSSESSIVE or t.words[end] in ("'", "’")):
        return  # "Jupiter, formerly Commerzbank's fund arm": an owner, not a name
    other = by_start.get(t.starts[k])
    if other is None and not _renamable(t, k, end):
        return
    found: Candidate | None = None
    if c > 1 and not t.sent[c] and t.words[c - 1] in (",", "("):
        found = by_end.get(t.ends[c - 2])  # "Altria Group, formerly Philip Morris"
    elif t.sent[c] and end + 1 < t.n and t.words[end] == ",":
        found = by_start.get(t.starts[end + 1])  # "Formerly known as Worldcom, MCI is"
        if found is None and other is not None and is_name_word(t, end + 1):
            stop = cap_run(t, end + 1)
            if _renamable(t, end + 1, stop):
                found = Candidate(t.starts[end + 1], t.ends[stop - 1], rules.RENAMED, other.kind)
                out.append(found)
    elif cue in _RENAME_VERBS:
        found = _last_in_sentence(t, c, chosen)  # "WorldCom ... is now known as MCI"
    if found is None:
        return
    if other is None:
        other = Candidate(t.starts[k], t.ends[end - 1], rules.RENAMED, found.kind)
        out.append(other)
    if other is not found:
        pairs.append((found.start, other.start))


def _renamable(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) may be an organization's other name: a plausible name, nobody's."""
    return (
        j - i <= 5 and plausible_name(t, i, j) and not t.overlaps_person(t.starts[i], t.ends[j - 1])
    )


def _last_in_sentence(t: Tokens, c: int, chosen: list[Candidate]) -> Candidate | None:
    """The last found organization before token c in its sentence."""
    s = c
    while s > 0 and not t.sent[s]:
        s -= 1
    # ``chosen`` is sorted and its mentions never overlap: their ends are sorted too.
    n = bisect_right(chosen, t.starts[c], key=lambda x: x.end) - 1
    return chosen[n] if n >= 0 and chosen[n].start >= t.starts[s] else None
