"""Per-document values the extractors read many times, computed once.

spaCy rebuilds ``doc.text`` from the tokens on every access (a ``Token`` object per
word), and ``doc._.skip`` goes through the extension machinery on every read; the
components read both for every document, so they read them here instead.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from spacy.tokens import Doc

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


def skip_test(doc: Doc) -> Callable[[int, int], bool]:
    """``extensions.in_skip`` for ``doc`` with its non-content ranges read once.

    >>> import spacy, factex.extensions
    >>> doc = spacy.blank("en")("Dateline. Body.")
    >>> doc._.skip = [(0, 9)]
    >>> inside = skip_test(doc)
    >>> inside(3, 5), inside(10, 14)
    (True, False)
    """
    ranges = tuple(doc._.skip or ())
    if not ranges:
        return _never
    if len(ranges) == 1:  # the usual case (a dateline): no generator per call
        ((s, e),) = ranges
        return lambda start, end: s < end and start < e
    return lambda start, end: any(s < end and start < e for s, e in ranges)


def _never(start: int, end: int) -> bool:
    return False
