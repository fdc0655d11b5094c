"""A faster ``predict`` for spaCy's rule-based ``sentencizer``.

spaCy's ``Sentencizer.predict`` makes a ``Token`` object for every word to read its
text and ``is_punct``; this reads both for the whole document in one
``Doc.to_array`` call and finds the same boundaries with array operations. The
component stays spaCy's own (same name, config, serialization and
``set_annotations``); only its ``predict`` is replaced on the instance.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_PUNCT, ORTH
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id

_HASHES: dict[frozenset[str], np.ndarray] = {}


def _punct_hashes(chars: frozenset[str]) -> np.ndarray:
    hashes = _HASHES.get(chars)
    if hashes is None:
        hashes = _HASHES[chars] = np.array(sorted(get_string_id(c) for c in chars), np.uint64)
    return hashes


def predict(sentencizer: Sentencizer, docs) -> list[list[bool]]:
    """``Sentencizer.predict``: the same guesses, without a ``Token`` per word.

    A token starts a sentence when it is the first, or when it is neither punctuation
    nor one of ``punct_chars`` and one of ``punct_chars`` came after the previous such
    token (spaCy's loop, where ``seen_period`` is reset at each such token).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> pipe = nlp.add_pipe("sentencizer")
    >>> doc = nlp.make_doc("Exports rose. Imports fell!  \\"Good,\\" he said.")
    >>> predict(pipe, [doc]) == pipe.predict([doc])
    True
    """
    hashes = _punct_hashes(frozenset(sentencizer.punct_chars))
    if not len(hashes):
        return Sentencizer.predict(sentencizer, docs)
    guesses = []
    for doc in docs:
        n = len(doc)
        if n == 0:
            guesses.append([])
            continue
        arr = doc.to_array([ORTH, IS_PUNCT])
        orth = arr[:, 0]
        nearest = np.searchsorted(hashes, orth)
        np.minimum(nearest, len(hashes) - 1, out=nearest)
        in_punct_chars = hashes[nearest] == orth
        words = np.flatnonzero(~(in_punct_chars | arr[:, 1].astype(bool)))
        seen = np.cumsum(in_punct_chars)[words]  # punct_chars up to each word
        before = np.empty_like(seen)
        before[:1] = 0
        before[1:] = seen[:-1]
        flags = np.zeros(n, dtype=bool)
        flags[0] = True
        flags[words[seen > before]] = True
        guesses.append(flags.tolist())
    return guesses


def install(sentencizer: Sentencizer) -> None:
    """Give this ``sentencizer`` instance the faster ``predict``."""
    sentencizer.predict = predict.__get__(sentencizer)
