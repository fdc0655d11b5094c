"""The ``factex_events`` component: meetings, visits, signings, openings...

Per sentence: find triggers (``rules.TRIGGERS``, ``rules.NAMED_EVENTS``), then fill each
event from the upstream mentions of the same sentence: its date from the nearest period
not claimed by another trigger, participants, location, money and quantities. Finally a
later mention of an event already seen ("During the meeting", "the contracts were signed")
is merged into it, so one real-world event is one ``Event``.

Over 600 lines because filling a trigger's slots (participants, date, place, money, a
company or person referred back) reads one sentence's state; the fillers sit together.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc

from factex.doc import BatchedPipe, skip_test, text_of
from factex.events import rules
from factex.events.draft import Draft
from factex.events.lexicon import (
    DOCUMENTS,
    LOCATION_PREPOSITIONS,
    NOT_EVENT_NAMES,
    VISIT_PREPOSITIONS,
)
from factex.events.merge import resolve
from factex.events.people import People
from factex.extensions import SPANS_EVENTS, set_doc_value, set_spans
from factex.mentions import (
    MENTIONS_REQUIRE,
    ArticleMentions,
    Mention,
    Sentence,
    both_sides,
    gather,
    shared,
    unique,
)
from factex.models import Quantity
from factex.names import norm_name
from factex.patterns import lowers_simply

# "in the Belarusian capital ": a preposition and up to two words, up to a place.
# (not past "with": "is in talks with Japan" names a side, not a place)
_AFTER_PREPOSITION = r"\s+(?:the\s+)?(?:(?!with\s|against\s|between\s)[a-z][\w-]*\s+){0,2}$"
_LOCATION_PREP = re.compile(rf"\b(?:{'|'.join(LOCATION_PREPOSITIONS)}){_AFTER_PREPOSITION}")
_VISIT_PREP = re.compile(rf"\b(?:{'|'.join(VISIT_PREPOSITIONS)}){_AFTER_PREPOSITION}")
# What a visit verb's object is separated by: "visited Tokyo", "visit the plant".
_VISITED = re.compile(r"\s+(?:the\s+)?")
# ... and a tour's: where it went ("a tour of Southeast Asia").
_TOUR_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|i|an)$")
_MAX_DATE_DISTANCE = 200  # characters between a trigger and the period that dates it
_NAMED_CONTEXT = 100  # characters after a named event's name kept to find its place named
# Periods and places are looked for this far (characters) from a trigger: beyond the
# distances that can date or place it (``_MAX_DATE_DISTANCE``, 120), whatever their length.
_NEAR = 400
_START = attrgetter("start")  # (``bisect`` key of mentions)
# "visit Japan since President Reagan announced last week": a period after a "since"
# clause dates that clause's verb, not the trigger before it.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w.’'-]+\s+)+", re.IGNORECASE)


# ---------------------------------------------------------------- triggers


_TRIGGER_GROUPS = ("t", "t2", "t3", "t4")  # alternatives of a pattern each name their trigger
# How far back (characters) a trigger's ``not_after`` looks: as far as its longest reach,
# "speculation that" and a clause of up to 60 characters ("amid speculation that two of
# Japan's biggest financial companies will merge")
_NOT_AFTER_REACH = 100


def _trigger_span(m: re.Match[str]) -> tuple[int, int]:
    """The trigger of a match: its first trigger group that took part, else the match."""
    groups = m.re.groupindex
    for g in _TRIGGER_GROUPS:
        if g in groups and m.start(g) >= 0:
            return m.span(g)
    return m.span()


_LAST_NAME_WORD = re.compile(r"\b[A-Z][a-z]{3,}$")


def _clipped_org(before: str, article: ArticleMentions | None) -> bool:
    """Whether ``before`` ends in a clipped one-word organization name the article names
    in full ("Yugansk" for Yuganskneftegas), which the organizations room leaves unmarked."""
    m = _LAST_NAME_WORD.search(before)
    if m is None or article is None:
        return False
    word = m.group()
    return any(
        o.text.startswith(word) and len(o.text) > len(word) and " " not in o.text
        for s in article.sentences
        for o in s.of_kind("org")
    )


def _org_at(sent: Sentence, between: re.Match[str] | None) -> str | None:
    """The organization that starts where ``between`` (a match in the sentence) ends."""
    if between is not None:
        at = sent.start + between.end()
        for m in sent.of_kind("org"):
            if m.start == at:
                return m.name
    return None


def _bidder(sent: Sentence, s: int, e: int) -> str | None:
    """The company a bid noun (sentence offsets ``s``-``e``) names as its bidder
    (``rules.BIDDER_AFTER``, ``BIDDER_POSSESSIVE``, ``BIDDER_ITS``), else None."""
    text, orgs = sent.text, sent.of_kind("org")
    named = _org_at(sent, rules.BIDDER_AFTER.match(text, e))
    if named is not None:
        return named
    for m in orgs:
        end = sent.local(m.end)
        if end <= s and rules.BIDDER_POSSESSIVE.match(text[end:s]):
            return m.name
    before = [m for m in orgs if sent.local(m.end) <= s]
    if before and rules.BIDDER_ITS.search(text, max(0, s - 60), s):
        return before[-1].name
    return None


def find_triggers(
    sent: Sentence, present: frozenset[str] | None = None, article: ArticleMentions | None = None
) -> list[Draft]:
    """The event triggers of one sentence, in text order, overlaps removed.

    ``present``: the stems in the sentence (``rules.stems_in``), if already known;
    ``article``: the article's mentions (for a clipped name, ``_clipped_org``).
    """
    found: list[Draft] = []
    text = sent.text
    if present is None:
        present = rules.stems_in(sent.lowered)
    org_starts: set[int] | None = None  # where organization mentions start (asked rarely)
    org_ends: set[int] | None = None  # ... and where they end
    # the lower-cased copy, for the patterns' case-sensitive twins (same offsets)
    lowered = sent.lowered if lowers_simply(text, sent.lowered) else None
    for trigger in rules.triggers_gated_by(present):
        if lowered is not None and trigger.lowered is not None:
            found_in = trigger.lowered.finditer(lowered)
        else:
            found_in = trigger.pattern.finditer(text)
        for m in found_in:
            s, e = _trigger_span(m)
            if text[s:e].isupper():
                continue  # a headline in capitals repeats the story; its words are no mention
            if lowered is not None and trigger.not_after_lowered is not None:
                not_after, before = trigger.not_after_lowered, lowered
            else:
                not_after, before = trigger.not_after, text
            if not_after and not_after.search(before, max(0, s - _NOT_AFTER_REACH), s):
                continue
            if trigger.org_after:
                if org_starts is None:
                    org_starts = {m.start for m in sent.of_kind("org")}
                if sent.start + m.end() not in org_starts:
                    continue
            if trigger.org_before:
                if org_ends is None:
                    org_ends = {m.end for m in sent.of_kind("org")}
                if sent.start + m.start() not in org_ends and not _clipped_org(
                    text[: m.start()], article
                ):
                    continue
            draft = Draft(trigger.type, trigger.id, sent.start + s, sent.start + e, text[s:e])
            draft.sentence = sent.start
            draft.before = (text, s)
            if trigger.type == "other":
                draft.onward = rules.ONWARD.search(text, max(0, s - 40), s) is not None
                draft.fresh = rules.FRESH_OBJECT.match(text, e) is not None
                between = rules.OWN_ORG_BETWEEN.match(text, e)
                if between is not None:
                    if org_starts is None:
                        org_starts = {m.start for m in sent.of_kind("org")}
                    draft.own_org = sent.start + between.end() in org_starts
                word = text[s:e].lower().rsplit(None, 1)[-1]
                if word in rules.BID_NOUNS:
                    draft.bidder = _bidder(sent, s, e)
                elif word.startswith("merg"):
                    draft.bidder = _org_at(sent, rules.MERGER_PARTNER.match(text, e))
            if trigger.type in ("meeting", "visit"):
                draft.also = rules.ALSO_BEFORE.search(text, max(0, s - 40), s) is not None
            if trigger.type in ("other", "meeting"):
                draft.recap = rules.DURATION_NAMED.search(text, max(0, s - 30), s) is not None
            draft.the = text[max(0, s - 4) : s].lower() == "the "
            found.append(draft)
    found += find_named_events(sent, present)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[Draft] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        # "Leaders met for the World Economic Forum": the meeting is the named event
        if out and d.name is not None and out[-1].rule == "event.met":
            between = sent.text[sent.local(out[-1].end) : sent.local(d.start)]
            if rules.MET_FOR_NAMED.fullmatch(between):
                out.pop()
        # "the World Economic Forum, which meets in Davos", "the G20 summit in Buenos
        # Aires": the named event meeting, no meeting of its own
        if out and d.type == "meeting" and out[-1].name is not None:
            between = sent.text[sent.local(out[-1].end) : sent.local(d.start)]
            if rules.NAMED_THEN_MEETING.fullmatch(between):
                continue
        out.append(d)
    return out


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and words[0].lower() in NOT_EVENT_NAMES:
        words.pop(0)
    if not words:
        return None
    return " ".join(words)


def find_named_events(sent: Sentence, present: frozenset[str] | None = None) -> list[Draft]:
    """Named exhibitions, fairs, forums ("exhibitions Hannover Messe and Agritechnica").

    ``present``: the stems in the sentence (``rules.stems_in``), if already known.
    """
    if present is None:
        present = rules.stems_in(sent.lowered)
    entity_names: set[str] | None = None
    out = []
    for named in rules.NAMED_EVENTS:
        if present.isdisjoint(named.stems):
            continue
        if entity_names is None:
            entity_names = {m.text for m in sent.of_kind("place", "person")}
        pattern, rule_id = named.pattern, named.id
        for m in rules.find_named(named, sent.text):
            for group in ("a", "b"):
                if group not in pattern.groupindex or m.group(group) is None:
                    continue
                raw = m.group(group)
                name = _clean_name(raw)
                if not name or name in entity_names or len(name) < 3:
                    continue
                offset = m.start(group) + raw.index(name)
                start = sent.start + offset
                if offset == 0 and " " not in name and rule_id != "event.named_capitalized":
                    continue  # a lone sentence-initial capital is no name
                draft = Draft("other", rule_id, start, start + len(name), name)
                draft.name = norm_name(name)
                draft.sentence = sent.start
                draft.the = sent.text[max(0, offset - 4) : offset].lower() == "the "
                end = offset + len(name)
                draft.context = sent.text[end : end + _NAMED_CONTEXT]
                out.append(draft)
    return out


# ---------------------------------------------------------------- fields


def _distance(sent: Sentence, lo: int, hi: int, *, before: bool) -> int:
    """How far a mention is from a trigger: what precedes the trigger counts double, and
    a comma between them (another clause) counts as far away."""
    gap = hi - lo
    if before:
        gap *= 2
    if "," in sent.text[sent.local(lo) : sent.local(hi)]:
        gap += _MAX_DATE_DISTANCE // 2
    return gap


def _opens_sentence(sent: Sentence, period: Mention, first_trigger: int) -> bool:
    """A fronted time phrase ("On October 3, ...") that scopes every trigger after it
    (``first_trigger``: where the sentence's first trigger starts)."""
    if first_trigger < period.end:
        return False
    after = sent.text[sent.local(period.end) :]
    start = sent.local(period.start)
    if _relative_clause_in(sent, max(0, start - 80), start):
        return False  # "The firm, which floated in 2003, ...": the clause's own date
    return start <= 12 or after.lstrip().startswith(",")


def _period_claims(sent: Sentence, drafts: list[Draft]) -> None:
    """Date each trigger with the nearest period of its sentence that no other trigger
    lies in front of; a period opening the sentence dates every trigger after it."""
    periods = [
        p
        for p in sent.of_kind("period")
        if not rules.COMPARISON_BASE.search(
            sent.text, max(0, sent.local(p.start) - 80), sent.local(p.start)
        )
    ]
    if not periods:
        return
    first = min(d.start for d in drafts)
    opening = [p for p in periods if _opens_sentence(sent, p, first)]
    starts = sorted(d.start for d in drafts)
    for d in drafts:
        best = None
        # only a period near the trigger can date it (periods are in text order)
        near = bisect_left(periods, d.start - _NEAR, key=_START)
        for p in periods[near : bisect_right(periods, d.end + _MAX_DATE_DISTANCE, key=_START)]:
            lo, hi = (p.end, d.start) if p.end <= d.start else (d.end, p.start)
            if bisect_left(starts, hi) > bisect_left(starts, lo):
                continue  # another trigger lies between them
            if p.start >= d.end and _SINCE_CLAUSE.search(sent.text, sent.local(lo), sent.local(hi)):
                continue
            if p.start >= d.end and _reported_between(sent, d, lo, hi):
                continue
            if p.end <= d.start and rules.CONJUNCT_BETWEEN.search(
                sent.text, sent.local(lo), sent.local(hi)
            ):
                continue
            if _in_other_clause(sent, p, d):
                continue
            if d.type in ("meeting", "visit") and rules.DATED_DOCUMENT.match(
                sent.text, sent.local(p.end)
            ):
                continue  # "met ... to discuss violations of a September 1986 agreement"
            distance = _distance(sent, lo, hi, before=p.end <= d.start)
            if distance <= _MAX_DATE_DISTANCE and (best is None or distance < best[0]):
                best = (distance, p)
        if best is not None:
            d.period = best[1]
        elif opening:
            d.period = opening[0]


def _reported_between(sent: Sentence, d: Draft, lo: int, hi: int) -> bool:
    """Whether a clause reported by a verb of saying opens between the trigger and a
    period after it (``rules.REPORTED_AFTER``, ``rules.AUDIENCE_OF``)."""
    lo, hi = sent.local(lo), sent.local(hi)
    if "that" not in sent.lowered[lo:hi]:
        return False  # (no reported clause: most triggers)
    if rules.REPORTED_AFTER.search(sent.text, lo, hi):
        return True
    start = sent.local(d.start)
    return bool(
        rules.THAT.search(sent.text, lo, hi)
        and rules.AUDIENCE_OF.search(sent.text, max(0, start - 60), start)
    )


def _in_other_clause(sent: Sentence, period: Mention, d: Draft) -> bool:
    """Whether ``period`` lies in a relative clause the trigger is not in: "The firm,
    which floated in 2003, announced a deal"; "a deal with X, which was founded in 2003"."""
    if period.end <= d.start:
        start = sent.local(period.start)
        between = sent.text[sent.local(period.end) : sent.local(d.start)]
        return "," in between and _relative_clause_in(sent, max(0, start - 80), start)
    if _OWN_RELATIVE.match(sent.text, sent.local(d.end)):
        return False  # "The talks, which began in Geneva on Monday": the trigger's own clause
    return _relative_clause_in(sent, sent.local(d.end), sent.local(period.start))


# A relative clause right after the trigger noun is part of its noun phrase.
_OWN_RELATIVE = re.compile(r"\s*,\s*which\s")


def _relative_clause_in(sent: Sentence, lo: int, hi: int) -> bool:
    """Whether a relative clause ("which floated", "who") opens in ``sent.text[lo:hi]``."""
    if "which" not in sent.lowered and "who" not in sent.lowered:
        return False  # (no relative pronoun: most sentences)
    return rules.RELATIVE_CLAUSE.search(sent.text, lo, hi) is not None


def _is_adjective(m: Mention) -> bool:
    """A demonym used as an adjective ("Peruvian capital"): not a location."""
    return m.text != m.name and bool(_DEMONYM_END.search(m.text))


def _after_preposition(
    sent: Sentence, at: int, seen: dict[tuple[int, bool], bool], *, visit: bool
) -> bool:
    """Whether "in/at" (for a visit also "to/for"), and up to two words, ends at offset
    ``at`` of the sentence; ``seen`` keeps the answers, so each place is looked at once
    whatever asks."""
    found = seen.get((at, visit))
    if found is None:
        prep = _VISIT_PREP if visit else _LOCATION_PREP
        found = seen[at, visit] = bool(prep.search(sent.text, max(0, at - 80), at))
    return found


def _visited(sent: Sentence, d: Draft, at: int) -> bool:
    """Whether the place at offset ``at`` of the sentence is what a visit trigger visits:
    its object ("visited Tokyo"), or after "of" a tour ("a tour of Southeast Asia")."""
    end = sent.local(d.end)
    if _VISITED.fullmatch(sent.text, end, at):
        return True
    return d.text.lower() == "tour" and _TOUR_OF.fullmatch(sent.text, end, at) is not None


def _location(
    sent: Sentence, d: Draft, candidates: list[Mention], seen: dict[tuple[int, bool], bool]
) -> str | None:
    """The place after "in/at" (visits: "to/for") nearest the trigger (for visits, an
    organization too).

    ``candidates``: the sentence's places and organizations that can be a location (no
    media, no demonym used as an adjective); ``seen``: ``_after_preposition``'s answers
    for this sentence so far.
    """
    kinds = ("place", "org") if d.type == "visit" else ("place",)
    best = None
    # only a mention near the trigger can be its location (candidates are in text order)
    near = bisect_left(candidates, d.start - _NEAR, key=_START)
    for m in candidates[near : bisect_right(candidates, d.end + _NEAR, key=_START)]:
        if m.kind not in kinds:
            continue
        at = sent.local(m.start)
        visited = d.type == "visit" and _visited(sent, d, at)
        if not visited and not _after_preposition(sent, at, seen, visit=d.type == "visit"):
            continue
        if m.start >= d.end:
            distance = _distance(sent, d.end, m.start, before=False)
        else:
            distance = _distance(sent, m.end, d.start, before=True)
        if distance > 120:
            continue
        if best is None or distance < best[0]:
            best = (distance, m.name, m.kind)
    if best is None:
        return None
    d.location_kind = best[2]
    return best[1]


def _money(sent: Sentence) -> list:
    return [
        m.value
        for m in sent.of_kind("money")
        if rules.MONEY_LINK.search(
            sent.text[max(0, sent.local(m.start) - 40) : sent.local(m.start)]
        )
    ]


def _quantities(sent: Sentence) -> list[Quantity]:
    taken = [(sent.local(m.start), sent.local(m.end)) for m in sent.of_kind("money", "period")]
    out = []
    for m in rules.QUANTITY.finditer(sent.text):
        s, e = m.span("q")
        if m.group("u") in rules.QUANTITY_UNITS_EXCLUDED or any(a < e and s < b for a, b in taken):
            continue
        out.append(
            Quantity(
                text=m.group("q"),
                span=(sent.start + s, sent.start + e),
                value=float(m.group("n").replace(",", "")),
                unit=m.group("u"),
            )
        )
    return out


def _document(sent: Sentence) -> re.Match[str] | None:
    """The first signed document the sentence names ("memorandum", "contracts")."""
    return rules.DOCUMENT.search(sent.text)


def _fill(
    sent: Sentence, drafts: list[Draft], ctx: ArticleMentions, people: Sequence[str] = ()
) -> None:
    """Give each trigger of ``sent`` its date, participants (``people``: those no
    upstream mention names, ``events.people``), location, money and quantities."""
    _period_claims(sent, drafts)
    entities = [m for m in sent.of_kind("place", "org", "person") if m.name not in ctx.media]
    names = [m.name for m in entities]
    both = ctx.countries if ctx.countries and both_sides(sent.text) else []
    # what only signings and openings take, looked for only when there is one
    types = {d.type for d in drafts}
    signing = "signing" in types
    doc_match = _document(sent) if signing else None
    money = _money(sent) if signing or "opening" in types or "other" in types else []
    quantities = _quantities(sent) if signing else []
    locations = [m for m in entities if m.kind != "person" and not _is_adjective(m)]
    participants = unique(names + list(people) + both)
    orgs = {m.name for m in entities if m.kind == "org"}
    persons = {m.name for m in entities if m.kind == "person"} | set(people)
    after_preposition: dict[tuple[int, bool], bool] = {}
    for d in drafts:
        d.participants = participants.copy()
        d.orgs = orgs.copy()  # (a merge adds to it in place)
        d.persons = persons.copy()
        d.location = _location(sent, d, locations, after_preposition)
        if d.type == "meeting":
            body = rules.MEETING_BODY.match(sent.text, sent.local(d.end))
            if body and body.group("body")[0].islower():
                d.participants = unique([*d.participants, body.group("body").title()])
        if d.type == "signing":
            if doc_match:
                word = doc_match.group().lower()
                d.document = DOCUMENTS.get(word, word)
                before = sent.text[max(0, doc_match.start() - 12) : doc_match.start()]
                if doc_match.start() > sent.local(d.end) and rules.THE_DOCUMENT.search(before):
                    d.definite = True  # "signed the accord": the one already mentioned
                wider = sent.text[max(0, doc_match.start() - 30) : doc_match.start()]
                d.another = rules.ANOTHER_DOCUMENT.search(wider) is not None
            d.money = money
            d.quantities = quantities
        elif d.type == "opening" or (d.type == "other" and d.name is None):
            d.money = money  # a company transaction's price ("bought X for $9 billion")


def _document_again(sent: Sentence) -> list[Draft]:
    """A signed document named again with its value ("The deal, worth $37 billion"), as
    a reference: its money goes to the signing already found."""
    m = rules.THE_DOCUMENT_AGAIN.search(sent.text)
    if m is None or not _money(sent):
        return []
    s, e = m.span("doc")
    word = m.group("doc").lower()
    draft = Draft("signing", "event.document_again", sent.start + s, sent.start + e, m["doc"])
    draft.definite, draft.reference = True, True
    draft.document = DOCUMENTS.get(word, word)
    return [draft]


_REFER_BACK = 3  # sentences "the firm" may look back for the company it names
_COMPANY_REACH = 300  # characters before a trigger where "the firm" may stand


def _company_referred_back(ctx: ArticleMentions, i: int, drafts: list[Draft]) -> None:
    """Give a company transaction, signing or founding whose side is named only as "the
    firm" (no organization before its trigger in the sentence) the organization named
    last in the sentences before (guidelines §4: resolve coreference)."""
    sent = ctx.sentences[i]
    for d in drafts:
        if (d.type not in ("other", "signing") and d.rule != "event.founded") or d.name is not None:
            continue
        before = sent.text[: sent.local(d.start)]
        # (a bounded look-back: one long sentence of many triggers stays linear)
        company = rules.THE_COMPANY.search(before, max(0, len(before) - _COMPANY_REACH))
        if company and company["s"] and before[company.end() :].strip():
            company = None  # (a possessive of another noun than the trigger)
        if company is None:
            # ("came with its purchase of Japan Telecom": the company's own transaction)
            company = rules.ITS_BEFORE.search(before, max(0, len(before) - 60))
        it = company is None and i > 0 and rules.IT_SUBJECT.match(before) is not None
        if company is None and not it and i > 0 and rules.ITS_OPENING.match(before):
            # "Its recent return came with the purchase of Japan Telecom": the subject of
            # the sentence before, unless a company is named before the trigger
            orgs = sent.of_kind("org")  # (in text order)
            it = not orgs or orgs[0].start >= d.start
        if company is None and not it and i > 0 and d.type == "signing":
            _object_it(ctx, i, d)
            continue
        if company is None and not it:
            continue
        cut = sent.start + (company.start() if company else 0)
        if any(m.start < cut for m in sent.of_kind("org")):
            continue  # ("Fiat said the firm ...": the name is in the sentence)
        if it:
            # "It": the subject of the sentence before, when that is an organization
            first = ctx.sentences[i - 1].of_kind("place", "org", "person")
            if first and first[0].kind == "org" and first[0].name not in ctx.media:
                _add_side(d, first[0].name)
            continue
        for earlier in ctx.sentences[max(0, i - _REFER_BACK) : i][::-1]:
            orgs = [m.name for m in earlier.of_kind("org") if m.name not in ctx.media]
            if orgs:
                _add_side(d, orgs[-1])
                break


# "He"/"She" opening a sentence: the person named last before it (guidelines §4: resolve
# coreference).
# ... or a quotation it closes: "We have been very specific," he told a news conference.
# (its opening mark may end the sentence before: spaCy's sentencizer puts it there)
_HE_OPENING = re.compile(r"\s*(?:He|She)\s|\s*[\"“]?[^\"“”]{1,400}[\"”],?\s+(?:he|she)\s")


def _person_referred_back(ctx: ArticleMentions, i: int, drafts: list[Draft]) -> None:
    """Give an event whose sentence names no one (but where it is) and opens with "He" or
    "She" ("He told a press conference the government planned ...") or a quotation "he"
    closes, the first person of the nearest sentence before that names one (up to
    ``_REFER_BACK``): the subject, whom "he" goes on telling about ("Baldrige said he hopes
    Nakasone will ... with President Reagan" ... '"...," he told a news conference')."""
    if i == 0 or not _HE_OPENING.match(ctx.sentences[i].text):
        return
    empty = [d for d in drafts if all(p == d.location for p in d.participants)]
    if not empty:
        return
    for earlier in ctx.sentences[max(0, i - _REFER_BACK) : i][::-1]:
        people = earlier.of_kind("person")
        if people:
            for d in empty:
                d.participants = [people[0].name, *d.participants]
            return


def _object_it(ctx: ArticleMentions, i: int, d: Draft) -> None:
    """A signing's other side named only as "it" after the trigger, in its clause ("Its
    bosses said GM had agreed a deal with it"): the subject of the sentence before, when
    that is an organization and this sentence names at most one other (the signer)."""
    sent = ctx.sentences[i]
    end = sent.local(d.end)
    clause = sent.text[end : end + 80].split(",", 1)[0]
    if rules.IT_OBJECT.search(clause) is None:
        return
    orgs = {m.name for m in sent.of_kind("org")}
    first = ctx.sentences[i - 1].of_kind("place", "org", "person")
    if len(orgs) > 1 or not first or first[0].kind != "org" or first[0].name in ctx.media:
        return
    if first[0].name not in orgs:
        _add_side(d, first[0].name)


def _add_side(d: Draft, org: str) -> None:
    d.participants = unique([org, *d.participants])
    d.orgs.add(org)


# A headline: a line with no end punctuation, a paragraph of its own, among the article's
# first lines (after a dateline).
_HEADLINE_END = re.compile(r"[^.!?:;\"'”’)]\n[ \t]*\n")


def _headline(ctx: ArticleMentions, text: str) -> int | None:
    """The index of the headline among ``ctx.sentences`` (the first or second), if any."""
    for i, sent in enumerate(ctx.sentences[:2]):
        if _HEADLINE_END.match(text, sent.end - 1) and len(sent.text.split()) <= 15:
            return i
    return None


def extract_events(doc: Doc, ctx: ArticleMentions | None = None) -> list[Draft]:
    """Every event of ``doc`` (as drafts, in text order)."""
    ctx = ctx or gather(doc)
    in_skip = skip_test(doc)
    drafts: list[Draft] = []
    people: People | None = None  # made for the first sentence with an event
    headline = _headline(ctx, text_of(doc))
    for i, sent in enumerate(ctx.sentences):
        present = rules.stems_in(sent.lowered)
        found = []
        if present:  # (no stem of any rule: no trigger, as in most sentences)
            found = [d for d in find_triggers(sent, present, ctx) if not in_skip(d.start, d.end)]
        if not found and drafts and sent.of_kind("money"):
            found = _document_again(sent)
        if found:
            people = people or People(ctx)
            _fill(sent, found, ctx, people.in_sentence(sent))
            _company_referred_back(ctx, i, found)
            _person_referred_back(ctx, i, found)
            if i == headline:
                for d in found:
                    d.headline = True
            drafts += found
    return resolve(drafts)


class EventExtractor(BatchedPipe):
    """Writes ``doc.spans["factex_events"]`` (triggers) and ``doc._.events``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        events, spans = [], []
        for d in extract_events(doc, shared(doc)):
            event = d.to_event()
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None:
                spans.append((span, event))
            events.append(event)
        set_spans(doc, SPANS_EVENTS, "event", spans)
        set_doc_value(doc, "events", events)
        return doc


@Language.factory(
    "factex_events",
    requires=list(MENTIONS_REQUIRE),
    assigns=["doc.spans", "doc._.events", "span._.event", "doc._.mentions"],
)
def make_events(nlp: Language, name: str) -> EventExtractor:
    """Factory of the ``factex_events`` component."""
    return EventExtractor(nlp, name)
