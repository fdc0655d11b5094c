"""The organization gazetteer: its data files load, carry valid kinds and their license
notices, and a listed name counts only where the text agrees."""

from __future__ import annotations

from importlib import resources

import pytest

from factex.organizations import lexicon as lx
from factex.organizations import rules

DATA = resources.files("factex.data")


def orgs(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (kind, mention texts)."""
    return {o.name: (o.kind, [m.text for m in o.mentions]) for o in nlp(text)._.organizations}


def test_files_load_with_valid_kinds():
    gaz = lx.gazetteer()
    assert len(gaz.exact) > 3_000
    assert {org.kind for org in gaz.exact.values()} <= lx.GAZETTEER_KINDS
    for file in lx.GAZETTEER_FILES:
        rows = [line for line in DATA.joinpath(file).read_text("utf-8").splitlines()]
        body = [r for r in rows if r and not r.startswith("#")]
        assert body, file
        assert all(len(r.split("\t")) >= 2 for r in body), file


@pytest.mark.parametrize(
    ("data", "notice", "words"),
    [
        ("orgs_nsi.tsv", "LICENSE-name-suggestion-index.md", "BSD"),
        ("orgs_supraverden.tsv", "LICENSE-supraverden.md", "Attribution-ShareAlike 4.0"),
        ("orgs_sp500.tsv", "NOTICE-sp500.md", "PDDL"),
    ],
)
def test_license_beside_each_derived_file(data: str, notice: str, words: str):
    assert words in DATA.joinpath(notice).read_text("utf-8")
    header = DATA.joinpath(data).read_text("utf-8").split("\n", 5)
    assert any(notice in line for line in header), "the data file names its notice"
    assert notice in DATA.joinpath("README.md").read_text("utf-8")


def test_share_alike_data_stays_in_its_own_file():
    # supraverden's names are only in orgs_supraverden.tsv (CC BY-SA), not mixed in.
    others = "".join(
        DATA.joinpath(f).read_text("utf-8") for f in lx.GAZETTEER_FILES if "supraverden" not in f
    )
    assert "supraverden" not in others.lower()


@pytest.mark.parametrize(
    "word", ["next", "total", "budget", "central bank", "zurich", "london", "us", "alice"]
)
def test_stoplist_keeps_out_words_places_and_given_names(word: str):
    exact = lx.gazetteer().exact
    assert not [form for form in exact if form.lower() == word and form not in ("US",)]


def test_stock_indices_are_never_names():
    assert not {f.lower() for f in lx.gazetteer().exact} & lx.STOCK_INDICES


# Texts with the organizations the gazetteer must find (name, kind), and no others.
FOUND = [
    (
        "Boeing and Airbus are vying for orders from Qantas.",
        {"Boeing": "company", "Airbus": "company", "Qantas": "company"},
    ),
    (
        "Trade ministers of the European Community met at the GATT talks in Geneva.",
        {
            "European Community": "international",
            "General Agreement on Tariffs and Trade": "international",
        },
    ),
    (
        "Gazprom cut supplies, and Rosneft raised output.",
        {"Gazprom": "company", "Rosneft": "company"},
    ),
    ("Analysts at Morgan Stanley expect the Federal Reserve to hold rates.", None),
    ("Sales at Apple rose, while Shell said profits fell.", {"Apple": "company"}),
    # a listed company by the short name news uses ("Motorola Solutions"; "Merck & Co.")
    (
        "It uses Motorola chips, and Merck makes the drug.",
        {"Motorola": "company", "Merck": "company"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [f for f in FOUND if f[1]], ids=lambda x: str(x)[:30]
)
def test_found(nlp, text: str, expected: dict[str, str]):
    got = orgs(nlp, text)
    for name, kind in expected.items():
        assert name in got and got[name][0] == kind, got


def test_shell_said_opens_a_sentence(nlp):
    assert "Royal Dutch Shell" in orgs(nlp, "Shell said profits fell.")


@pytest.mark.parametrize(
    "text",
    [
        "The company set up a shell in Delaware.",  # lower case: the word
        "Shell companies hide owners.",  # a word that opens a sentence
        "The actor Harrison Ford starred.",  # part of a longer name
        "The Avon, Conn., company filed.",  # a town
        "The Dow Jones industrial average fell 2%.",
        "The Nikkei fell 3% in Tokyo.",
        "The Nasdaq Composite index rose.",
        "The FTSE 100 closed higher.",
    ],
)
def test_text_disagrees(nlp, text: str):
    got = orgs(nlp, text)
    assert not got, got


def test_one_sense_per_article(nlp):
    text = "Shell companies hide owners. Later, Shell said it would sell a unit."
    doc = nlp(text)
    (org,) = doc._.organizations
    assert [m.text for m in org.mentions] == ["Shell", "Shell"][: len(org.mentions)]
    assert org.mentions[-1].span == (text.rindex("Shell"), text.rindex("Shell") + 5)


def test_acronym_merges_with_full_name(nlp):
    got = orgs(nlp, "The European Economic Community said the EEC would act.")
    assert list(got) == ["European Economic Community"]
    assert got["European Economic Community"][1] == ["European Economic Community", "EEC"]


def test_rules_win_on_overlaps(nlp):
    doc = nlp("Toyota Motor Corp. raised its forecast.")
    (span,) = doc.spans["factex_organizations"]
    assert span.text == "Toyota Motor Corp." and span.id_ != rules.GAZETTEER


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "India's Oil and Natural Gas Corporation said output rose.",
            "Oil and Natural Gas Corporation",
            "Oil and Natural Gas Corporation",
        ),
        (
            "Shares of European Aeronautic Defence and Space Co. fell.",
            "European Aeronautic Defence and Space Co.",
            "European Aeronautic Defence and Space Company",
        ),
    ],
)
def test_and_stays_inside_a_listed_name(nlp, text: str, mention: str, name: str):
    doc = nlp(text)
    assert [(s.text, s._.org) for s in doc.spans["factex_organizations"]] == [(mention, name)]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Opec said output would rise.",
            "Opec",
            "Organization of the Petroleum Exporting Countries",
        ),
        ("Nato ministers met.", "Nato", "North Atlantic Treaty Organization"),
    ],
)
def test_acronym_in_british_style(nlp, text: str, mention: str, name: str):
    doc = nlp(text)
    assert [(s.text, s._.org) for s in doc.spans["factex_organizations"]] == [(mention, name)]


def test_brand_in_capitals_is_no_acronym(nlp):
    # "LAWSON" (a brand written in capitals) does not make "Lawson" a company.
    assert not orgs(nlp, "Chancellor Nigel Lawson said taxes would fall. Lawson added.")


def test_known_name_after_a_capitalized_hyphen_part(nlp):
    doc = nlp("The agency ITAR-Tass reported it.")
    assert "Tass" not in [s.text for s in doc.spans["factex_organizations"]]


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Chrysler LLC Jim Press said sales fell.", "LLC Jim Press"),  # a suffix, not a prefix
        ("White House Press Secretary Tony Snow said.", "White House Press"),  # a title
    ],
)
def test_broken_boundaries(nlp, text: str, bad: str):
    doc = nlp(text)
    assert bad not in [s.text for s in doc.spans["factex_organizations"]]


def test_a_description_opening_the_sentence_is_not_part_of_the_name(nlp):
    assert set(orgs(nlp, "Miners Rio Tinto and BHP gained.")) == {"Rio Tinto", "BHP"}
