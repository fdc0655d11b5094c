"""Finders of names that only the words around them make an organization's: an
introducing noun ("enterprise Polimer"), an employer ("an analyst with Dean Witter"), a
news source ("X reported"), an acronym in parentheses, a possession after "X's"
("Fiat's chief executive"), a role after the name ("WorldCom chief") and an appositive
("Sibneft, a Russian oil company").

Over 600 lines because it holds every finder the context around a name drives
(introducing nouns, employers, media, acronyms, possession, roles, appositives); they
share the cue tables and helpers.
"""

from __future__ import annotations

from factex.organizations import lexicon as lx
from factex.organizations import rules
from factex.organizations.detect.names import (
    DESCRIPTIVE_ADJECTIVES,
    LEADING_DESCRIPTIONS,
    cap_run,
    demonym_at,
    head_at,
    is_name_word,
    is_place_words,
    location_follows,
    lower_words,
    name_before,
    name_start_left,
    person_words,
    personal,
    place_at,
    plausible_name,
    short_names,
    strip_nationality,
)
from factex.organizations.detect.tokens import (
    MEDIA_CUES,
    OPEN_PAREN,
    POSSESSIVE,
    SAID_BEFORE_NAME,
    THE_WORDS,
    Candidate,
    Tokens,
)
from factex.organizations.normalize import acronym_fits, is_acronym


def find_intro(t: Tokens) -> list[Candidate]:
    """Names introduced by a noun: "industrial enterprise Polimer" (INTRO_BEFORE) and
    "the Uralmash holding company" (INTRO_AFTER); examples after a plural one
    (``find_examples``)."""
    out = []
    for i in t.at(lx.INTRO_NOUNS):
        kind = lx.INTRO_NOUNS.get(t.lower[i])
        if kind is None or not t.words[i].islower():
            continue
        if t.lower[i] in lx.INTRO_NEEDS_NOUN and (
            i + 1 >= t.n or t.lower[i + 1] not in lx.INTRO_NOUNS
        ):
            continue
        # "enterprise Polimer": the name right after the noun.
        k = i + 1
        if k < t.n and is_name_word(t, k) and not t.sent[k]:
            end = _and_name(t, k, cap_run(t, k))
            next_is_head = end < t.n and head_at(t, end) is not None
            if t.lower[i] in lx.INTRO_ALSO_PEOPLE and _a_persons_rival(t, i, k, end):
                pass
            elif _initialled_person(t, k, end):
                pass  # "the aircraft carrier John F. Kennedy": named after a person
            elif not next_is_head and plausible_name(t, k, end):
                short = short_names(t, k, end)
                cand = Candidate(
                    t.starts[k], t.ends[end - 1], rules.INTRO_BEFORE, kind, short=short
                )
                out.append(cand)
                if lx.makes_things(t.lower[i]):
                    continue  # "iPod maker Apple": the name before is the thing made
        elif k < t.n and t.words[k] == ",":
            cand = _named_after_comma(t, i, kind)
            if cand is not None:
                out.append(cand)
        # "the Uralmash holding company": the name right before the noun(s).
        if t.lower[i] in lx.INTRO_BEFORE_ONLY:
            continue
        j = i
        if (
            j > 0
            and t.words[j - 1].islower()
            and (t.lower[j - 1] in lx.INTRO_NOUNS or t.lower[j - 1] in lx.INTRO_COMPOUND_FIRST)
        ):
            j -= 1
        if j == 0 or not is_name_word(t, j - 1) or t.sent[j]:
            continue
        start = name_start_left(t, j - 1)
        core = strip_nationality(t, start, j)
        if start > 0 and t.lower[start - 1] in lx.GENERIC_DETERMINERS:
            continue
        if j - core == 1 and t.sent[core] and j == i:
            continue  # "Customers holding ...": a sentence's first word alone
        if core < j and plausible_name(t, core, j) and head_at(t, j - 1) is None:
            out.append(Candidate(t.starts[core], t.ends[j - 1], rules.INTRO_AFTER, kind))
    return out + find_examples(t)


