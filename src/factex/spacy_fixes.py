"""Workarounds for bugs in spaCy itself; nothing else belongs here.

spaCy#13950 (https://github.com/explosion/spaCy/issues/13950, fix proposed in
https://github.com/explosion/spaCy/pull/13951): spaCy 3.8's tokenizer never resets its
``has_special`` flag within a text, so after the first special case ("can't", "U.S.", a
possessive "'s") no later chunk of that text is cached, and news text runs the affix
regexes again for most of its words, article after article. ``FactexTokenizer`` fills
the cache so the tokenizer does what spaCy meant it to (measured: 20% of the pipeline's
CPU time on distinct texts, 35-50% on a second pass; CHANGELOG.md, 2026-11-23).

When to delete this module: once the spaCy release factex requires (``spacy`` in
``pyproject.toml``) contains the fix, ``_caches_after_special_case()`` returns True on it
and ``FactexTokenizer`` only records texts. Then delete this module, the
``use_fixed_tokenizer`` call in ``pipeline.load`` and ``tests/test_tokenizer.py``;
``factex.doc.text_of`` builds a Doc's text once by itself (the api records it anyway).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from factex.doc import remember_text
from factex.tokenizer_guard import guarded


@functools.cache
def _caches_after_special_case() -> bool:
    """Does spaCy's tokenizer cache a chunk that follows a special case in its text?

    spaCy 3.8 does not (spaCy#13950, see the module docstring). Probed on a throwaway
    tokenizer (counting its prefix searches), so a fixed spaCy turns the cache warming
    below off by itself.
    """
    asked: list[str] = []

    def prefix_search(chunk: str) -> None:
        asked.append(chunk)

    probe = Tokenizer(Vocab(), rules={"a'b": [{ORTH: "a'b"}]}, prefix_search=prefix_search)
    probe("a'b cd")
    asked.clear()
    probe("a'b cd")
    return not asked


# Attributes and methods of spaCy's Tokenizer that empty its cache.
_FLUSHING = frozenset(
    {
        "add_special_case",
        "from_bytes",
        "from_disk",
        "infix_finditer",
        "prefix_search",
        "rules",
        "suffix_search",
        "token_match",
        "url_match",
    }
)


class FactexTokenizer:
    """A pipeline's tokenizer, spaCy's own with three additions; the tokens are exactly
    spaCy's (tested on the corpora).

    - It fills the tokenizer's cache, which spaCy 3.8 leaves mostly empty (see
      ``_caches_after_special_case``): each whitespace-separated chunk the first time it
      is seen is tokenized alone, which caches it when spaCy would (no special case in
      it), so later texts take it from the cache instead of running the affix regexes.
      At most ``max_cache_size`` chunks (spaCy's own limit, 10,000 by default), so memory
      stays flat; nothing is cached inside ``nlp.memory_zone()``, as in spaCy.
    - It records each document's text as it makes the Doc, so ``factex.doc.text_of``
      never rebuilds it (``doc.text`` makes a ``Token`` per word).
    - It cuts long runs of affixes (``tokenizer_guard.guarded``), so ``nlp(text)`` is
      linear in the text too; ``tokenizer_guard.make_doc`` leaves that to it.

    Everything else (``explain``, serialization, rules) is the wrapped ``Tokenizer``'s,
    which is non-destructive: a Doc's text is the text it was made from.

    >>> import spacy
    >>> from factex.doc import text_of
    >>> nlp = spacy.blank("en")
    >>> nlp.tokenizer = FactexTokenizer(nlp.tokenizer)
    >>> doc = nlp("Exports rose 5%.")
    >>> text_of(doc), len(doc)
    ('Exports rose 5%.', 5)
    """

    #: ``tokenizer_guard.make_doc`` reads it: no second guard (nor a second split).
    guards_long_runs = True

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        # The chunks already tokenized alone (None: spaCy caches them itself).
        self._warmed: set[str] | None = None if _caches_after_special_case() else set()

    def __call__(self, text: str) -> Doc:
        tokenizer = self.tokenizer
        # One split serves the warming and the guard (``tokenizer_guard.guarded``).
        chunks = text.split()
        warmed = self._warmed
        if (
            warmed is not None
            and len(warmed) < tokenizer.max_cache_size
            and not tokenizer.vocab.in_memory_zone
        ):
            new = set(chunks)
            new -= warmed
            for chunk in new:
                guarded(tokenizer, chunk, [chunk])
            warmed |= new
        doc = guarded(tokenizer, text, chunks)
        remember_text(doc, text)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # A proxy for the wrapped Tokenizer: reads and writes go to it (nlp.tokenizer.rules,
    # nlp.tokenizer.token_match = ...), and any that empties spaCy's cache empties ours.

    def __getattr__(self, name: str):
        if name in ("tokenizer", "_warmed"):  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        value = getattr(self.tokenizer, name)
        if name in _FLUSHING and callable(value):
            return self._flushing(value)
        return value

    def __setattr__(self, name: str, value) -> None:
        if name in ("tokenizer", "_warmed"):
            object.__setattr__(self, name, value)
            return
        setattr(self.tokenizer, name, value)
        if name in _FLUSHING:
            self._forget()

    def _flushing(self, method: Callable) -> Callable:
        def call(*args, **kwargs):
            result = method(*args, **kwargs)
            self._forget()
            return self if result is self.tokenizer else result

        return call

    def _forget(self) -> None:
        """spaCy emptied its cache: warm it again from scratch."""
        if self._warmed is not None:
            self._warmed = set()

    def __getstate__(self) -> dict:
        # A copy (another process) starts with an empty cache, so with nothing warmed.
        return {"tokenizer": self.tokenizer, "_warmed": None if self._warmed is None else set()}

    def __setstate__(self, state: dict) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


def use_fixed_tokenizer(nlp: Language) -> None:
    """Wrap ``nlp``'s tokenizer in ``FactexTokenizer`` (spaCy's own tokenizer only:
    another may change the text or cache nothing)."""
    if type(nlp.tokenizer) is Tokenizer:
        nlp.tokenizer = FactexTokenizer(nlp.tokenizer)
