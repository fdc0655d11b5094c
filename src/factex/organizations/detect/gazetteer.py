"""Names of the gazetteer where the text agrees (rule GAZETTEER), and stock indices,
which are named like the companies that compile them but are none.
"""

from __future__ import annotations

from bisect import bisect_right

from factex.organizations import lexicon as lx
from factex.organizations import rules
from factex.organizations.detect.names import (
    LOCATIVES,
    hyphen_joined,
    is_legal_form_token,
    is_name_word,
    legal_suffix,
    line_end,
    location_follows,
    lower_words,
    person_words,
    place_at,
)
from factex.organizations.detect.tokens import Candidate, Tokens


def find_gazetteer(t: Tokens) -> list[Candidate]:
    """Names of the gazetteer where the text agrees (rule GAZETTEER): capitalized, not
    part of a longer capitalized name, not a person's or a place's name, not a stock
    index; a name that is also an ordinary word ("Apple", "Shell") not at a sentence's
    start and not after "a"/"an" ("a Shell station" is still the company, "a shell" is
    lower case anyway; "Shell" opening a sentence may be the word)."""
    gaz = lx.gazetteer()
    out = []
    free = 0  # tokens before this are inside the last name found
    for i in _starts(t):
        if i < free or t.words[i] not in gaz.starts or hyphen_joined(t, i):
            continue
        stop = line_end(t, i, i + gaz.starts[t.words[i]])
        text, begin = t.text, t.starts[i]
        for j in range(stop, i, -1):
            form = text[begin : t.ends[j - 1]]
            org = gaz.exact.get(form)
            if org is None:
                continue
            end = legal_suffix(t, j)  # "... and Space Co.": the legal form is the name's
            if _gazetteer_agrees(t, i, end, form in gaz.common and end == j):
                out.append(
                    Candidate(t.starts[i], t.ends[end - 1], rules.GAZETTEER, org.kind, known=org)
                )
                free = end
            break
    return out


def _starts(t: Tokens) -> list[int]:
    """Tokens that may open a gazetteer name: capitalized, or written as a listed name
    that opens in lower case ("eBay")."""
    starts = t.capitalized_at(lx.gazetteer_starts_lower())
    camel = [i for i in t.at(lx.gazetteer_camel_starts()) if not t.cap[i]]
    return sorted(starts + camel) if camel else starts


def camel_case(word: str) -> bool:
    """A word in lower case but for a capital inside: a brand's spelling ("eBay",
    "iPod")."""
    return word[:1].islower() and word.isalnum() and not word.islower()


def _gazetteer_agrees(t: Tokens, i: int, j: int, common: bool) -> bool:
    if i > 0 and not t.sent[i] and camel_case(t.words[i - 1]):
        return False  # "the iPod Mini": part of a product's name
    if (
        i > 0
        and not t.sent[i]
        and is_name_word(t, i - 1)
        and not is_legal_form_token(t, i - 1)
        and not (t.sent[i - 1] and t.lower[i - 1] in lx.INTRO_NOUNS)  # "Miners Rio Tinto"
    ):
        return False  # "Harrison Ford", "Gulf Air": part of a longer name
    if j < t.n and not t.sent[j] and is_name_word(t, j) and not any(map(str.isdigit, t.words[j])):
        return False  # "Apple Records", "Shell Oil Co." (a head rule finds the whole name)
    if j < t.n and t.words[j] in "-–&" and j + 1 < t.n and is_name_word(t, j + 1):
        return False  # "Rolls-Royce", "Marks & Spencer" when only the first is listed
    if location_follows(t, j):
        return False  # "The Avon, Conn., company": a town
    if common and i > 0 and t.lower[i - 1] in ("a", "an"):
        return False
    if common and t.sent[i] and not _subject(t, i, j):
        return False  # "Shell said" is the company; "Shell companies ..." need not be
    if t.overlaps_person(t.starts[i], t.ends[j - 1]):
        return False
    if j - i == 1 and t.words[i] in person_words(t):
        return False  # "Kathryn Waters ... Waters pointed out": the article's person
    hit = place_at(t, i)
    if hit is not None and hit[0] >= j and (hit[2] != "city" or _used_as_place(t, i, j)):
        return False  # a country; a city the text uses as one ("in Toyota")
    return not is_stock_index(t, i, j)


def _subject(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j), opening a sentence, are the subject of an agent's verb ("Shell
    said"), or of an auxiliary when the article never writes the word in lower case
    ("Honda has three hybrids")."""
    if j >= t.n:
        return False
    if t.lower[j] in lx.AGENT_VERBS:
        return True
    return t.lower[j] in lx.SUBJECT_AUXILIARIES and t.lower[i] not in lower_words(t)


def _used_as_place(t: Tokens, i: int, j: int) -> bool:
    """A name that is also a city stands for the city here: after a locative
    preposition, or before ", <place>"."""
    if i > 0 and t.lower[i - 1] in LOCATIVES:
        return True
    return j + 1 < t.n and t.words[j] == "," and place_at(t, j + 1) is not None


def is_stock_index(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) name a stock index: "Dow Jones industrial average", "FTSE 100",
    "the Nikkei fell", "Nasdaq Composite"."""
    for end in range(min(t.n, j + 2), j - 1, -1):
        if t.chars(i, end).lower() in lx.STOCK_INDICES:
            return True
    if t.chars(i, j).lower() not in lx.INDEX_SHORT_NAMES:
        return False
    return j < t.n and (t.lower[j] in lx.INDEX_WORDS or t.lower[j] in lx.INDEX_VERBS)


def not_stock_indices(t: Tokens, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the stock indices, whichever rule found them."""
    out = []
    for c in cands:
        i = bisect_right(t.starts, c.start) - 1
        j = bisect_right(t.starts, c.end - 1)
        if not (0 <= i < j and is_stock_index(t, i, j)):
            out.append(c)
    return out