def _and_name(t: Tokens, k: int, end: int) -> int:
    """The end of the name after one intro noun: one firm's name goes on over "and" and
    a capitalized word or two ("brokers Phillips and Drew", "consultancy Purvin and
    Gertz"), unless either side is a listed name or a place ("carmaker BMW and
    Mercedes": two firms) or a list or a longer name goes on after it."""
    if end + 1 >= t.n or t.lower[end] != "and" or not is_name_word(t, end + 1):
        return end
    last = cap_run(t, end + 1)
    if last - end > 3 or (last < t.n and (t.words[last] in _GOES_ON or t.lower[last] == "and")):
        return end
    if head_at(t, last - 1) is not None:
        return end  # "firm Kestrel and Varco Oil": the second is a name of its own
    for a, b in ((k, end), (end + 1, last)):
        form = t.chars(a, b)
        if form in lx.gazetteer().exact or form.lower() in lx.known_orgs():
            return end
        if is_place_words(t, a, b) or demonym_at(t, a) is not None:
            return end
    return last


_GOES_ON = frozenset({"'s", "’s", "-", "&"})


def _named_after_comma(t: Tokens, i: int, kind: str) -> Candidate | None:
    """ "the French statistics agency, INSEE, expects", "a separate company, Eurostar.":
    the name set off by commas after a noun phrase that an article or a possessive
    opens, the name closed by a comma, a full stop or a bracket."""
    k = i + 2
    if k >= t.n or not is_name_word(t, k) or t.sent[k] or t.lower[i] in lx.INTRO_ALSO_PEOPLE:
        return None
    end = cap_run(t, k)
    if end >= t.n or t.words[end] not in (",", ".", ")"):
        return None
    p = i - 1  # leftwards over the noun phrase's lower-case words to its opening word
    while (
        p >= 0
        and i - p <= 4
        and (t.words[p].islower() or demonym_at(t, p) is not None)
        and t.lower[p] not in _NP_OPENERS
    ):
        p -= 1  # "the French statistics agency"
    if p < 0 or (t.lower[p] not in _NP_OPENERS and t.words[p] not in POSSESSIVE):
        return None
    if _initialled_person(t, k, end) or not plausible_name(t, k, end):
        return None
    if personal(t, k, end, person_words(t)):
        return None
    if kind == "media" and t.lower[i] == "agency" and t.lower[i - 1] != "news":
        kind = "other"  # "the statistics agency, INSEE": a news agency only as one
    return Candidate(t.starts[k], t.ends[end - 1], rules.INTRO_BEFORE, kind)


# Words that open a noun phrase naming one organization ("the", "its parent company").
_NP_OPENERS = frozenset({"the", "a", "an", "another", "its", "their", "his", "her"})


def _initialled_person(t: Tokens, k: int, end: int) -> bool:
    """Tokens [k, end) are a given name, a middle initial and a surname ("John F.
    Kennedy"): a person's name, or a ship's or building's named after one."""
    return (
        end - k == 3
        and t.lower[k] in lx.first_names()
        and len(t.words[k + 1]) == 2
        and t.words[k + 1][0].isupper()
        and t.words[k + 1][1] == "."
    )


def find_examples(t: Tokens) -> list[Candidate]:
    """ "retailers like Woolworths", "banks including Barclays and HSBC", "carmakers such
    as Fiat, Renault and Volvo": the names a plural intro noun introduces by examples
    (rule INTRO_BEFORE), each no place, nationality or person's."""
    out = []
    for i in t.at(lx.INTRO_PLURALS):
        if not t.words[i].islower() or i + 2 >= t.n or t.lower[i + 1] not in lx.EXAMPLE_WORDS:
            continue
        k = i + 2
        if t.lower[i + 1] == "such":
            if t.lower[i + 2] != "as":
                continue
            k = i + 3
        kind = lx.INTRO_PLURALS[t.lower[i]]
        people = person_words(t)
        while k < t.n and is_name_word(t, k) and not t.sent[k]:
            end = cap_run(t, k)
            if not plausible_name(t, k, end) or demonym_at(t, k) is not None:
                break
            if personal(t, k, end, people) or head_at(t, end) is not None:
                break
            out.append(Candidate(t.starts[k], t.ends[end - 1], rules.INTRO_BEFORE, kind))
            if end + 1 >= t.n or t.words[end] != ",":
                if end + 1 < t.n and t.lower[end] in ("and", "or"):
                    k = end + 1  # the last example
                    continue
                break
            k = end + 2 if t.lower[end + 1] in ("and", "or") else end + 1
    return out


