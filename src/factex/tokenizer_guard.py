"""Making a Doc in time linear in the text, whatever the text.

spaCy's tokenizer strips prefixes and suffixes from a whitespace-free chunk one at a
time, searching the whole rest of the chunk each time, so a long run of affix
characters ("$$$$...", "((((...") costs time quadratic in its length: 8,000 "$" take
about 19 s, 25,000 "(" four minutes (explosion/spaCy#4362, #1768, #3002). ``guarded``
(through ``make_doc``, or ``spacy_fixes.FactexTokenizer`` itself) cuts such a run
into short pieces and tokenizes those pieces, so the tokenizer never sees a long run
of affixes. The text and the tokens' offsets are exact, and the
tokens are spaCy's: a run is cut only when it is longer than ``LONG_RUN``, opens or
closes a chunk, and is one that spaCy splits character by character anyway.

It also applies factex's own size limit instead of spaCy's ``nlp.max_length``, which
is about the memory of a parser and NER factex does not run: without them the limit is
``max_bytes``; with a model's parser or NER, spaCy's limit stays, with a factex message.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from factex.errors import InputError

# A run of punctuation/symbols at least this long is checked; no ordinary token is this
# long (and a long run spaCy keeps whole, "-----", costs it nothing).
LONG_RUN = 64
# Length of the pieces a run is cut into: spaCy's cost per piece is quadratic in this.
PIECE = 16
# The same matches as [^\w\s]{LONG_RUN,}, written to open with one class: the engine scans for
# an opening class in C, but tries a pattern that opens with a repeat at every character.
_PUNCT_RUN = re.compile(rf"[^\w\s][^\w\s]{{{LONG_RUN - 1},}}")
# Components whose memory grows with the text (spaCy's reason for ``max_length``).
_MEMORY_BOUND = ("parser", "ner", "senter", "tagger", "morphologizer")


def char_limit(nlp: Language) -> int | None:
    """The longest text ``nlp`` should take, or None when only ``max_bytes`` limits it."""
    names = {name for name, _ in nlp.pipeline} | {type(p).__name__.lower() for _, p in nlp.pipeline}
    if any(kind in name for name in names for kind in _MEMORY_BOUND):
        return nlp.max_length
    return None


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, linear in the text, with factex's size message.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = make_doc(nlp, "Pay " + "$" * 100 + " now")
    >>> doc.text == "Pay " + "$" * 100 + " now", len(doc)
    (True, 102)
    """
    # ``char_limit`` is ``nlp.max_length`` or None: read the pipeline only for a long text.
    if len(text) > nlp.max_length and char_limit(nlp) is not None:
        raise InputError(
            f"{len(text):,} characters is over the limit of {nlp.max_length:,} characters of this"
            " pipeline's parser/NER (nlp.max_length); split the article, or raise"
            " nlp.max_length if the machine has the memory"
        )
    tokenizer = nlp.tokenizer
    if getattr(tokenizer, "guards_long_runs", False):
        return tokenizer(text)  # spacy_fixes.FactexTokenizer calls ``guarded`` itself
    return guarded(tokenizer, text)


def guarded(tokenizer, text: str, chunks: list[str] | None = None) -> Doc:
    """``tokenizer(text)``, with each long run of affixes cut into pieces first.

    ``chunks`` is ``text.split()`` when the caller has it: a run of affixes lies inside
    one whitespace-free chunk, so a text without a chunk of ``LONG_RUN`` characters (most
    texts) is tokenized at once, without a search for runs.
    """
    if chunks is None:
        chunks = text.split()
    if max(map(len, chunks), default=0) < LONG_RUN:
        return tokenizer(text)
    cuts = _cuts(tokenizer, text)
    if not cuts:
        return tokenizer(text)
    bounds = [0, *cuts, len(text)]
    docs = [tokenizer(text[start:end]) for start, end in pairwise(bounds)]
    return Doc.from_docs(docs, ensure_whitespace=False)


def _cuts(tokenizer, text: str) -> list[int]:
    """Offsets at which to cut ``text``: inside each long run of affix characters that
    opens or closes a whitespace-free chunk (spaCy strips affixes only from a chunk's
    ends; a run inside a word is one infix search) and that spaCy splits character by
    character, every ``PIECE`` characters."""
    cuts: list[int] = []
    probes: dict[str, bool] = {}
    for run in _PUNCT_RUN.finditer(text):
        start, end = run.span()
        opens = start == 0 or text[start - 1].isspace()
        closes = end == len(text) or text[end].isspace()
        if not (opens or closes):
            continue
        probe = text[start : start + 2 * PIECE]
        splits = probes.get(probe)
        if splits is None:
            splits = probes[probe] = _splits_apart(tokenizer, probe)
        if splits:
            cuts.extend(range(start + PIECE, end - PIECE // 2, PIECE))
    return cuts


def _splits_apart(tokenizer, probe: str) -> bool:
    """Does spaCy split ``probe`` (a short run of the same kind) into single characters
    at every ``PIECE``-th offset? Then cutting there changes no token."""
    offsets = {token.idx for token in tokenizer(probe)}
    return all(i in offsets for i in range(PIECE, len(probe), PIECE)) and len(offsets) > 2
