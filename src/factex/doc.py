"""What every extractor component does with a Doc: read its text and its skipped
ranges, and run over a batch of Docs.

spaCy rebuilds ``doc.text`` from the tokens on every access (a ``Token`` object per
word); the components read it for every document, so they read it here once
(``text_of``), and test overlap with ``doc._.skip`` through ``skip_test``.
``BatchedPipe`` gives a component a ``pipe`` method, so ``nlp.pipe`` runs it over a
batch of documents before the next component starts: one component's patterns and
tables stay in the CPU caches for the whole batch.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import minibatch, raise_error

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
    """Record the text ``doc`` was made from (``nlp.make_doc(text)``), saving one join
    (the api and ``spacy_fixes.FactexTokenizer`` do)."""
    _TEXTS[doc] = text


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
    """The base of all six factex components: a ``pipe`` that runs ``__call__`` over a
    batch of documents at a time, and the one failure policy.

    Failure policy: a component never catches its own errors. An exception goes to
    spaCy's error handler, as in spaCy's own components: ``nlp(text)`` hands it to the
    handler itself, ``nlp.pipe`` through ``pipe`` below (``nlp.set_error_handler``
    reaches it through ``set_error_handler``); the default handler raises. factex's
    api catches it, retries each article of the batch alone, and gives the article that
    still fails an ``error`` (``ArticleFacts.error``) while the others go on. A failing
    article reports no items at all rather than some rooms' items: a half-done
    extraction would pass for a complete one.

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