def _a_persons_rival(t: Tokens, i: int, k: int, end: int) -> bool:
    """The rival named at [k, end) after token i ("rival") may be a person's: a
    person's name, or a rivalry people have ("his rival", "political rival")."""
    if i > 0 and t.lower[i - 1] in lx.PERSONAL_RIVALRY:
        return True
    return personal(t, k, end, person_words(t))


def find_employers(t: Tokens) -> list[Candidate]:
    """ "an analyst with Dean Witter Reynolds", "a spokesman at Acme": the employer
    (rule EMPLOYER); also after the person's name, when a role noun or a verb of
    saying puts the name there: "analyst Mike Powell of Acme", "said Ann Lee at Acme"."""
    out = []
    for i in t.at(lx.EMPLOYEE_NOUNS):
        if i >= t.n - 2:
            break
        prep = t.lower[i + 1]
        if prep not in lx.EMPLOYER_PREPOSITIONS and not (
            prep == "for" and t.lower[i] in lx.SPEAKS_FOR
        ):
            if t.words[i].islower():
                out += _employer_after_person(t, i + 1)
            continue
        k = i + 2
        if t.lower[k] == "the":
            k += 1
        end = cap_run(t, k)
        if end > k and plausible_name(t, k, end) and not location_follows(t, end):
            out.append(Candidate(t.starts[k], t.ends[end - 1], rules.EMPLOYER, "company"))
    for i in t.at(SAID_BEFORE_NAME):
        if t.words[i].islower():
            out += _employer_after_person(t, i + 1)
            out += _possessor_of_speaker(t, cap_run(t, i + 1))
    first = lx.first_names()
    for i in t.at(first):
        if t.cap[i] and (i == 0 or not t.cap[i - 1]) and t.words[i][1:].islower():
            out += _employer_after_person(t, i, of_only=True)
    for i in t.at(lx.SAY_VERBS):
        if i > 2 and t.words[i].islower() and is_name_word(t, i - 1):
            start = name_start_left(t, i - 1)
            out += _possessor_of_speaker(t, start - 1, end=i)
    return out


def _possessor_of_speaker(t: Tokens, p: int, end: int | None = None) -> list[Candidate]:
    """ "said ABN Amro's Paul Mackel", "Deutsche Bank's Simon Champion said": the name
    that owns a speaker named by a given name and a surname (token p is the "'s"; the
    speaker's name ends at ``end``, or is read from p + 1) is the speaker's employer
    (rule EMPLOYER), unless it is a place ("Britain's Tony Blair") or a person."""
    if not 0 < p < t.n - 2 or t.words[p] not in POSSESSIVE or not is_name_word(t, p - 1):
        return []
    k = p + 1
    stop = cap_run(t, k) if end is None else end
    if not (2 <= stop - k <= 3 and t.cap[k] and t.lower[k] in lx.first_names()):
        return []
    if any(head_at(t, m) is not None or t.lower[m] in lx.TITLES for m in range(k, stop)):
        return []
    start = name_before(t, p - 1, lower_words(t))
    if start >= p or demonym_at(t, start) is not None or not plausible_name(t, start, p):
        return []
    if personal(t, start, p, person_words(t)):
        return []
    return [Candidate(t.starts[start], t.ends[p - 1], rules.EMPLOYER, "company")]


def _employer_after_person(t: Tokens, k: int, of_only: bool = False) -> list[Candidate]:
    """ "Mike Powell of Dresdner Kleinwort": a person's name of two to four words from
    token k (no organization's head in it), then "of"/"at"/"with" and the employer
    (``of_only``: a name opened by a given name, with no cue before it, then "of":
    "Peter Marion of Maritime Seafood Processors")."""
    end = cap_run(t, k)
    words = sum(1 for m in range(k, end) if t.words[m] not in "-&")
    if not 2 <= words <= 4 or end + 1 >= t.n or t.lower[end] not in _AFTER_PERSON:
        return []
    if of_only and (t.lower[end] != "of" or t.words[end + 1] == "The"):
        return []  # "Anna Berg of The Clarion": a title, the title rule's
    if any(head_at(t, m) is not None or t.lower[m] in lx.TITLES for m in range(k, end)):
        return []  # "analyst Bank of America": the employer itself, not a person
    if is_place_words(t, k, end):
        return []
    m = end + 1
    if t.lower[m] == "the":
        m += 1
    stop = cap_run(t, m)
    if stop > m and plausible_name(t, m, stop) and not location_follows(t, stop):
        return [Candidate(t.starts[m], t.ends[stop - 1], rules.EMPLOYER, "company")]
    return []


