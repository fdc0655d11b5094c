"""What the upstream rooms found, gathered once per Doc for the events and facts rooms.

Shared by both rooms (neither imports the other): ``Mention``, ``Sentence``,
``ArticleMentions`` and ``gather``; ``shared``/``release`` pass one ``ArticleMentions``
from the events component to the facts component through ``doc._.mentions``; and
``both_sides`` ("both countries", "bilateral"), which both rooms read the same way.

The events and facts components read money (``span._.money``), periods
(``span._.period``), organizations (``span._.org``), people (``span._.person``) and places
(``span._.place``) from their span groups. ``gather`` turns them into plain ``Mention``
records in text order and buckets them by sentence, so the rules work on character
offsets within one sentence and never rescan the whole document.

When no places room ran (the span group is absent), country names are found with a
pycountry-built matcher, so the components still work in a pipeline of their own.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from factex.doc import skip_test, text_of
from factex.extensions import SPANS_PLACES, doc_value, set_doc_value, values_by_span

# Kinds of mention an entity can be (participants, parties, locations).
ENTITY_KINDS = ("place", "org", "person")


class Mention(NamedTuple):
    """One upstream mention: where it is, what kind, its canonical name or value.

    A named tuple: made for every upstream span of every document, and a tuple is
    made several times faster than a frozen dataclass.
    """

    start: int
    end: int
    kind: str  # place | org | person | money | period
    name: str = ""  # canonical name (entities) or the text (money, periods)
    value: Any = None  # Money / Period model for money and periods
    text: str = ""


#: What ``gather`` reads: the components that read the mentions (events, facts) require it.
MENTIONS_REQUIRE = (
    "token.is_sent_start",
    "doc._.skip",
    "doc._.organizations",
    "doc.spans",
    "span._.money",
    "span._.period",
    "span._.org",
    "span._.person",
    "span._.place",
)


@dataclass
class Sentence:
    """A sentence's character range and the mentions inside it."""

    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    # ``text.lower()``: every sentence needs it (the trigger stems), so it is made
    # up front; a ``cached_property`` costs a lock and a descriptor call per sentence.
    lowered: str = field(init=False)
    # ``of_kind``'s answers by the kinds asked for (both rooms ask the same few)
    _kinds: dict[tuple[str, ...], tuple[Mention, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.lowered = self.text.lower()
        self._kinds = {}

    def of_kind(self, *kinds: str) -> tuple[Mention, ...]:
        """The mentions of the given kinds, in text order."""
        found = self._kinds.get(kinds)
        if found is None:
            found = self._kinds[kinds] = tuple([m for m in self.mentions if m.kind in kinds])
        return found

    def local(self, offset: int) -> int:
        """A document offset as an offset into ``self.text``."""
        return offset - self.start


@dataclass
class ArticleMentions:
    """Sentences with their mentions, and article-level facts both rooms need."""

    sentences: list[Sentence]
    countries: list[str]  # the (up to two) countries the article is mostly about
    media: frozenset[str]  # canonical names of media organizations (sources, not actors)


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased names of every country pycountry knows (name, common, official), and
    the canonical names places are reported by where pycountry spells them otherwise
    ("Turkey", "Russia", former states: ``data/country_names.tsv``).

    >>> "chile" in country_names(), "santiago" in country_names(), "turkey" in country_names()
    (True, False, True)
    """
    import pycountry

    from factex.organizations.lexicon.gazetteers import country_canonical_names

    names = {name.lower() for name in country_canonical_names().values()}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    import pycountry

    names = set()
    for country in pycountry.countries:
        for attr in ("common_name", "name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names.add(value)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


def is_country(name: str) -> bool:
    """True when ``name`` is a country name (not a city or region).

    >>> is_country("Peru"), is_country("Lima")
    (True, False)
    """
    return name.lower() in country_names()


def _fallback_places(text: str) -> list[Mention]:
    return [
        Mention(m.start(), m.end(), "place", m.group(), text=m.group())
        for m in _country_pattern().finditer(text)
    ]


def _span_mentions(doc: Doc, text: str, kind: str) -> list[Mention]:
    """The mentions ``span._.<kind>`` holds values for (one extension per kind)."""
    out = []
    if kind in ("money", "period"):
        for value in values_by_span(doc, kind).values():
            if value is not None:
                start, end = value.span
                out.append(Mention(start, end, kind, value.text, value, value.text))
    else:
        for (start, end), value in values_by_span(doc, kind).items():
            if value is not None:
                out.append(Mention(start, end, kind, str(value), None, text[start:end]))
    return out


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop an entity mention that lies inside another entity mention (keep the longer)."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    last_entity_end = -1
    for m in mentions:
        if m.kind in ENTITY_KINDS:
            if m.start < last_entity_end:
                continue
            last_entity_end = m.end
        out.append(m)
    return out


def _outside(mentions: list[Mention], skip, in_skip) -> list[Mention]:
    """The mentions (in start order) outside the skipped ranges: only one that starts
    before the last skipped character can overlap one, so only those are tested."""
    cut = bisect_left(mentions, max(end for _, end in skip), key=lambda m: m.start)
    return [m for m in mentions[:cut] if not in_skip(m.start, m.end)] + mentions[cut:]


def _main_countries(mentions: list[Mention]) -> list[str]:
    counts = Counter(m.name for m in mentions if m.kind == "place" and is_country(m.name))
    return [name for name, _ in counts.most_common(2)]


def shared(doc: Doc) -> ArticleMentions:
    """The mentions of ``doc``, gathered once for the events and facts components: the
    first that runs stores them in ``doc._.mentions``, ``release`` (called by the facts
    component) drops them."""
    mentions = doc_value(doc, "mentions")
    if mentions is None:
        mentions = gather(doc)
        set_doc_value(doc, "mentions", mentions)
    return mentions


def release(doc: Doc) -> None:
    """Forget the shared mentions (they hold nothing the Doc does not)."""
    set_doc_value(doc, "mentions", None)


def sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character bounds of the sentences, without trailing space (as ``doc.sents`` gives
    them, but read from arrays instead of building a Token per word)."""
    if len(doc) == 0:
        return []
    # one attribute for every token, then a Token only for each sentence start
    firsts = (doc.to_array(SENT_START) == 1).nonzero()[0].tolist()
    starts = [doc[i].idx for i in firsts]
    if not starts or starts[0] != 0:
        starts.insert(0, doc[0].idx)
    bounds = []
    for start, nxt in zip(starts, [*starts[1:], len(text)], strict=True):
        end = start + len(text[start:nxt].rstrip())
        bounds.append((start, end))
    return bounds


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(bounds: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    r"""Split sentences at blank lines: a dateline or a headline is no part of the sentence
    the sentencizer glued it to.

    >>> t = "date 1987\n\nHEADLINE\n\nExports rose."
    >>> [t[s:e] for s, e in paragraphs([(0, len(t))], t)]
    ['date 1987', 'HEADLINE', 'Exports rose.']
    """
    out = []
    for start, end in bounds:
        if text.find("\n", start, end) < 0:  # most sentences: no line break, no blank line
            out.append((start, end))
            continue
        for m in _PARAGRAPH_BREAK.finditer(text, start, end):
            if m.start() > start:
                out.append((start, m.start()))
            start = m.end()
        if end > start:
            out.append((start, end))
    return out


def gather(doc: Doc) -> ArticleMentions:
    """Collect the upstream mentions of ``doc`` by sentence."""
    text = text_of(doc)
    mentions = (
        _span_mentions(doc, text, "money")
        + _span_mentions(doc, text, "period")
        + _span_mentions(doc, text, "org")
        + _span_mentions(doc, text, "person")
    )
    if SPANS_PLACES in doc.spans:
        mentions += _span_mentions(doc, text, "place")
    else:
        mentions += _fallback_places(text)
    mentions = _dedupe(mentions)
    skip = doc_value(doc, "skip")
    if skip:
        mentions = _outside(mentions, skip, skip_test(doc))
    starts = [m.start for m in mentions]
    sentences = []
    for start, end in paragraphs(sentence_bounds(doc, text), text):
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end)
        sentences.append(Sentence(start, end, text[start:end], mentions[lo:hi]))
    media = frozenset(o.name for o in doc_value(doc, "organizations") or () if o.kind == "media")
    return ArticleMentions(sentences, _main_countries(mentions), media)


def unique(names: list[str]) -> list[str]:
    """Names without repeats, in first-seen order.

    >>> unique(["Peru", "Chile", "Peru"])
    ['Peru', 'Chile']
    """
    return list(dict.fromkeys(n for n in names if n))


# "both countries", "the two sides", "bilateral", "mutual": the article's main countries
# are the parties (``ArticleMentions.countries``).
_SIDES = r"\s+(?:countries|nations|states|sides|governments|parties)\b"
BOTH_SIDES = (
    *(rf"{quantifier}{_SIDES}" for quantifier in ("both", "two", "the two")),
    *(r"bilateral\b", r"mutual\b", r"between\s+the\s+countries\b"),
)
BOTH_SIDES_RE = re.compile(rf"\b(?:{'|'.join(BOTH_SIDES)})", re.IGNORECASE)


def both_sides(text: str) -> bool:
    """Whether the text speaks of "both countries", "bilateral"... (``BOTH_SIDES``).

    >>> both_sides("The two Countries agreed"), both_sides("Two firms agreed")
    (True, False)
    """
    return BOTH_SIDES_RE.search(text) is not None


# The end of a sentence that a lower-case word may continue: an abbreviation's period
# ("acquire Deseret Bancorp. for stock", "Anheuser-Busch Cos. said") or a quotation's
# question or exclamation ("is it low enough?" he asked).
_CONTINUED_END = re.compile(r"(?:\b[A-Z][A-Za-z]{0,6}\.|[?!][\"”’'])$")


# Abbreviations that stand before a name and end no sentence ("Cie. Financiere de
# Paribas", "Rep. Ed Jenkins").
_BEFORE_A_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Gov|Sen|Rep|Rev|Sgt|Lt|Col|Capt|Cie|Ste)\.$"
)


