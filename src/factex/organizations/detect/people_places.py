"""Titled people ("Prime Minister Olaf Brandt") and places (countries, cities,
nationality adjectives): not organizations themselves, they keep other finders off
their words and give an organization its country.
"""

from __future__ import annotations

from factex.organizations import lexicon as lx
from factex.organizations import rules
from factex.organizations.detect.names import (
    demonym_at,
    head_at,
    is_name_word,
    is_place_words,
    of_complement,
    place_at,
)
from factex.organizations.detect.tokens import Person, Place, Tokens


def find_people(t: Tokens) -> list[Person]:
    """Titled names: "Prime Minister Olaf Brandt", "Chairman Peter Novak",
    "his counterpart, Aziz Karimov", "Mr. Smith"."""
    out: list[Person] = []
    free = 0  # tokens before this are inside the last name found or its title
    for i in t.at(lx.TITLES):
        if i < free or not (t.cap[i] or t.lower[i] == "counterpart"):
            continue
        start = i
        while start > 0 and not t.sent[start] and t.lower[start - 1] in lx.TITLE_MODIFIERS:
            if not t.cap[start - 1]:
                break
            start -= 1
        j = i + 1
        while j < t.n and t.lower[j] in lx.TITLES and t.cap[j] and not t.sent[j]:
            j += 1
        title_end = of_complement(t, j)
        k = title_end
        comma = k < t.n and t.words[k] == ","
        if comma:
            k += 1
        end = k
        while (
            end < t.n
            and not t.sent[end]
            and (
                (is_name_word(t, end) and t.lower[end] not in lx.TITLES)
                or (t.lower[end] in lx.NAME_PARTICLES and end > k and is_name_word(t, end + 1))
            )
        ):
            end += 1
        if end == k and not comma and title_end - j >= 4:
            # "Minister of Economy Sara Lind": the complement took the name; keep the
            # complement's first word, the rest is the name.
            title_end, k = j + 2, j + 2
        words = end - k
        ok = words >= (2 if comma else 1) and words <= 4
        if ok and end < t.n and head_at(t, end) is not None and t.cap[end]:
            ok = False  # "President Hotel Group" names an organization
        if ok and (is_place_words(t, k, end) or head_at(t, end - 1) is not None):
            ok = False
        if ok:
            title = " ".join(t.words[start:title_end])
            out.append(Person(t.starts[start], t.ends[end - 1], t.chars(k, end), title))
            free = end
        else:
            free = j
    return out


def _inside_name(t: Tokens, i: int) -> bool:
    """Token i follows a capitalized word that is not itself a place."""
    return (
        i > 0
        and not t.sent[i]
        and is_name_word(t, i - 1)
        and demonym_at(t, i - 1) is None
        and place_at(t, i - 1, i) is None
    )


def find_places(t: Tokens) -> list[Place]:
    """Countries, capitals, major cities and nationality adjectives."""
    out: list[Place] = []
    free = 0  # tokens before this are inside the last place found
    for i in t.capitalized_at(lx.place_or_demonym_starts()):
        if i < free:
            continue
        hit = place_at(t, i)
        if hit is not None and hit[2] == "city" and _inside_name(t, i):
            hit = None  # "Morgan Stanley", "Alex Henderson": part of a name
        if hit is not None:
            j, name, kind = hit
            rule = rules.PLACE_COUNTRY if kind == "country" else rules.PLACE_CITY
            out.append(Place(t.starts[i], t.ends[j - 1], name, rule, (i, j)))
            free = j
            continue
        dem = demonym_at(t, i)
        if dem is not None:
            end = dem[0]
            out.append(Place(t.starts[i], t.ends[end - 1], dem[1], rules.PLACE_DEMONYM, (i, end)))
            free = end
    return out