_AFTER_PERSON = frozenset({"of", "at", "with"})


def find_media(t: Tokens) -> list[Candidate]:
    """News sources: "X reports, citing Y", ", X reported", and "By X" bylines."""
    out = []
    for i in t.at(MEDIA_CUES):
        w = t.lower[i]
        if w in lx.REPORT_VERBS and i > 0 and is_name_word(t, i - 1) and _attribution(t, i + 1):
            start = name_start_left(t, i - 1)
            if i - start == 1 and plausible_name(t, start, i):
                out.append(Candidate(t.starts[start], t.ends[i - 1], rules.MEDIA_REPORTS, "media"))
        elif w in lx.CITE_WORDS:
            k = i + 1
            if k < t.n and t.lower[k] == "the":
                k += 1
            end = cap_run(t, k)
            if (
                end > k
                and plausible_name(t, k, end)
                and end - k == 1
                and head_at(t, end - 1) is None
            ):
                out.append(Candidate(t.starts[k], t.ends[end - 1], rules.MEDIA_CITING, "media"))
        elif t.words[i] == "By" and _line_start_or_header(t, i):
            end = cap_run(t, i + 1)
            line_ends = end >= t.n or t.brk[end]
            if end == i + 2 and line_ends and plausible_name(t, i + 1, end):
                out.append(Candidate(t.starts[i + 1], t.ends[end - 1], rules.MEDIA_BYLINE, "media"))
    for i in t.capitalized_at(THE_WORDS):
        title = _titled_with_the(t, i)
        if title is not None:
            out.append(title)
    return out


def _titled_with_the(t: Tokens, i: int) -> Candidate | None:
    """A capitalized "The" inside a sentence, after a lower-case word, and the one to
    three capitalized words after it: a title ("both The Independent and The Times",
    "told The Globe and Mail"): a news outlet's where the words around say so
    (``TITLE_MEDIA_BEFORE``/``_AFTER``, or two such titles joined); not a name ending
    in a head other than a paper's (the head's rules find it without "The"), a work
    ("the film The Aviator"), a place ("The Hague"), a person or words the article
    writes in lower case."""
    if t.words[i] != "The" or i == 0 or t.sent[i] or t.brk[i - 1]:
        return None
    before = t.words[i - 1]
    if not (before.isalpha() and before.islower()) or before in lx.WORK_NOUNS:
        return None
    end = cap_run(t, i + 1)
    if (
        end + 1 < t.n
        and t.lower[end] == "and"
        and end - i == 2
        and t.words[end + 1] != "The"
        and is_name_word(t, end + 1)
        and cap_run(t, end + 1) == end + 2
    ):
        end += 2  # "The Globe and Mail"
    if not (i + 1 < end <= i + 4) or t.sent[end - 1] or is_place_words(t, i, end):
        return None
    if not plausible_name(t, i + 1, end) or demonym_at(t, i + 1) is not None:
        return None
    if personal(t, i + 1, end, person_words(t)):
        return None
    lower = lower_words(t)
    words = [t.lower[k] for k in range(i + 1, end) if t.lower[k] != "and"]
    if all(w in lower or w in lx.HEADS or w in lx.GENERIC_NAME_WORDS for w in words):
        return None  # "The Company", "The Board": words, capitalized as defined terms
    head = head_at(t, end - 1)
    if head is not None and lx.HEADS.get(head[1]) != "media":
        return None  # "The Brookings Institution": the head's rules find it without "The"
    after = t.lower[end] if end < t.n else ""
    paired = after == "and" and end + 1 < t.n and t.words[end + 1] == "The"
    # "Matthew Ingram of The Globe and Mail", "the editor of The Clarion": a writer's paper
    writer = before == "of" and i > 1 and (t.cap[i - 2] or t.lower[i - 2] in lx.TITLE_MEDIA_AFTER)
    if before in lx.TITLE_MEDIA_BEFORE or after in lx.TITLE_MEDIA_AFTER or paired or writer:
        return Candidate(t.starts[i], t.ends[end - 1], rules.TITLE_THE, "media")
    return None  # "on The Solent", "a cosplayer as The Fawn": a place's or a nickname


