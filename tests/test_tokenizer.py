"""factex's tokenizer: spaCy's tokens exactly, with spaCy's cache actually filled."""

from __future__ import annotations

import pickle
import time

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.symbols import ORTH

import factex
from factex.corpora import read_timeml
from factex.spacy_fixes import FactexTokenizer, _caches_after_special_case
from tests.conftest import SHARED_CORPUS
from tests.nasty import CYRILLIC, ENGLISH, POLISH, WESTERN

# Special cases (contractions, abbreviations, emoticons) in every position, since they
# are what stops spaCy caching the rest of a text.
SPECIALS = [
    "I can't believe it's 5 p.m. already :) and the U.S. isn't done.",
    "Don't   split\tthese\n\nlines  U.K.'s (e.g. \"quoted\") 3-4% rise, $1.2bn; #tag @you",
    "Azerbaijan's exports—and Belarus’s—rose. Isn't it? https://example.com/a?b=1 x@y.org",
    "",
    " ",
    "  leading and trailing  ",
]


def _tokens(doc) -> list[tuple[str, str, int]]:
    return [(t.text, t.whitespace_, t.idx) for t in doc]


def _corpus_texts() -> list[str]:
    texts = []
    reuters, timebank = SHARED_CORPUS / "reuters_trade", SHARED_CORPUS / "timebank"
    if reuters.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(reuters.glob("*.txt"))[:80]]
    if timebank.is_dir():
        texts += [read_timeml(p).text for p in sorted(timebank.glob("*.tml"))[:40]]
    return texts


def test_tokens_are_spacys_on_real_and_odd_text(seed_texts):
    texts = [*seed_texts.values(), *_corpus_texts(), *SPECIALS, ENGLISH, CYRILLIC, POLISH]
    texts.append(WESTERN)
    stock = spacy.blank("en").tokenizer
    ours = FactexTokenizer(spacy.blank("en").tokenizer)
    for _ in range(2):  # the second pass takes the chunks from the cache
        for text in texts:
            assert _tokens(ours(text)) == _tokens(stock(text))


_STOCK = spacy.blank("en").tokenizer
_OURS = FactexTokenizer(spacy.blank("en").tokenizer)


_PIECES = [
    *("can't", "U.S.", "it's", "(", ")", "5%", "$3", "co-op", "a.m.", "x", "Yes.", ":)"),
    *("\n", " ", "  ", "—", "’s", "e.g.", "N.Y.", "won't", "'s", "1,000", "Inc."),
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(_PIECES),
        max_size=30,
    )
)
def test_tokens_are_spacys_on_any_mix_of_special_cases(parts):
    text = " ".join(parts)
    assert _tokens(_OURS(text)) == _tokens(_STOCK(text))
    assert _tokens(_OURS(text)) == _tokens(_STOCK(text))


def _counting(nlp) -> list[str]:
    """Record the chunks the tokenizer runs its prefix search on (a cache miss)."""
    asked: list[str] = []
    search = nlp.tokenizer.prefix_search

    def prefix_search(chunk):
        asked.append(chunk)
        return search(chunk)

    nlp.tokenizer.prefix_search = prefix_search
    return asked


def test_chunks_after_a_special_case_come_from_the_cache():
    nlp = factex.load()
    asked = _counting(nlp)
    text = "It can't be, Mr. Smith said: exports rose"
    nlp.make_doc(text)
    asked.clear()
    nlp.make_doc(text)
    # Only chunks holding a special case ("can't", "Mr.") are not cached, as in spaCy.
    assert "exports" not in asked and "rose" not in asked and "said:" not in asked


def test_spacy_still_has_the_cache_bug_or_the_warming_is_off():
    warmed = FactexTokenizer(spacy.blank("en").tokenizer)._warmed
    assert (warmed is None) == _caches_after_special_case()


def test_settings_reach_spacys_tokenizer_and_reset_the_warming():
    nlp = factex.load()
    nlp.make_doc("gimme that now")
    assert nlp.tokenizer._warmed  # on spaCy 3.8
    nlp.tokenizer.add_special_case("gimme", [{ORTH: "gim"}, {ORTH: "me"}])
    assert not nlp.tokenizer._warmed
    assert [t.text for t in nlp.make_doc("gimme that now")] == ["gim", "me", "that", "now"]
    nlp.tokenizer.token_match = None  # sets spaCy's tokenizer, not the wrapper
    assert nlp.tokenizer.tokenizer.token_match is None
    assert "token_match" not in vars(nlp.tokenizer)


def test_warming_is_bounded_by_the_cache_size():
    nlp = factex.load()
    nlp.tokenizer.max_cache_size = 5
    nlp.make_doc("one two three four five six seven")
    nlp.make_doc("eight nine ten")
    assert len(nlp.tokenizer._warmed) == 7  # stopped once past the limit


def test_nothing_is_warmed_inside_a_memory_zone():
    nlp = factex.load()
    with nlp.memory_zone():
        nlp.make_doc("transient words here")
    assert not nlp.tokenizer._warmed


def test_a_copy_starts_cold_and_still_tokenizes():
    nlp = factex.load()
    nlp.make_doc("warm these words")
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert copy._warmed == set() and nlp.tokenizer._warmed
    assert [t.text for t in copy("can't stop")] == ["ca", "n't", "stop"]


def test_a_saved_pipeline_loads_with_spacy_and_gives_the_same_facts(tmp_path, seed_texts):
    """``nlp.to_disk`` saves spaCy's tokenizer settings through the wrapper; ``spacy.load``
    gives back a pipeline (with spaCy's plain tokenizer) that extracts the same facts."""
    nlp = factex.load()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    text = next(iter(seed_texts.values()))
    assert factex.extract(text, nlp=loaded) == factex.extract(text, nlp=nlp)
    again = factex.load().from_disk(tmp_path / "pipeline")
    assert isinstance(again.tokenizer, FactexTokenizer)
    assert factex.extract(text, nlp=again) == factex.extract(text, nlp=nlp)


def test_a_long_affix_run_is_cut_in_the_tokenizer_too():
    """``nlp(text)`` goes through ``FactexTokenizer`` alone (no ``make_doc``): it cuts the
    run itself, when it warms the new chunk and when it tokenizes the text."""
    nlp = factex.load()
    text = "Prices " + "(" * 8000 + " rose"
    start = time.process_time()
    doc = nlp.make_doc(text)
    assert time.process_time() - start < 2.0
    assert doc.text == text and len(doc) == 8002