def rejoined(sentences: list[Sentence], text: str) -> list[Sentence]:
    r"""The sentences with one that opens with a lower-case letter on the same line after
    an abbreviation or a quoted question joined to the one before it (no sentence of news
    prose starts in lower case, so the sentencizer cut after a period that ends none), and
    one after a title or "Cie." that stands before a name (``text``: the document's
    text).

    >>> t = 'It bought CVN Cos. for $4 million. "Why?" he asked. Cos. Next.'
    >>> cut = [(0, 18), (19, 34), (35, 41), (42, 51), (52, 56), (57, 62)]
    >>> [s.text for s in rejoined([Sentence(a, b, t[a:b]) for a, b in cut], t)]
    ['It bought CVN Cos. for $4 million.', '"Why?" he asked.', 'Cos.', 'Next.']
    >>> t = "A bid by Cie. Financiere de Paribas."
    >>> [s.text for s in rejoined([Sentence(0, 13, t[:13]), Sentence(14, 36, t[14:])], t)]
    ['A bid by Cie. Financiere de Paribas.']
    """
    out: list[Sentence] = []
    for sent in sentences:
        if (
            out
            and "\n" not in text[out[-1].end : sent.start]
            and (
                (
                    sent.text[:1].islower()
                    and _CONTINUED_END.search(out[-1].text, max(0, len(out[-1].text) - 8))
                )
                or _BEFORE_A_NAME.search(out[-1].text, max(0, len(out[-1].text) - 8))
            )
        ):
            before = out.pop()
            sent = Sentence(
                before.start,
                sent.end,
                text[before.start : sent.end],
                before.mentions + sent.mentions,
            )
        out.append(sent)
    return out