def _attribution(t: Tokens, k: int) -> bool:
    """After "X reports": the clause ends or a source follows (", citing ...")."""
    if k >= t.n or t.brk[k] or t.words[k] in (".", ";"):
        return True
    return t.words[k] == "," and (k + 1 >= t.n or t.lower[k + 1] in lx.CITE_WORDS)


def _line_start_or_header(t: Tokens, i: int) -> bool:
    """Token i opens a line, or sits in the article's first line (a dateline)."""
    if i == 0 or t.brk[i - 1]:
        return True
    return i < 12 and not any(t.brk[k] and "\n" in t.words[k] for k in range(0, i))


def find_acronyms(t: Tokens, found: list[Candidate]) -> list[Candidate]:
    """ "Full Name (FN)": attach FN to the candidate ending before the parenthesis, or
    make Full Name an organization when FN spells it (rule ACRONYM)."""
    out = []
    by_end: dict[int, list[Candidate]] = {}
    for c in found:
        by_end.setdefault(c.end, []).append(c)
    for i in t.at(OPEN_PAREN):
        if not 1 <= i < t.n - 2 or t.words[i + 2] != ")":
            continue
        acronym = t.words[i + 1]
        before = t.ends[i - 1]
        if not is_acronym(acronym):
            if before in by_end and _short_name(t, i + 1):
                for c in by_end[before]:
                    if _opens_a_word(acronym, t.text[c.start : c.end]):
                        c.acronym = c.acronym or acronym
            continue
        if before in by_end:
            for c in by_end[before]:  # every rule's name there: any of them may be chosen
                c.acronym = c.acronym or acronym
            continue
        start = name_start_left(t, i - 1)
        if not is_name_word(t, i - 1) or i - start < 2:
            continue
        core = strip_nationality(t, start, i)
        name = t.chars(core, i)
        if core < i and plausible_name(t, core, i) and acronym_fits(acronym, name):
            out.append(Candidate(t.starts[core], t.ends[i - 1], rules.ACRONYM, acronym=acronym))
    return out


def _short_name(t: Tokens, i: int) -> bool:
    """Token i, in parentheses after a name, is its short name: one capitalized word
    that is no place, people, known organization or common word ("Chilean Copper
    Commission (Cochilco)", "Petroleos Mexicanos (Pemex)"; not "(Frankfurt)")."""
    w = t.words[i]
    return (
        len(w) >= 4
        and w.isalpha()
        and w[0].isupper()
        and w[1:].islower()
        and is_name_word(t, i)
        and w.lower() not in lower_words(t)
        and place_at(t, i) is None
        and demonym_at(t, i) is None
        and w not in lx.known_surfaces()[0]
    )


def _opens_a_word(short: str, name: str) -> bool:
    """The short name begins as one of the name's words does ("Pemex" and
    "Petroleos"), as a clipped name does; a town or a person does not."""
    head = short[:2].lower()
    return any(w.lower().startswith(head) for w in name.split() if w.lower() not in _NAME_JOINS)


_NAME_JOINS = lx.CONNECTORS | {"and", "the", "del"}  # (no word a short name clips)


