"""The ``factex_organizations`` component: organizations, people and places.

Writes ``doc.spans["factex_organizations"]`` (every mention, ``span._.org`` = the
canonical name, ``span.id_`` = the rule), ``doc._.organizations`` (one ``Organization``
per organization), ``doc.spans["factex_people"]`` (``span._.person`` = the name without
its title, ``span.label_`` = the title) and ``doc.spans["factex_places"]``
(``span._.place`` = the canonical place name, ``span.label_`` = country, city or
demonym).

Over 600 lines because it is the room's one flow: the finders' order, the grouping of
mentions into organizations, recurrence and the writes each depend on the step before.

When the pipeline has a statistical NER before it, its ORG entities that no rule found
are added (rule ``org.model``); where a rule and an entity overlap the rule wins.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from factex.doc import BatchedPipe, skip_test
from factex.extensions import SPANS_ORGS, SPANS_PEOPLE, SPANS_PLACES, set_spans
from factex.intervals import Blocked, Disjoint
from factex.models import Organization
from factex.organizations import detect, rules
from factex.organizations import lexicon as lx
from factex.organizations.detect import Candidate, Tokens
from factex.organizations.detect.names import is_name_word, place_at
from factex.organizations.model_layer import find_model_orgs, inner_words, unsupported
from factex.organizations.normalize import (
    initials,
    is_acronym,
    name_key,
    strip_legal_form,
)
from factex.organizations.normalize import title_case as _title_case


def find_known(t: Tokens) -> list[Candidate]:
    """Well-known outlets and institutions named anywhere (rule ``org.known``)."""
    exact, starts = lx.known_surfaces()
    out = []
    free = 0  # tokens before this are inside the last name found
    for i in t.capitalized_at(lx.known_starts_lower()):
        if i < free or t.words[i] not in starts or detect.hyphen_joined(t, i):
            continue
        stop = detect.line_end(t, i, i + starts[t.words[i]])
        text, begin = t.text, t.starts[i]
        for j in range(stop, i, -1):
            org = exact.get(text[begin : t.ends[j - 1]])
            if org is not None and (
                _instrument(text, t.ends[j - 1], org.kind) or (j == i + 1 and _a_word_here(t, i))
            ):
                break
            if org is not None:
                out.append(Candidate(t.starts[i], t.ends[j - 1], rules.KNOWN, org.kind, known=org))
                free = j
                break
    return out


def _a_word_here(t: Tokens, i: int) -> bool:
    """A one-word known name at token i that is a common noun ("House"), read as the word
    or as part of a longer name: before "of" ("House of Commons"), after a name's word
    ("Random House"; a place or nationality is no name's: "U.S. House"), or opening a
    sentence with no verb or title of its own after it ("House prices rose"; not "House
    Speaker Jim Wright said")."""
    if t.lower[i] not in lx.COMMON_WORD_NAMES:
        return False
    if i + 1 < t.n and t.lower[i + 1] == "of":
        return True
    if (
        i > 0
        and not t.sent[i]
        and is_name_word(t, i - 1)
        and place_at(t, i - 1) is None
        and detect.demonym_at(t, i - 1) is None
    ):
        return True
    nxt = t.lower[i + 1] if i + 1 < t.n else ""
    return t.sent[i] and not (nxt in lx.AGENT_VERBS or nxt in lx.SAY_VERBS or nxt in lx.TITLES)


def _instrument(text: str, end: int, kind: str) -> bool:
    """A state body's name ending at ``end`` before a security's noun names the security
    ("Treasury bonds", "the Treasury (bond) market", "Fed funds"), not the body."""
    if kind != "government":
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in lx.INSTRUMENTS_AFTER


_NEXT_WORD = re.compile(r"[ \t]*\(?([A-Za-z]+)")


def absorb_known(found: list[Candidate], known: list[Candidate], text: str) -> list[Candidate]:
    """A rule's longer name around a well-known one ("Reuters Holdings PLC" around
    "Reuters") wins, taking the known organization's kind; it recurs under the known
    name unless it is a committee, a part of the body ("Senate Finance Committee",
    "House Ways and Means Committee")."""
    out = list(found)
    outers = _first_containing(found, known)
    for k, outer in zip(known, outers, strict=True):
        if outer is not None and (outer.start, outer.end) != (k.start, k.end):
            outer.kind = k.kind
            if not _committee(text[outer.start : outer.end]):
                outer.short.append(k.known.name if k.known else "")
        else:
            if outer is not None:  # the same name: knowledge says what it is
                outer.kind, outer.known = k.kind, k.known
            out.append(k)
    return out


def _committee(name: str) -> bool:
    return name.rsplit(None, 1)[-1].lower() in _COMMITTEES


_COMMITTEES = frozenset({"committee", "subcommittee", "committees", "subcommittees"})


def _know(found: list[Candidate], known: list[Candidate]) -> None:
    """A context rule's name that is a known one ("GATT economists") keeps what the
    knowledge says it is."""
    by_span = {(k.start, k.end): k for k in known}
    for c in found:
        k = by_span.get((c.start, c.end))
        if k is not None and c.known is None:
            c.known, c.kind = k.known, k.kind


def inside_listed(found: list[Candidate]) -> list[Candidate]:
    """``found`` without the names strictly inside a gazetteer name: "Oil and Natural Gas
    Corporation" over the head rule's "Natural Gas Corporation", cut at "and"."""
    listed = [c for c in found if c.rule == rules.GAZETTEER]
    if not listed:
        return found
    containing = _first_containing(listed, found)
    return [
        c
        for c, k in zip(found, containing, strict=True)
        if k is None or (k.start, k.end) == (c.start, c.end)
    ]


def _first_containing(found: list[Candidate], inner: list[Candidate]) -> list[Candidate | None]:
    """For each of ``inner``, the earliest of ``found`` (in list order) that contains
    it: one sweep by start with a heap of the open candidates, never a scan of all."""
    order = sorted(range(len(found)), key=lambda n: found[n].start)
    result: list[Candidate | None] = [None] * len(inner)
    heap: list[tuple[int, int]] = []  # (index in found, end) of candidates begun
    nxt = 0
    for m in sorted(range(len(inner)), key=lambda n: inner[n].start):
        k = inner[m]
        while nxt < len(order) and found[order[nxt]].start <= k.start:
            heapq.heappush(heap, (order[nxt], found[order[nxt]].end))
            nxt += 1
        while heap and heap[0][1] <= k.start:
            heapq.heappop(heap)  # ends before this one starts, so before every later one
        aside = []
        while heap and heap[0][1] < k.end:
            aside.append(heapq.heappop(heap))  # overlaps this one without containing it
        if heap:
            result[m] = found[heap[0][0]]
        for item in aside:
            heapq.heappush(heap, item)
    return result


def select(cands: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: higher-priority rule first, then the longer one."""
    ordered = sorted(cands, key=lambda c: (rules.RANK[c.rule], -(c.end - c.start), c.start))
    free = Disjoint()
    taken = [c for c in ordered if free.add_if_free(c.start, c.end)]
    return sorted(taken, key=lambda c: c.start)


class _Entry:
    """One organization being assembled from its mentions.

    What ``name()``, ``forms()`` and ``known_acronym()`` need is kept up to date as
    mentions are added, so each call costs the same however often the name recurs.
    """

    def __init__(self, first: Candidate, surface: str) -> None:
        self.cands: list[tuple[Candidate, str]] = []
        self.acronym: str | None = None
        self.best: Candidate = first  # the mention of the highest-priority rule
        self.media = False  # some rule saw it as a news source
        self._known: lx.KnownOrg | None = None  # the first mention's known organization
        self._forms: dict[str, None] = {}  # names it may recur under, in order
        self._surface_by_rule: dict[str, str] = {}  # rule -> its first non-acronym surface
        self._mixed_by_key: dict[str, str] = {}  # name key -> first mixed-case spelling
        self.renamed: list[str] = []  # its former or later names, acronyms included
        self.add(first, surface)

    def add(self, cand: Candidate, surface: str) -> None:
        self.cands.append((cand, surface))
        if rules.RANK[cand.rule] < rules.RANK[self.best.rule]:
            self.best = cand
        self.media = self.media or cand.rule.startswith("org.media")
        if cand.known is not None and is_acronym(surface):
            cand.acronym = surface  # "AP" names the Associated Press by its acronym
        self.acronym = self.acronym or cand.acronym
        if cand.known is not None:
            self._known = self._known or cand.known
            for form in (cand.known.name, *cand.known.aliases):
                self._add_form(form)
        for form in (surface, strip_legal_form(surface), *cand.short):
            self._add_form(form)
        if not is_acronym(surface):
            self._surface_by_rule.setdefault(cand.rule, surface)
        if not surface.isupper() and not strip_legal_form(surface).isupper():
            self._mixed_by_key.setdefault(name_key(surface), surface)

    def _add_form(self, form: str) -> None:
        if form and form not in self._forms and not _generic(form):
            self._forms[form] = None

    def known_acronym(self) -> str | None:
        """The acronym a well-known organization goes by, for finding later mentions."""
        return self.acronym or (self._known.acronym if self._known else None)

    def forms(self) -> list[str]:
        """Names this organization may recur under."""
        return list(self._forms)

    def _keys(self) -> set[str]:
        return {name_key(strip_legal_form(surface)) for _, surface in self.cands}

    def kind(self) -> str:
        best = self.best
        if best.known is not None:
            return best.known.kind
        if self.media:
            return "media"
        return best.kind

    def name(self) -> str:
        best = self.best
        if best.known is not None:
            return best.known.name
        surface = self._surface_by_rule.get(best.rule, self.cands[0][1])
        if surface.isupper() or strip_legal_form(surface).isupper():
            # "UNIFIRST Corp." then "UniFirst": the article's mixed-case spelling wins.
            surface = self._mixed_by_key.get(name_key(surface), surface)
        bare = strip_legal_form(surface)
        if bare.lower() in lx.HEADS or bare.lower() in lx.GENERIC_NAME_WORDS:
            bare = surface  # "Service Corp.": the legal form is most of the name
        known = self._known.name if self._known is not None else ""
        if len(known) >= len(bare) and name_key(known) in self._keys():
            return known  # the listed spelling of as full a name the text writes ("and", "&")
        return _title_case(bare)


def _weak(entry: _Entry) -> bool:
    """The entry's best mention comes from a rule below ``ACRONYM`` (context, speakers,
    the model...): a longer name may absorb it."""
    return rules.RANK[entry.best.rule] >= rules.RANK[rules.ACRONYM]


def entry_initials(entry: _Entry) -> list[str]:
    """Acronyms an entry's names would have ("FDIC"), never a place's ("USA")."""
    out = []
    for c, surface in entry.cands[:1]:
        if c.rule in (rules.RECUR, rules.MODEL):
            continue
        for form in {initials(surface), initials(strip_legal_form(surface))}:
            if form and form.lower() not in lx.places():
                out.append(form)
        if entry.kind() == "company" and (pair := _two_word_initials(strip_legal_form(surface))):
            out.append(pair)  # "GM" for "General Motors", "BA" for "British Airways"
    return out


# Rules whose names may open with another found name ("Apple Computer said" beside
# "Apple", the model's "Parmalat Finanziaria" beside "Parmalat"): the two are one.
_OPENING_RULES = frozenset(
    {rules.SAID, rules.AMPERSAND, rules.CONTEXT, rules.COORDINATED, rules.MODEL}
)

_NOT_COMPANY_PAIRS = frozenset({"US", "UK", "EU", "UN"})


def _two_word_initials(name: str) -> str | None:
    """The two capitals of a company named by two capitalized words, when they spell
    no place or union ("General Motors" -> "GM"); with the "&" of a name joined by one
    ("Marks & Spencer" -> "M&S")."""
    words = name.split()
    if len(words) == 3 and words[1] == "&" and words[0][:1].isupper() and words[2][:1].isupper():
        return f"{words[0][0]}&{words[2][0]}"
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    pair = words[0][0] + words[1][0]
    return None if pair in _NOT_COMPANY_PAIRS or pair.lower() in lx.places() else pair


def _merge_first_words(entries: dict[str, _Entry]) -> None:
    """A one-word name found only weakly ("Daiwa said") that opens exactly one longer
    company name of the article ("Daiwa Securities") is that company: one sense per
    article. (Not a government body's: "the Treasury" beside "the Treasury Select
    Committee" are two.)"""
    opening: dict[str, list[str]] = {}
    for key, entry in entries.items():
        # The model's own longer guess ("Mitsubishi Tokyo") joins a found name later
        # (``_merge_model_variants``) and makes no second claim here.
        if " " in key and entry.kind() == "company" and entry.best.rule != rules.MODEL:
            opening.setdefault(key.split(" ", 1)[0], []).append(key)
    if not opening:
        return
    for key in [k for k in entries if " " not in k and k in opening]:
        entry = entries[key]
        if len(opening[key]) == 1 and _weak(entry) and entry.best.known is None:
            target = entries[opening[key][0]]
            for c, s in entries.pop(key).cands:
                target.add(c, s)


def _merge_after_acronym(entries: dict[str, _Entry]) -> None:
    """A name that exactly one other name of the article repeats after an acronym
    ("Security Council" beside "U.N. Security Council", "Commission" beside "EC
    Commission") is that organization: one sense per article."""
    longer: dict[str, list[str]] = {}
    for key, entry in entries.items():
        first, _, rest = entry.cands[0][1].strip().partition(" ")
        if rest and is_acronym(first):
            longer.setdefault(name_key(rest), []).append(key)
    for key in [k for k in entries if k in longer]:
        targets = longer[key]
        if len(targets) == 1 and targets[0] != key and targets[0] in entries:
            for c, s in entries.pop(key).cands:
                entries[targets[0]].add(c, s)


def _merge_renamed(entries: dict[str, _Entry], same: Iterable[tuple[int, int]]) -> None:
    """The organization of each pair's second mention joins the first's: a former or
    later name ("WorldCom, now known as MCI") is one organization with its other name."""
    if not same:
        return
    key_at = {c.start: key for key, entry in entries.items() for c, _ in entry.cands}
    for first, other in same:
        a, b = key_at.get(first), key_at.get(other)
        if a is None or b is None or a == b or a not in entries or b not in entries:
            continue
        merged = entries.pop(b)
        # Both names: either may end up the organization's name, the other an alias.
        entries[a].renamed += [entries[a].cands[0][1], merged.cands[0][1], *merged.renamed]
        for c, s in merged.cands:
            entries[a].add(c, s)
            key_at[c.start] = a


def _merge_model_variants(entries: dict[str, _Entry]) -> None:
    """A name only the model found that is another found name written otherwise joins
    it: its initials ("General Electric" beside the rules' "GE") or the same name with a
    letter or two more or less at its end ("Bank of American" beside "Bank of America",
    "Barclay" beside "Barclays"), or the first of two names joined into the found one
    ("Glaxo" beside "GlaxoSmithKline"). One sense per article."""
    models = [k for k, e in entries.items() if e.best.rule == rules.MODEL]
    if not models or len(models) == len(entries):
        return
    found = {k for k in entries if k not in models}
    shorter: dict[str, str] = {}  # a found key less one or two end letters -> the key
    for key in found:
        for cut in (1, 2):
            if len(key) - cut >= 4:
                shorter.setdefault(key[:-cut], key)
        # The first of two names joined into one word ("Glaxo" of "GlaxoSmithKline",
        # "Exxon" of "ExxonMobil"): the merged firm's short name.
        for word in {surface for _, surface in entries[key].cands if surface.isalpha()}:
            inner = next(
                (p for p in range(4, len(word) - 3) if word[p - 1].islower() and word[p].isupper()),
                0,
            )
            if inner:
                shorter.setdefault(name_key(word[:inner]), key)
    for key in models:
        bare = strip_legal_form(entries[key].cands[0][1])
        acronyms = {a.lower() for a in (initials(bare), _two_word_initials(bare)) if a}
        target = next((a for a in acronyms if a in found), None) or shorter.get(key)
        if target is None and len(key) >= 6:
            target = next((key[:-cut] for cut in (1, 2) if key[:-cut] in found), None)
        if target is not None and target != key:
            for c, surface in entries.pop(key).cands:
                entries[target].add(c, surface)


def _drop_lone_guesses(
    chosen: list[Candidate], entries: dict[str, _Entry], alone: set[int]
) -> list[Candidate]:
    """Without the model's guesses that have no support of their own and are named
    once: a name the article uses again is an organization's more often than not."""
    if not alone:
        return chosen
    lone = [k for k, e in entries.items() if len(e.cands) == 1 and id(e.cands[0][0]) in alone]
    if not lone:
        return chosen
    gone = {id(entries.pop(k).cands[0][0]) for k in lone}
    return [c for c in chosen if id(c) not in gone]


def _demonym_before(text: str, guess: Candidate, s: int, e: int) -> bool:
    """The guess is the found name [s, e) after one nationality word ("Libyan World
    Court"): an adjective before the name, not part of it."""
    head = text[guess.start : s]
    return e == guess.end and head.endswith(" ") and head.strip().lower() in lx.demonyms()


class _ModelMentions:
    """The model's chosen mentions by position, and those a found name beat."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._cands: list[Candidate] = []
        self.dropped: set[int] = set()  # ids of the beaten candidates

    def add(self, c: Candidate) -> None:
        self._starts.append(c.start)  # callers add in position order (chosen is sorted)
        self._cands.append(c)

    def overlapping(self, start: int, end: int) -> list[Candidate]:
        if not self._cands:
            return []
        i = bisect_left(self._starts, end) - 1
        out = []
        while i >= 0 and self._cands[i].end > start:  # mentions never overlap each other
            if id(self._cands[i]) not in self.dropped:
                out.append(self._cands[i])
            i -= 1
        return out

    def drop(self, c: Candidate, entries: dict[str, _Entry]) -> None:
        self.dropped.add(id(c))
        for key, entry in entries.items():
            kept = [(m, s) for m, s in entry.cands if m is not c]
            if len(kept) != len(entry.cands):
                if kept:
                    entry.cands = kept
                else:
                    del entries[key]
                return


def later_mentions(t: Tokens, taken: Blocked) -> list[detect.Person]:
    """A titled person's surname used alone later ("Kolar said"), outside ``taken``
    (organizations' names and titled people); the span keeps the full name and the
    title."""
    by_surname: dict[str, detect.Person] = {}
    for p in t.people:
        words = p.name.split()
        if len(words) >= 2 and words[-1][:1].isupper():
            by_surname.setdefault(words[-1], p)
    if not by_surname:
        return []
    out = []
    for s, e in rules.find_names(t.text, list(by_surname), detect.lower_text(t)):
        person = by_surname.get(t.text[s:e])  # case-sensitive: a name, not a word
        if person is None or taken.overlaps(s, e):
            continue
        out.append(detect.Person(s, e, person.name, person.title))
    return out


# Cues that say a whole multi-word name is a company's ("game operator Shanda Interactive
# Entertainment", "the Acme Widget holding company"): its first word alone is the same
# company later ("Shanda said").
_INTRO_RULES = frozenset({rules.INTRO_BEFORE, rules.INTRO_AFTER})


def _intro_openings(entries: dict[str, _Entry]) -> dict[str, str]:
    """The first words of names an introducing noun gave, each with its entry's key,
    when the word is a plain capitalized word that names no place, person or thing."""
    out: dict[str, str] = {}
    for key, entry in entries.items():
        for c, surface in entry.cands:
            words = surface.split()
            if c.rule not in _INTRO_RULES or len(words) < 2:
                continue
            first, low = words[0], words[0].lower()
            if (
                len(first) >= 3
                and first.isalpha()
                and first[0].isupper()
                and first[1:].islower()
                and words[1][:1].isupper()
                and not _generic(first)
                and low not in lx.places()
                and low not in lx.regions()
                and low not in lx.demonyms()
                and low not in lx.first_names()
                and low not in lx.TITLES
            ):
                out.setdefault(first, key)
    return out


def _name_goes_on(t: Tokens, end: int) -> bool:
    """A capitalized word follows the one ending at ``end``: a longer name goes on."""
    i = bisect_left(t.starts, end)
    return i < t.n and t.words[i][:1].isupper() and t.starts[i] == end + 1


def _sentence_word(t: Tokens, start: int, surface: str) -> bool:
    """The one-word name at ``start`` opens a sentence and the article writes it in lower
    case too: its capital says nothing."""
    i = bisect_right(t.starts, start) - 1
    return t.sent[i] and surface.lower() in detect.lower_words(t)


def _generic(form: str) -> bool:
    """A word that names no organization by itself ("Service", "National")."""
    low = form.lower()
    return low in lx.HEADS or low in lx.GENERIC_NAME_WORDS or low in lx.NOT_NAME_WORDS


# A place's span label: its rule id's second part ("place.city" -> "city").
_PLACE_LABELS = {
    rule: rule.split(".", 1)[1]
    for rule in (rules.PLACE_COUNTRY, rules.PLACE_CITY, rules.PLACE_DEMONYM)
}


class OrganizationExtractor(BatchedPipe):
    """Writes organizations, people and places (see the module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        in_skip = skip_test(doc)
        t = Tokens.from_doc(doc)
        t.people = detect.find_people(t)
        heads = detect.find_heads(t)
        found = heads + detect.find_legal_prefix(t) + detect.find_prefix_heads(t)
        known = find_known(t) + detect.find_gazetteer(t)
        found = absorb_known(found, known, t.text)
        found += detect.find_acronyms(t, found)
        found += detect.find_media(t) + detect.find_intro(t) + detect.find_employers(t)
        found += detect.find_gov_bodies(t) + detect.find_context(t)
        found += detect.find_speakers(t) + detect.find_ampersand(t) + detect.find_roles(t)
        # A statistical NER's entities; ``doc.ents`` reads the tags in one C loop where
        # ``has_annotation("ENT_IOB")`` steps a generator over every token.
        if doc.ents:
            found += find_model_orgs(doc, t, found)
        _know(found, known)
        found = [c for c in found if c.rule == rules.MEDIA_BYLINE or not in_skip(c.start, c.end)]
        found = detect.without_person_tail(t, found)
        found = inside_listed(detect.not_stock_indices(t, found))
        chosen = select(found)
        if any(c.rule == rules.MODEL for c in chosen):
            inner = inner_words(chosen, t.text)
            chosen = [
                c for c in chosen if c.rule != rules.MODEL or t.text[c.start : c.end] not in inner
            ]  # the model's "Coal" beside the rules' "UK Coal": a piece, not a name
        coordinated = detect.find_coordinated(t, chosen)
        if coordinated:
            chosen = select(chosen + coordinated)
        renamed, _ = detect.find_renames(t, chosen)
        if renamed:
            chosen = select(chosen + renamed)
        entries = self._group(t.text, chosen)
        chosen = self._recur(t, in_skip, chosen, entries)
        if renamed or detect.rename_cued(t):
            # Read again over every mention: "Formerly known as Worldcom, MCI" where both
            # names are later mentions of names found elsewhere.
            _merge_renamed(entries, detect.find_renames(t, chosen)[1])
        if doc.ents:
            chosen = _drop_lone_guesses(chosen, entries, unsupported(t))
        self._write(doc, t, chosen, entries)
        self._write_people_places(doc, t, in_skip, chosen)
        return doc

    def _group(self, text: str, chosen: list[Candidate]) -> dict[str, _Entry]:
        """One entry per name key; acronyms and known aliases join their full names."""
        entries: dict[str, _Entry] = {}
        alias_of: dict[str, str] = {}
        for c in chosen:
            surface = text[c.start : c.end]
            key = name_key(c.known.name if c.known else surface)
            key = alias_of.get(key, key)
            if key in entries:
                entries[key].add(c, surface)
            else:
                entries[key] = _Entry(c, surface)
            if c.acronym and name_key(c.acronym) != key:
                alias_of.setdefault(name_key(c.acronym), key)
        # Initials first: "GM" in a headline names General Motors before the article
        # spells it out, and the headline's own "GM" must not claim the form.
        for key, entry in list(entries.items()):
            for form in entry_initials(entry):
                if form.lower() != key or not _weak(entry):
                    alias_of.setdefault(form.lower(), key)  # "FDIC" for "Federal Deposit ..."
        for key, entry in list(entries.items()):
            for c, surface in entry.cands:
                first = surface.split()[0] if " " in surface.strip() else ""
                # The model's mention of a name the rules found adds no opening the
                # rules did not ("Barclays Capital" beside "Barclays": two firms).
                listed = c.rule in _OPENING_RULES and not _generic(first)
                listed = listed and (c.rule != rules.MODEL or entry.best.rule == rules.MODEL)
                opening = first if (is_acronym(first) and first.isalpha()) or listed else ""
                # "DPC" beside "DPC Acquisition Partners": the acronym opening a name
                for form in (*c.short, strip_legal_form(surface), c.bare or "", opening):
                    # A weakly found name leaves its own form free for a longer name
                    # ("DPC said" beside "DPC Acquisition Partners").
                    if form and (name_key(form) != key or not _weak(entry)):
                        alias_of.setdefault(name_key(form), key)
        for key in list(entries):
            target = alias_of.get(key)
            hops = 0
            while target is not None and target not in entries and hops < 3:
                target = alias_of.get(target)  # a name merged already: on to the one it joined
                hops += 1
            weak = _weak(entries[key])
            # A one-word short name ("Coleco") only absorbs weakly found mentions; a
            # longer one ("Statistics Office") is specific enough to merge any.
            safe = weak or entries[key].best.known is not None or " " in key
            if target and target != key and target in entries and safe:
                for c, s in entries.pop(key).cands:
                    entries[target].add(c, s)
        _merge_first_words(entries)
        _merge_after_acronym(entries)
        _merge_model_variants(entries)
        return entries

    def _recur(
        self,
        t: Tokens,
        in_skip: Callable[[int, int], bool],
        chosen: list[Candidate],
        entries: dict[str, _Entry],
    ) -> list:
        """Later mentions of a name introduced once (case variants, without legal form,
        the acronym)."""
        text = t.text
        forms: dict[str, str] = {}
        acronyms: dict[str, str] = {}
        surfaces: set[str] = set()
        for key, entry in entries.items():
            for form in entry.forms():
                if is_acronym(form):
                    acronyms.setdefault(form, key)
                else:
                    forms.setdefault(name_key(form), key)
                    surfaces.add(form)
            if acronym := entry.known_acronym():
                acronyms[acronym] = key
            for form in entry_initials(entry):
                acronyms.setdefault(form, key)
        openings = _intro_openings(entries)
        for form, key in openings.items():
            forms.setdefault(name_key(form), key)
            surfaces.add(form)
        taken = Disjoint()  # the chosen mentions never overlap each other (select)
        models: _ModelMentions | None = None
        for c in chosen:
            if c.rule != rules.MODEL:
                taken.add_if_free(c.start, c.end)
            else:
                models = models or _ModelMentions()
                models.add(c)
        added = []
        names = list(surfaces | set(acronyms))  # any order: find_names sorts by position
        for s, e in rules.find_names(text, names, detect.lower_text(t)):
            surface = text[s:e]
            if taken.overlaps(s, e) or in_skip(s, e):
                continue
            # A found name beats the model's guess that it cuts across or holds ("U.K.
            # Firm Cable" of "Cable and Wireless"); a longer guess holding it stays.
            beaten = models.overlapping(s, e) if models is not None else None
            if beaten and any(
                m.start <= s and e <= m.end and not _demonym_before(text, m, s, e) for m in beaten
            ):
                continue
            if surface in acronyms:
                key = acronyms[surface]
                if name_key(entries[key].name()) != name_key(surface):
                    entries[key].acronym = surface
            elif surface[:1].isupper() and not is_acronym(surface):
                key = forms.get(name_key(surface))
                if key is not None and " " not in surface and _sentence_word(t, s, surface):
                    key = None  # "Steel prices rose" beside "... Steel Co.": the word
                elif surface in openings and _name_goes_on(t, e):
                    key = None  # "Virgin Atlantic" beside "Virgin Blue": another name
            else:
                key = None
            if key is None or _instrument(text, e, entries[key].kind()):
                continue
            if beaten:
                for m in beaten:
                    models.drop(m, entries)  # type: ignore[union-attr]
                if key not in entries:
                    continue  # the name was that guess's own
            cand = Candidate(s, e, rules.RECUR, entries[key].kind())
            entries[key].add(cand, surface)
            added.append(cand)
            taken.add_if_free(s, e)
        if models is not None and models.dropped:
            chosen = [c for c in chosen if id(c) not in models.dropped]
        return sorted(chosen + added, key=lambda c: c.start)

    def _write(self, doc: Doc, t: Tokens, chosen: list, entries: dict[str, _Entry]) -> None:
        orgs: list[Organization] = []
        spans: list[Span] = []
        for entry in entries.values():
            name = entry.name()
            aliases: list[str] = []
            seen = {name.lower(), (entry.acronym or "").lower()}
            for form in entry.renamed:  # "MCI" beside "WorldCom": a name, not initials
                if form.lower() not in seen:
                    seen.add(form.lower())
                    aliases.append(form)
            in_order = sorted(entry.cands, key=lambda x: x[0].start)
            for c, surface in in_order:
                for form in (" ".join(surface.split()), c.bare):
                    if form and form.lower() not in seen and not is_acronym(form):
                        seen.add(form.lower())
                        aliases.append(form)
            # The mentions as plain dicts: the Organization validates them into
            # ``Mention`` models in its own (one) validation call.
            mentions = [{"text": surface, "span": (c.start, c.end)} for c, surface in in_order]
            orgs.append(
                Organization(
                    name=name,
                    acronym=entry.acronym,
                    aliases=aliases,
                    mentions=mentions,  # type: ignore[arg-type]
                    kind=entry.kind(),  # type: ignore[arg-type]
                )
            )
            for c, _ in entry.cands:
                span = t.char_span(doc, c.start, c.end, "ORG", c.rule)
                if span is not None:
                    spans.append((span, name))
        orgs.sort(key=lambda o: o.mentions[0].span if o.mentions else (0, 0))
        set_spans(
            doc, SPANS_ORGS, "org", sorted(spans, key=lambda pair: (pair[0].start, pair[0].end))
        )
        doc._.organizations = orgs

    def _write_people_places(
        self, doc: Doc, t: Tokens, in_skip: Callable[[int, int], bool], chosen: list
    ) -> None:
        people = []
        taken = Blocked([(c.start, c.end) for c in chosen] + [(p.start, p.end) for p in t.people])
        later = later_mentions(t, taken)
        for group, rule in ((t.people, rules.PERSON_TITLED), (later, rules.PERSON_LATER)):
            for p in group:
                if in_skip(p.start, p.end):
                    continue
                span = t.char_span(doc, p.start, p.end, p.title, rule)
                if span is not None:
                    people.append((span, p.name))
        set_spans(
            doc,
            SPANS_PEOPLE,
            "person",
            sorted(people, key=lambda pair: (pair[0].start, pair[0].end)),
        )
        # Later mentions lie outside ``taken``: their own few ranges are tested apart.
        later_taken = Blocked((p.start, p.end) for p in later)
        places = []
        for p in detect.find_places(t):
            if taken.overlaps(p.start, p.end) or later_taken.overlaps(p.start, p.end):
                continue
            if in_skip(p.start, p.end):
                continue
            span = Span(doc, *p.tokens, label=_PLACE_LABELS[p.rule], span_id=p.rule)
            places.append((span, p.name))
        set_spans(doc, SPANS_PLACES, "place", places)


@Language.factory(
    "factex_organizations",
    requires=["token.is_sent_start", "doc._.skip"],
    assigns=["doc.spans", "doc._.organizations", "span._.org", "span._.person", "span._.place"],
)
def make_organizations(nlp: Language, name: str) -> OrganizationExtractor:
    """Factory of the ``factex_organizations`` component."""
    return OrganizationExtractor(nlp, name)
