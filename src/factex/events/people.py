"""People as event participants beyond the titled names the organizations room finds.

That room reads capitalized titles ("President Donald Trump", "Commerce Secretary Wilbur
Ross") and links their later surnames. News also writes titles in lower case after a
modifier ("Chinese vice-premier Liu He", "trade minister Hajime Tamura") or after the
name ("Zheng Tuobin, minister for foreign trade") and refers back
by either part of a two-word name ("Liu" for "Liu He", family name first). ``People``
finds those once per article, only for articles with an event, and answers per sentence.
"""

from __future__ import annotations

import re

from factex.calendar_words import MONTH_NAMES
from factex.events.lexicon import LOWER_TITLES
from factex.mentions import ArticleMentions, Sentence
from factex.organizations.lexicon import first_names
from factex.patterns import longest_first, trie_alternation
from factex.stems import required_words

_NAME_WORD = r"[A-Z][a-z][\w'’]*(?:-[A-Z]?[a-z]+)?"
# a lower-case title, then a name of two or three capitalized words, a middle initial
# allowed ("US president George W Bush", "George W. Bush")
LOWER_TITLED = re.compile(
    rf"\b(?:{longest_first(LOWER_TITLES)})\s+(?:,\s*)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+[A-Z]\.?(?=\s))?(?:\s+{_NAME_WORD}){{1,2}})\b"
)
# a name of two or three capitalized words, then its lower-case title as an appositive
# ("Zheng Tuobin, minister for foreign economic relations", "Jaime Ongpin, the finance
# secretary")
TITLED_AFTER = re.compile(
    rf"\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{longest_first(LOWER_TITLES)})\b"
    # (not a clause ending in a name: "trade with Acme Motors, the minister said")
    r"(?!\s+(?:said|says|told|added|noted|stated|wrote)\b)"
)
# a bare name of two or three capitalized words, not part of a longer capitalized run
# ("Wilbur Ross will visit Beijing"): a person when its first word is a given name
# (what ends right before it is read in ``_bare_names``: not a capitalized word)
BARE_NAME = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\b(?!\s+(?:[A-Z]|&))")
_AFTER_NAME = re.compile(r"(?:[A-Z][\w.&'’-]*|[.&'’-])\s*$")
# A sentence holding none of these (lower-cased) has no LOWER_TITLED or TITLED_AFTER match
# (the same titles): most have none. One search for any of them (a trie: the engine tries
# one branch per letter, not each title, at every word of every sentence).
_TITLE_STEMS = re.compile(rf"\b{trie_alternation(required_words(LOWER_TITLED, words=False))}\b")


class People:
    """The people of one article: titled in lower case, and referred back to by a part."""

    def __init__(self, ctx: ArticleMentions) -> None:
        self.found: dict[int, list[tuple[int, int, str]]] = {}  # sentence start -> people
        known: dict[str, str] = {}
        taken: set[str] = set()
        for sent in ctx.sentences:
            for m in sent.mentions:
                if m.kind == "person":
                    _remember(known, taken, m.name)
            if not _TITLE_STEMS.search(sent.lowered):
                continue
            spans = [(m.start, m.end) for m in sent.of_kind("place", "org", "person")]
            for m in (*LOWER_TITLED.finditer(sent.text), *TITLED_AFTER.finditer(sent.text)):
                s, e = sent.start + m.start("name"), sent.start + m.end("name")
                if any(a < e and s < b for a, b in spans):
                    continue  # already a mention (a person, or a place read as a name)
                name = m.group("name")
                self.found.setdefault(sent.start, []).append((s, e, name))
                _remember(known, taken, name)
        self.known = {k: v for k, v in known.items() if k not in taken}
        self.part = re.compile(rf"\b(?:{longest_first(self.known)})\b") if self.known else None

    def in_sentence(self, sent: Sentence) -> list[str]:
        """The people of ``sent`` that are no mention of it: lower-case titled names and
        parts of a name met in the article (not inside a mention)."""
        found = self.found.get(sent.start, []) + _bare_names(sent, self.found.get(sent.start, []))
        out = [name for _, _, name in found]
        if self.part is not None:
            spans = [(m.start, m.end) for m in sent.mentions] + [(s, e) for s, e, _ in found]
            for m in self.part.finditer(sent.text):
                s, e = sent.start + m.start(), sent.start + m.end()
                if not any(a <= s and e <= b for a, b in spans):
                    out.append(self.known[m.group()])
        return out


def _remember(known: dict[str, str], taken: set[str], name: str) -> None:
    """Index a full name by its last word and, for two words, its first (family name
    first); a part two people share refers to neither."""
    words = name.split()
    if len(words) < 2:
        return
    parts = {words[-1]} | ({words[0]} if len(words) == 2 else set())
    for part in parts:
        if len(part) < 2:
            continue
        if known.get(part, name) != name:
            taken.add(part)
        known[part] = name


def _bare_names(sent: Sentence, titled: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The bare names of ``sent`` that open with a given name ("Wilbur Ross will visit"),
    not inside a mention or a name found with its title. Looked for only in sentences
    with an event and no person or organization mention (a surname later in the article
    is not linked to them)."""
    if sent.of_kind("person", "org"):
        return []  # (a person or company already named takes part: not read again)
    given = first_names()
    taken = [(m.start, m.end) for m in sent.of_kind("place", "org", "person")]
    taken += [(s, e) for s, e, _ in titled]
    out = []
    for m in BARE_NAME.finditer(sent.text):
        s, e = sent.start + m.start("name"), sent.start + m.end("name")
        if _AFTER_NAME.search(sent.text, max(0, m.start() - 30), m.start()):
            continue  # the end of a longer capitalized run ("Jardine Fleming Securities")
        if _given(m["name"], given) and not any(a < e and s < b for a, b in taken):
            name = _POSSESSIVE.sub("", m["name"])  # ("George Schultz's one day stop-over")
            out.append((s, e - (len(m["name"]) - len(name)), name))
    return out


_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_GIVEN = frozenset(MONTH_NAMES)  # ("May", "June": given names, but months first)


def _given(name: str, given: frozenset[str]) -> bool:
    """Whether a bare name opens with a given name ("Wilbur Ross"; not "May Day")."""
    first = name.split(None, 1)[0].lower()
    return first in given and first not in _NOT_GIVEN