def find_context(t: Tokens) -> list[Candidate]:
    """Names that only an organization's context makes one (rule CONTEXT): "shares of
    Fiat", "Fiat's chief executive", "Fiat (NYSE: FCAU)"."""
    out = []
    for i in t.at(lx.SHARES_WORDS):
        lower_case = t.words[i].islower() or t.sent[i]
        if i + 2 < t.n and t.lower[i + 1] in ("of", "in") and lower_case:
            out += _shares_of(t, i + 2)
    for i in t.at(lx.LOCATED_PARTICIPLES):
        if i > 1 and t.words[i - 1] == "-" and t.words[i].islower() and i + 1 < t.n:
            out += _located(t, i + 1)
    for i in t.at(lx.POSSESSIONS_OF_LAST):
        if i + 2 < t.n and t.lower[i + 1] == "of" and _possession_of(t, i):
            out += _possessor(t, i + 2)
    people: set[str] | None = None
    for i in t.at(POSSESSIVE):
        if i > 0 and i + 1 < t.n and _country_acronym(t, i):
            out.append(Candidate(t.starts[i + 1], t.ends[i + 1], rules.CONTEXT, "other"))
            continue
        if i == 0 or not is_name_word(t, i - 1) or not _company_possession(t, i + 1):
            continue
        start = name_start_left(t, i - 1)
        if t.sent[start] and i - start == 1 and t.lower[start] in lx.NOT_NAME_WORDS:
            continue
        if people is None:
            people = person_words(t)
        if (
            plausible_name(t, start, i)
            and demonym_at(t, start) is None
            and not personal(t, start, i, people)
        ):
            out.append(Candidate(t.starts[start], t.ends[i - 1], rules.CONTEXT, "company"))
    for i in t.at(OPEN_PAREN):
        if (
            i > 0
            and i + 3 < t.n
            and t.lower[i + 1] in lx.EXCHANGE_TAGS
            and t.words[i + 2] == ":"
            and is_name_word(t, i - 1)
        ):
            start = name_start_left(t, i - 1)
            if plausible_name(t, start, i):
                out.append(Candidate(t.starts[start], t.ends[i - 1], rules.CONTEXT, "company"))
    return out


def _shares_of(t: Tokens, k: int) -> list[Candidate]:
    """The companies after "shares in" from token k: one name, or an enumeration of
    them ("shares in Elan and Biogen Idec", "shares in Germany's ThyssenKrupp, the UK's
    Corus and France's Arcleor"). A name may be a title with a capitalized "The"
    ("shares in The Body Shop"); a place's possessive before it says where the company
    is. The enumeration stops at its first item that is no name, and after the item
    that follows "and"/"or"."""
    out = []
    first = last = True
    while k < t.n:
        if not first and t.words[k] == "the":
            k += 1  # "..., the UK's Corus"
        hit = place_at(t, k)
        if hit is not None and hit[0] + 1 < t.n and t.words[hit[0]] in POSSESSIVE:
            k = hit[0] + 1  # "Germany's ThyssenKrupp"
        start = k
        if k + 1 < t.n and t.words[k] == "The" and not t.sent[k]:
            k += 1  # "The Body Shop": a capitalized "The" inside a sentence is the name's
        end = cap_run(t, k)
        if end <= k or not plausible_name(t, k, end) or _continues_name(t, end):
            break
        if not first and (not _plain_words(t, k, end) or personal(t, k, end, person_words(t))):
            break  # "shares of Connaught and C$44.3 million": a currency, no name
        out.append(Candidate(t.starts[start], t.ends[end - 1], rules.CONTEXT, "company"))
        if end + 1 >= t.n or (not first and last):
            break
        if t.lower[end] in ("and", "or"):
            k, last = end + 1, True
        elif t.words[end] == ",":
            last = t.lower[end + 1] in ("and", "or")
            k = end + 1 + last
        else:
            break
        first = False
    return out


def _located(t: Tokens, k: int) -> list[Candidate]:
    """ "the Paris-based Euronext", "state-owned Codelco": the name from token k, right
    after "<place>-based" (``LOCATED_PARTICIPLES``), when no nationality opens it ("a
    London-listed Russian firm") and it is no person's."""
    if t.sent[k] or not is_name_word(t, k):
        return []
    end = cap_run(t, k)
    if not plausible_name(t, k, end) or _continues_name(t, end) or not _plain_words(t, k, end):
        return []
    if demonym_at(t, k) is not None or personal(t, k, end, person_words(t)):
        return []
    return [Candidate(t.starts[k], t.ends[end - 1], rules.CONTEXT, "company")]


def _possession_of(t: Tokens, i: int) -> bool:
    """Tokens ending at i are a lower-case phrase of ``POSSESSIONS_OF``."""
    if not t.words[i].islower():
        return False
    return any(" ".join(t.lower[i - n : i + 1]) in lx.POSSESSIONS_OF for n in range(min(i, 2) + 1))


