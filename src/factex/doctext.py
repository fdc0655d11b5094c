"""What the extractor components share for speed.

spaCy rebuilds ``doc.text`` from the tokens on every access (a ``Token`` object per
word), and ``doc._.skip`` goes through the extension machinery on every read; the
components read both for every document, so they read them here instead
(``text_of``, ``skip_test``). ``BatchedPipe`` gives a component a ``pipe`` method, so
``nlp.pipe`` runs it over a batch of documents before the next component starts: one
component's patterns and tables stay in the CPU caches for the whole batch.
``FactexTokenizer`` keeps each text as the Doc is made and fills spaCy's tokenizer
cache, which spaCy 3.8 leaves mostly empty.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import minibatch, raise_error
from spacy.vocab import Vocab

from factex.extensions import doc_value

# Doc -> its text. Weak keys: an entry lives exactly as long as its Doc, and a Doc's
# text never changes (retokenizing merges and splits tokens, never characters).
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per document.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose 5%.")
    >>> text_of(doc) == doc.text and text_of(doc) is text_of(doc)
    True
    """
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record the text ``doc`` was made from (``nlp.make_doc(text)``), saving one join."""
    _TEXTS[doc] = text


@functools.cache
def _caches_after_special_case() -> bool:
    """Does spaCy's tokenizer cache a chunk that follows a special case in its text?

    spaCy 3.8 does not (explosion/spaCy#13950): its ``has_special`` flag is never reset
    within a text, so after the first special case ("can't", "U.S.", a possessive "'s")
    every later chunk of that text runs the affix regexes again, document after document.
    Probed on a throwaway tokenizer (counting its prefix searches), so a fixed spaCy turns
    the cache warming below off by itself.
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
    """A pipeline's tokenizer, spaCy's own with two additions; the tokens are exactly
    spaCy's (tested on the corpora).

    - It records each document's text as it makes the Doc, so ``text_of`` never rebuilds
      it (``doc.text`` makes a ``Token`` per word).
    - It fills the tokenizer's cache, which spaCy 3.8 leaves mostly empty (see
      ``_caches_after_special_case``): each whitespace-separated chunk the first time it
      is seen is tokenized alone, which caches it when spaCy would (no special case in
      it), so later texts take it from the cache instead of running the affix regexes.
      At most ``max_cache_size`` chunks (spaCy's own limit, 10,000 by default), so memory
      stays flat; nothing is cached inside ``nlp.memory_zone()``, as in spaCy.

    Everything else (``explain``, serialization, rules) is the wrapped ``Tokenizer``'s,
    which is non-destructive: a Doc's text is the text it was made from.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.tokenizer = FactexTokenizer(nlp.tokenizer)
    >>> doc = nlp("Exports rose 5%.")
    >>> _TEXTS[doc], len(doc)
    ('Exports rose 5%.', 5)
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        # The chunks already tokenized alone (None: spaCy caches them itself).
        self._warmed: set[str] | None = None if _caches_after_special_case() else set()

    def __call__(self, text: str) -> Doc:
        tokenizer = self.tokenizer
        warmed = self._warmed
        if (
            warmed is not None
            and len(warmed) < tokenizer.max_cache_size
            and not tokenizer.vocab.in_memory_zone
        ):
            new = set(text.split())
            new -= warmed
            for chunk in new:
                tokenizer(chunk)
            warmed |= new
        doc = tokenizer(text)
        _TEXTS[doc] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

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
        setattr(self.tokenizer, name, value)  # nlp.tokenizer.token_match = ... etc.
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


def keep_texts(nlp: Language) -> None:
    """Wrap ``nlp``'s tokenizer in ``FactexTokenizer`` (spaCy's own tokenizer only:
    another may change the text or cache nothing)."""
    if type(nlp.tokenizer) is Tokenizer:
        nlp.tokenizer = FactexTokenizer(nlp.tokenizer)


def skip_test(doc: Doc) -> Callable[[int, int], bool]:
    """A test ``(start, end) -> bool``: does the range overlap ``doc._.skip`` (dateline,
    boilerplate)? The non-content ranges are read once per document.

    >>> import spacy, factex.extensions
    >>> doc = spacy.blank("en")("Dateline. Body.")
    >>> doc._.skip = [(0, 9)]
    >>> inside = skip_test(doc)
    >>> inside(3, 5), inside(10, 14)
    (True, False)
    """
    ranges = tuple(doc_value(doc, "skip") or ())
    if not ranges:
        return _never
    if len(ranges) == 1:  # the usual case (a dateline): no generator per call
        ((s, e),) = ranges
        return lambda start, end: s < end and start < e
    return lambda start, end: any(s < end and start < e for s, e in ranges)


def _never(start: int, end: int) -> bool:
    return False


class BatchedPipe:
    """A component's ``pipe``: its ``__call__`` over a batch of documents at a time.

    Errors go to the error handler as in spaCy's own loop (``nlp.set_error_handler``
    reaches it through ``set_error_handler``; the default raises).

    >>> import spacy
    >>> class Upper(BatchedPipe):
    ...     name = "upper"
    ...     def __call__(self, doc):
    ...         doc.user_data["seen"] = True
    ...         return doc
    >>> docs = list(Upper().pipe(spacy.blank("en").pipe(["a", "b", "c"]), batch_size=2))
    >>> [d.user_data["seen"] for d in docs]
    [True, True, True]
    """

    name: str
    _error_handler: Callable = staticmethod(raise_error)

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every component defines it
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            done = []
            for doc in batch:
                try:
                    done.append(self(doc))
                except Exception as exc:
                    self._error_handler(self.name, self, [doc], exc)
            yield from done

    def set_error_handler(self, error_handler: Callable) -> None:
        self._error_handler = error_handler

    def get_error_handler(self) -> Callable:
        return self._error_handler