def _possessor(t: Tokens, k: int) -> list[Candidate]:
    """ "a subsidiary of Vestey", "the chief executive of the Vantor Group": the name
    from token k (after an optional "the"), cut before a person's given name that opens
    the next name ("chief executive of Vantor Mark Lee")."""
    if t.words[k] == "the":
        k += 1
    if k + 1 < t.n and t.lower[k] in lx.MEASURE_ACRONYMS:
        k += 1  # "managing director of ISP Freedom2surf": what the company is
    end = cap_run(t, k)
    first = lx.first_names()
    end = next((m for m in range(k + 1, end - 1) if t.lower[m] in first), end)
    if end <= k or not plausible_name(t, k, end) or _continues_name(t, end):
        return []
    if demonym_at(t, k) is not None or personal(t, k, end, person_words(t)):
        return []
    return [Candidate(t.starts[k], t.ends[end - 1], rules.CONTEXT, "company")]


def _plain_words(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are letters and digits, with no sign but "." "'" "&" "-"."""
    return all(ch.isalnum() or ch in ".'&-" for k in range(i, j) for ch in t.words[k])


def _country_acronym(t: Tokens, i: int) -> bool:
    """ "the UK's CBI", "Britain's FSA": an acronym a country owns (token i is the "'s")
    is one of its bodies or firms, unless it is a measure or a common abbreviation
    ("China's GDP", "Japan's IPO market") or a currency."""
    from factex.money import lexicon as money

    w = t.words[i + 1]
    if not (is_acronym(w) and w.isalpha() and 2 <= len(w) <= 6):
        return False
    if w.lower() in lx.NOT_ORG_ACRONYMS or w in money.ISO_CODES:
        return False
    if i + 2 < t.n and (is_name_word(t, i + 2) or t.words[i + 2] in "-&"):
        return False  # "Japan's NEC Corp": a longer name, the other rules' to read
    first = name_start_left(t, i - 1) if is_name_word(t, i - 1) else i - 1
    hit = place_at(t, first, i)
    return hit is not None and hit[0] == i and hit[2] == "country"


def _continues_name(t: Tokens, end: int) -> bool:
    """A name goes on past ``end`` in a way a capitalized run does not show ("AT&",
    "Rolls-"; a dash between spaces ends it)."""
    if end >= t.n or t.words[end] not in "-&":
        return False
    return t.words[end] == "&" or end + 1 >= t.n or t.ends[end] == t.starts[end + 1]


def _company_possession(t: Tokens, k: int) -> bool:
    """Tokens from k say what only an organization has ("chief executive", "shares"),
    maybe after one lower-case modifier ("former chief executive", "voting shares")."""
    if k >= t.n:
        return False
    if (
        k + 1 < t.n
        and t.words[k].isalpha()
        and t.words[k].islower()
        and t.lower[k] not in ("and", "or")
        and t.lower[k] not in lx.COMPANY_POSSESSIONS
        and _possession_at(t, k + 1)
    ):
        return True
    return _possession_at(t, k)


def _possession_at(t: Tokens, k: int) -> bool:
    if k >= t.n:
        return False
    two = " ".join(t.lower[k : k + 2])
    three = " ".join(t.lower[k : k + 3])
    return (
        t.lower[k] in lx.COMPANY_POSSESSIONS
        or two in lx.COMPANY_POSSESSIONS
        or (three in lx.COMPANY_POSSESSIONS)
    )


# Roles news copy describes with an adjective ("Financial analysts", "Senior executives").
_DESCRIBED_ROLES = frozenset(
    {"analyst", "analysts", "economist", "economists", "strategist", "executives", "staff"}
    | {"president", "vice", "director", "directors", "executive"}  # "Parliamentary president"
)

_SHARE_CLASSES = frozenset({"class", "series", "preferred", "ordinary", "common"})


def find_roles(t: Tokens) -> list[Candidate]:
    """ "WorldCom chief Bernie Ebbers", "Google shares", "IMF boss": a name right before
    a lower-case noun only an organization has (rule CONTEXT); and "Sibneft, a Russian oil
    company": a name with an appositive naming its kind."""
    roles = [i for i in t.at(lx.ROLES_AFTER) if t.words[i].islower()]
    intros = [i for i in t.at(lx.INTRO_NOUNS) if t.words[i].islower()]
    if not roles and not intros:
        return []
    out = []
    for i in roles:
        if i == 0 or not is_name_word(t, i - 1) or t.sent[i]:
            continue
        lower = lower_words(t)  # built on first use, once per article
        start = name_before(t, i - 1, lower)
        if start >= i or demonym_at(t, start) is not None or head_at(t, i - 1) is not None:
            continue
        if i - start == 1 and t.lower[start] in LEADING_DESCRIPTIONS:
            continue  # "Fellow shareholders": a description, no name
        if len(t.words[i - 1]) == 1 or t.lower[start] in _SHARE_CLASSES:
            continue  # "Class B shares", "A shares": a class of shares
        if start > 0 and t.lower[start - 1] in ("and", "of", "for", "&"):
            continue  # "Council for Economic Planning and Development spokesman"
        if i - start == 1 and (t.lower[start] in lower or t.lower[start] in DESCRIPTIVE_ADJECTIVES):
            continue  # "Private economists", "Western analysts": an adjective
        opens = t.sent[start] or start == 0 or t.brk[start - 1]
        if i - start == 1 and opens and t.lower[i] in _DESCRIBED_ROLES:
            continue  # "Financial analysts say": a sentence's first word describes them
        if plausible_name(t, start, i) and not personal(t, start, i, person_words(t)):
            out.append(Candidate(t.starts[start], t.ends[i - 1], rules.CONTEXT, "company"))
    for i in intros:
        cand = _appositive(t, i)
        if cand is not None:
            out.append(cand)
    return out


def _defined(t: Tokens, k: int) -> bool:
    """Token k, after an appositive's noun, goes on to say which one ("X, the main unit
    of Yukos", "X, the food group which went bust"): "the" defines X, it does not take
    up an earlier mention."""
    return k < t.n and t.lower[k] in _DEFINING


_DEFINING = frozenset({"of", "which", "that", "whose"})


def _place_ranks(t: Tokens, k: int, i: int) -> bool:
    """Tokens from k are a place's possessive then a superlative ("Europe's largest",
    "Japan's third-biggest") before the noun at i."""
    hit = place_at(t, k)
    end = hit[0] if hit is not None else k + 1
    if hit is None and t.lower[k] not in lx.CONTINENTS:
        return False
    if end + 1 >= i or t.words[end] not in POSSESSIVE:
        return False
    word = t.lower[end + 1]
    if end + 3 < i and t.words[end + 2] in "-–":
        word = t.lower[end + 3]  # "Japan's fourth-largest bank"
    return word.endswith("est") or word in _RANKS


# Words that rank a company among others, besides superlatives ("Japan's top bank").
_RANKS = frozenset({"top", "leading", "main"})


def _appositive(t: Tokens, i: int) -> Candidate | None:
    """ "X, a (Russian oil) company", "X, another Reliance Group company": X, when the
    noun ends the description."""
    nxt = i + 1
    if nxt < t.n and t.words[nxt][:1].isalpha() and t.lower[nxt] not in lx.APPOSITIVE_FOLLOWERS:
        return None  # "a company director": the noun modifies another
    k = i - 1
    ranked = False  # "the world's biggest carmaker", "the US's leading insurer"
    while k > 0 and i - k <= 6 and t.lower[k] not in ("a", "an", "another", "the"):
        if t.words[k] == "," and ranked:
            break  # "X, Europe's largest insurer": a place's ranking needs no article
        ranked = ranked or t.words[k] in POSSESSIVE
        if not t.words[k][:1].isalpha() and t.words[k] not in "-–" and not ranked:
            return None
        k -= 1
    if t.words[k] == "," and ranked and _place_ranks(t, k + 1, i):
        end = k
    elif k < 2 or t.words[k - 1] != "," or i - k > 5:
        return None
    elif t.lower[k] not in ("a", "an", "another") and not (
        t.lower[k] == "the" and (ranked or _defined(t, nxt))
    ):
        return None  # "However, the company said": "the" takes up an earlier mention
    else:
        end = k - 1
    if not is_name_word(t, end - 1):
        return None
    start = name_before(t, end - 1, lower_words(t))
    if start == end - 1 and t.sent[start]:
        return None  # "Meanwhile, a company that ...": a sentence adverb
    if start >= end or demonym_at(t, start) is not None:
        return None
    if not plausible_name(t, start, end) or personal(t, start, end, person_words(t)):
        return None
    kind = lx.INTRO_NOUNS.get(t.lower[i], "company")
    return Candidate(t.starts[start], t.ends[end - 1], rules.CONTEXT, kind)
