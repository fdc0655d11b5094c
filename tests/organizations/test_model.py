"""The statistical layer (``--model``): a model that is not installed gets one clear
line and exit 2; its entities pass the same negatives as the rules' finds."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

import factex
from factex.errors import FactexError, ModelNotInstalled
from factex.organizations import rules

MISSING = "en_factex_no_such_model"


def test_missing_model_raises_a_factex_error():
    with pytest.raises(ModelNotInstalled, match="python -m spacy download") as info:
        factex.load(MISSING)
    assert isinstance(info.value, FactexError)


def test_cli_says_one_line_and_exits_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Boeing said.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "factex", "extract", str(path), "--model", MISSING],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and MISSING in lines[0] and "spacy download" in lines[0]
    assert done.stdout == ""


def _with_entities(nlp, text: str, ents: list[tuple[str, str]]):
    """Run the factex components on ``text`` with the given entities set first, as a
    statistical NER before them would."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, label in ents:
        start = text.rindex(surface) if label == "ORG" else text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc


@pytest.fixture(scope="module")
def blank():
    return factex.load()


def test_model_entities_pass_the_negatives(blank):
    text = (
        "The Dow Jones index rose while Steve Jobs said the USD fell. "
        "Jobs smiled at Velmora's efforts."
    )
    doc = _with_entities(
        blank,
        text,
        [
            ("Dow Jones", "ORG"),
            ("Steve Jobs", "PERSON"),
            ("USD", "ORG"),
            ("Jobs", "ORG"),
            ("Velmora", "ORG"),
        ],
    )
    found = {s.text: s.id_ for s in doc.spans["factex_organizations"]}
    assert found == {"Velmora": rules.MODEL}


def test_model_short_form_merges_with_full_name(blank):
    text = "General Motors cut jobs. GM said sales fell."
    doc = _with_entities(blank, text, [("GM", "ORG")])
    (org,) = doc._.organizations
    assert org.name == "General Motors" and [m.text for m in org.mentions] == [
        "General Motors",
        "GM",
    ]


def test_rules_win_over_model_on_overlaps(blank):
    text = "Shares of Toyota Motor Corp. rose."
    doc = _with_entities(blank, text, [("Toyota Motor", "ORG")])
    (span,) = doc.spans["factex_organizations"]
    assert span.text == "Toyota Motor Corp." and span.id_ != rules.MODEL


def test_spacy_blank_has_no_entities():
    assert not spacy.blank("en")("Apple").ents


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Sales of the Airbus A380 rose.", "Airbus A380"),
        ("Sony's Playstation and Microsoft's Xbox sold well.", "Xbox"),
        # A thing noun in apposition or after the name, a unit or a time zone.
        ("Sales of multiple sclerosis drug Velmorin were halted.", "Velmorin"),
        ("The snacks contain Kaliva extract.", "Kaliva"),
        ("Fans protested outside the Harwick Park ground.", "Harwick Park"),
        ("At 1405 GMT, shares in the bank were down.", "GMT"),
        ("It will take 5 million tonnes of LNG a year.", "LNG"),
    ],
)
def test_model_products_are_not_organizations(blank, text: str, entity: str):
    doc = _with_entities(blank, text, [(entity, "ORG")])
    assert all(s.id_ != rules.MODEL for s in doc.spans["factex_organizations"])


def test_model_company_after_a_country_possessive(blank):
    text = "Japan's Zentrix raised prices."
    doc = _with_entities(blank, text, [("Zentrix", "ORG")])
    assert [s.text for s in doc.spans["factex_organizations"]] == ["Zentrix"]


def test_a_thing_is_a_thing_in_every_mention(blank):
    text = "Sales of the drug Velmorin were halted. Velmorin was approved in May."
    doc = blank.make_doc(text)
    first, later = text.index("Velmorin"), text.rindex("Velmorin")
    doc.ents = [doc.char_span(k, k + len("Velmorin"), label="ORG") for k in (first, later)]
    for _, pipe in blank.pipeline:
        doc = pipe(doc)
    assert doc._.organizations == []


def test_a_companys_products_keep_it_a_company(blank):
    text = "The new engines will be made by Zentrix. Zentrix engines are cheap."
    doc = _with_entities(blank, text, [("Zentrix", "ORG")])
    assert [o.name for o in doc._.organizations] == ["Zentrix"]


def _model_names(nlp, text: str, ents: list[tuple[str, str]]) -> set[str]:
    doc = _with_entities(nlp, text, ents)
    return {s.text for s in doc.spans["factex_organizations"] if s.id_ == rules.MODEL}


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # an item of a list of model numbers: a product line
        ("It sells the 320, 330, Vela and Corto.", [("Vela", "ORG")]),
        # an acronym defined by a lower-case term, or by a document
        ("Doctors found acute renal blight (ARB) in two patients.", [("ARB", "ORG")]),
        ("The Tarvic Agreement (TVA) ends in May.", [("TVA", "ORG")]),
        # a place joined to "-based"; a name cut before "of"
        ("He runs Dunmore-based Kestrel Foods.", [("Dunmore", "ORG")]),
        ("Sales fell at House of Varden.", [("House", "ORG")]),
        # people: after a person noun, before a title, listed with people, post-nominals
        ("Former Zentrix boss Aldo Verrani is on trial.", [("Aldo Verrani", "ORG")]),
        ("It was owned by the richest man Anshu Kelvar.", [("Anshu Kelvar", "ORG")]),
        ("Anshu Kelvar, managing director, of Zentrix spoke.", [("Anshu Kelvar", "ORG")]),
        ("Anshu Magazine, managing director, of Zentrix spoke.", [("Anshu Magazine", "ORG")]),
        (
            "Artists such as Amsel Brody, Kelso Varn and Chuck Dorn came.",
            [("Amsel Brody", "PERSON"), ("Kelso Varn", "ORG"), ("Chuck Dorn", "PERSON")],
        ),
        ("Tom Brody, QC, said the case was weak.", [("Tom Brody", "PERSON"), ("QC", "ORG")]),
        # places, creeds, things
        ("Shells landed in the town of Varnock.", [("Varnock", "ORG")]),
        ("She spoke of Islamophobia at length.", [("Islamophobia", "ORG")]),
        ("He was taken to the Century Plaza Towers.", [("Century Plaza Towers", "ORG")]),
        ("The Korvel system replaced it.", [("Korvel", "ORG")]),
        ("She boarded the cruise ship Marvela.", [("Marvela", "ORG")]),
        ("He won in the Harbour Works constituency.", [("Harbour Works", "ORG")]),
        # the desk a titled person heads at an organization named after it
        (
            "Ann Vey, director of Asian Equities at Velmar Bank, said so.",
            [("Asian Equities", "ORG")],
        ),
        # a name given in quotes after "dubbed": a product or scheme in every mention
        ('Its service, dubbed "Kovra", sold well. Kovra sales rose.', [("Kovra", "ORG")]),
        # a state's yearly statement or count, capitalized alone
        ("The Budget is expected to raise taxes.", [("Budget", "ORG")]),
    ],
)
def test_model_guesses_that_are_no_organization(blank, text, ents):
    assert _model_names(blank, text, ents) == set()


@pytest.mark.parametrize(
    ("text", "ents", "kept"),
    [
        ("The central bank (BCRA) cut rates.", [("BCRA", "ORG")], "BCRA"),
        ("Shares of Varnock and Zentrix rose.", [("Zentrix", "ORG")], "Zentrix"),
        (
            "Aldo Verrani, a lawyer, said Zentrix Foods and Kelso Varn agreed.",
            [("Aldo Verrani", "PERSON"), ("Kelso Varn", "ORG")],
            "Kelso Varn",
        ),
        ("It will buy 20% of Zentrix.", [("Zentrix", "ORG")], "Zentrix"),
    ],
)
def test_model_organizations_kept(blank, text, ents, kept):
    doc = _with_entities(blank, text, ents)
    assert kept in {s.text for s in doc.spans["factex_organizations"]}


def _tagged(nlp, text: str, word: str, tag: str):
    """``text`` with every ``word`` an ORG entity the model tagged ``tag``."""
    doc = nlp.make_doc(text)
    spans = []
    for tok in doc:
        if tok.text == word:
            tok.tag_ = tag
            spans.append(doc[tok.i : tok.i + 1])
    doc.ents = [doc.char_span(s.start_char, s.end_char, label="ORG") for s in spans]
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return {s.text for s in doc.spans["factex_organizations"] if s.id_ == rules.MODEL}


def test_a_common_word_opening_a_sentence_is_no_organization(blank):
    assert _tagged(blank, "Prices fell. Upscale stores cut prices.", "Upscale", "JJ") == set()
    # the tagger's proper noun, or a word the article capitalizes mid-sentence, stays
    text = "Prices fell. Zentrix cut prices. Zentrix will grow."
    assert _tagged(blank, text, "Zentrix", "NNP") == {"Zentrix"}
    text = "Prices fell. Zentrix cut prices, said Zentrix."
    assert _tagged(blank, text, "Zentrix", "NN") == {"Zentrix"}


@pytest.mark.parametrize(
    ("text", "ent", "count"),
    [
        # the model's full name beside the rules' initials
        ("Profits at GE rose. General Electric said sales grew.", "General Electric", 1),
        # a letter more or less at the end: a typo or a plural of the found name
        (
            "Bank of America said so. The cash it held in a Bank of American account is gone.",
            "Bank of American",
            1,
        ),
        # a subsidiary with its own name stays its own organization
        ("Zentrix Group said sales rose. Zentrix Capital said so too.", "Zentrix Capital", 2),
        # the first of two names joined into the found one: the merged firm's short name
        ("VelmoraKastell raised prices. Velmora says sales slowed.", "Velmora", 1),
        ("Velmora Bank raised prices. Kastell says sales slowed.", "Kastell", 2),
    ],
)
def test_model_variants_of_a_found_name_merge(blank, text, ent, count):
    doc = _with_entities(blank, text, [(ent, "ORG")])
    assert len(doc._.organizations) == count
    assert ent in {m.text for o in doc._.organizations for m in o.mentions}


def test_a_family_is_no_organization(blank):
    assert _model_names(blank, "It was bought by the Varden twins.", [("Varden", "ORG")]) == set()


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        ("It is bringing a hybrid SUV - the Marvela - to market.", "Marvela"),
        ("She lived aboard the cruise ship, Freewinds.", "Freewinds"),
        ("Makers crowded the Detroit Motor Show this week.", "Detroit Motor Show"),
        ("Posts by Operation Clambake spread.", "Operation Clambake"),
    ],
)
def test_model_things_and_events_in_apposition(blank, text, ent):
    assert _model_names(blank, text, [(ent, "ORG")]) == set()


def test_a_company_in_apposition_to_a_person_noun_stays(blank):
    text = "The deal was done by its owner, Zentrix."
    assert _model_names(blank, text, [("Zentrix", "ORG")]) == {"Zentrix"}


def test_a_plural_of_a_lower_case_word_is_no_organization(blank):
    text = "He holds a bond. The Bonds pay well."
    assert _model_names(blank, text, [("Bonds", "ORG")]) == set()


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        # wires capitalize the word after "U.S." whatever it is
        ("Officials said the U.S. Action was a warning. Any action came late.", "U.S. Action"),
        ("It sold U.S. Chips in Tokyo.", "U.S. Chips"),
        ("A U.S. Government official said so.", "U.S. Government"),
        # a headline in capitals, a hyphenated pair of places
        ("OFFICIAL TO VISIT JAPAN AS TRADE ROW GROWS\n\nThe man said.", "JAPAN AS TRADE ROW GROWS"),
        ("The U.S.-Japan row grew.", "U.S.-Japan"),
        # acronyms of posts, a people, a minister's portfolio
        ("Influential MPs urged action.", "MPs"),
        ("Yugoslavs hold dollars.", "Yugoslavs"),
        ("It was said by the minister of Economy and Trade.", "Economy and Trade"),
        ("A surplus with the U.S. Taiwan's surplus grew.", "U.S. Taiwan"),
        ("Talks went on, said Gad Varon, Israeli minister of trade.", "Gad Varon"),
        ("It fixed the value of the new Cruzado currency.", "Cruzado"),
        (
            "Rules on trade and industry changed. Trade and Industry Secretary Paul Brand spoke.",
            "Trade and Industry",
        ),
    ],
)
def test_model_capitals_that_say_nothing(blank, text, ent):
    assert _model_names(blank, text, [(ent, "ORG")]) == set()


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        ("Envoys met the U.S. Trade Office in May.", "U.S. Trade Office"),
        ("Buyers like Zentrix grew. The U.S. Zentrix unit sold chips.", "U.S. Zentrix"),
        ("Zentrix chairman Paul Brand spoke.", "Zentrix"),
    ],
)
def test_model_names_after_an_abbreviation_or_before_a_title_stay(blank, text, ent):
    doc = _with_entities(blank, text, [(ent, "ORG")])
    assert doc.spans["factex_organizations"], ent


@pytest.mark.xfail(
    strict=True,
    reason="a model-only full name one word longer than the rules' short form is kept apart: "
    "short form or subsidiary ('Barclays Capital' beside 'Barclays') is not told apart yet",
)
def test_model_full_name_after_a_short_form_merges(blank):
    text = (
        "Velmora Electric said profits doubled. Velmora Electric Power, the dam's operator, grew."
    )
    doc = _with_entities(blank, text, [("Velmora Electric Power", "ORG")])
    assert len(doc._.organizations) == 1


def test_model_portfolio_before_a_title(blank):
    # a one-word portfolio before a title, the word never written in lower case: named
    # once with no cue of an organization around it ('Transport Commissioner Jacques Barrot')
    text = "Prices fell. However, Transport Commissioner Jacques Barrot said so."
    assert _model_names(blank, text, [("Transport", "ORG")]) == set()


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        # named once with nothing around it that an organization takes: a programme, a
        # river, a plane, a standard, a portfolio before a title
        ("The government wants to cut the Velcare budget.", "Velcare"),
        ("The dam is being built on the Varnas near the border.", "Varnas"),
        ("Flights were late as Air Varn One landed at the airport.", "Air Varn One"),
        ("Like almost all Korvex operators it has a licence.", "Korvex"),
        ("Transportation Secretary Norman Brand spoke.", "Transportation"),
        # "by" after a participle that is no organization's doing
        ("The shot was saved by Thibo Courtan.", "Thibo Courtan"),
    ],
)
def test_model_guesses_named_once_without_support_are_dropped(blank, text, ent):
    assert _model_names(blank, text, [(ent, "ORG")]) == set()


@pytest.mark.parametrize(
    ("text", "ents", "kept"),
    [
        # an introducing noun, an owner noun, a place owning it, the agent of a passive
        ("Shares fell at the investment firm Varnex.", [("Varnex", "ORG")], "Varnex"),
        ("The billionaire Varnex owner spoke.", [("Varnex", "ORG")], "Varnex"),
        (
            "They hold it through investment vehicle Cobal Terra.",
            [("Cobal Terra", "ORG")],
            "Cobal Terra",
        ),
        ("It owns the derivatives market Varex too.", [("Varex", "ORG")], "Varex"),
        ("Germany's Varnbank cut its forecast.", [("Varnbank", "ORG")], "Varnbank"),
        ("The ranking was compiled by Varnex Data.", [("Varnex Data", "ORG")], "Varnex Data"),
        # what only a company has, a person's employer (after a comma too)
        ("Profits at Velcard rose by 5%.", [("Velcard", "ORG")], "Velcard"),
        (
            "Prices will rise, said Kyle Brand, at Velmor Global Markets.",
            [("Kyle Brand", "PERSON"), ("Velmor Global Markets", "ORG")],
            "Velmor Global Markets",
        ),
        (
            "It was a shock, explained Kazu Tanaka of Varnex Sekuro.",
            [("Kazu Tanaka", "PERSON"), ("Varnex Sekuro", "ORG")],
            "Varnex Sekuro",
        ),
        # listed with another organization; a head word of a body
        (
            "Recently, Norvel Union and Axel Sun Life both cut bonuses.",
            [("Norvel Union", "ORG"), ("Axel Sun Life", "ORG")],
            "Axel Sun Life",
        ),
        ("He warned the Varnex Commission.", [("Varnex Commission", "ORG")], "Varnex Commission"),
        # the name recurs in the article
        ("Talks with Velcare began. Later Velcare cut jobs.", [("Velcare", "ORG")], "Velcare"),
    ],
)
def test_model_guesses_with_support_stay(blank, text, ents, kept):
    doc = _with_entities(blank, text, ents)
    assert kept in {m.text for o in doc._.organizations for m in o.mentions}


def test_a_found_name_beats_a_model_guess_cutting_across_it(blank):
    text = "Velmor Trading Co said sales rose. Officials told the U.K. Firm Velmor Trading to wait."
    doc = _with_entities(blank, text, [("U.K. Firm Velmor", "ORG")])
    assert [(o.name, [m.text for m in o.mentions]) for o in doc._.organizations] == [
        ("Velmor Trading", ["Velmor Trading Co", "Velmor Trading"])
    ]


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        # portfolios before a title, in words of a ministry's portfolio
        (
            "Trade and Industry Secretary Paula Brand spoke. A Trade and Industry Secretary may.",
            "Trade and Industry",
        ),
        # a bill, a name cut before "and" of a name ending in a legal form
        ("He would not use Britain's Financial Services bill against it.", "Financial Services"),
        ("It fought the Japanese bid by Velmor and Varnex Plc for the line.", "Velmor"),
    ],
)
def test_model_portfolios_bills_and_cut_names(blank, text, ent):
    assert _model_names(blank, text, [(ent, "ORG")]) == set()


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        # a verb of saying past the name's acronym; its officials
        ("Trade grew, the Varnex Accord on Goods (VAG) said.", "Varnex Accord on Goods"),
        ("It was not final, Velcom officials said.", "Velcom"),
    ],
)
def test_model_guesses_with_support_after_them_stay(blank, text, ent):
    assert _model_names(blank, text, [(ent, "ORG")]) == {ent}


def test_a_found_name_beats_a_guess_of_it_with_a_nationality_before(blank):
    text = "The World Court ruled. They fought a Libyan World Court case."
    doc = _with_entities(blank, text, [("Libyan World Court", "ORG")])
    assert [(o.name, [m.text for m in o.mentions]) for o in doc._.organizations] == [
        ("World Court", ["World Court", "World Court"])
    ]


def test_a_person_after_a_capitalized_title_is_no_organization(blank):
    text = "As VOA Correspondent Purna Murdo reports, the talks failed."
    assert _model_names(blank, text, [("Purna Murdo", "ORG")]) == set()


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        # an apposition saying what organization it is, also past a possessive
        ("He played in Norrow, an American rock band from Leeds.", "Norrow"),
        ("Grebe, the country's largest lender, posted a loss.", "Grebe"),
        # an organization's noun before it
        ("The single came out on the record label Halcyon in May.", "Halcyon"),
        ("She sang with the band Norrow for a year.", "Norrow"),
        ("It funds the religious schools Santo Varno in Pisa.", "Santo Varno"),
        # a word only organizations' names have
        ("The single came out on Halcyon Records in May.", "Halcyon Records"),
        ("He scored twice against Brindley Rovers on Saturday.", "Brindley Rovers"),
        # a party's government
        ("The boycott was proposed by Norway's minority Velour government.", "Velour"),
    ],
)
def test_model_guesses_named_once_with_a_description_stay(blank, text, ent):
    assert _model_names(blank, text, [(ent, "ORG")]) == {ent}


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        # an apposition that is a person's title, a noun that is no organization's
        ("Grebe, the company's chairman, resigned.", "Grebe"),
        ("Tarn Velo, a former singer, died.", "Tarn Velo"),
        ("It lies in Varnas, a small town.", "Varnas"),
    ],
)
def test_model_guesses_with_another_apposition_are_dropped(blank, text, ent):
    assert _model_names(blank, text, [(ent, "ORG")]) == set()


def test_a_possessive_in_the_models_entity_is_a_possessive_after_it(blank):
    text = "Velmar's decline surprised no one."
    assert _model_names(blank, text, [("Velmar's", "ORG")]) == {"Velmar"}


def test_a_name_in_the_gazetteers_agrees_with_the_model():
    from factex.organizations import model_layer

    assert model_layer._org_named("Reuters", ["reuters"])
    assert not model_layer._org_named("Velcare", ["velcare"])


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], ent: tuple[int, int]):
    """Run the factex components on a doc parsed as given (``heads`` absolute), with the
    tokens [ent) tagged ORG, as a model with a parser and an NER would leave it."""
    from spacy.tokens import Doc

    tags = ["O"] * len(words)
    tags[ent[0]] = "B-ORG"
    for k in range(ent[0] + 1, ent[1]):
        tags[k] = "I-ORG"
    spaces = [k + 1 < len(words) and words[k + 1] not in ".," for k in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, ents=tags)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return {m.text for o in doc._.organizations for m in o.mentions}


# Sentences with the parse a statistical parser gives them: (words, heads, deps, entity).
_ROLES = {
    "joined": (
        ["He", "later", "joined", "Corvax", "Music", "."],
        [2, 2, 2, 4, 2, 2],
        ["nsubj", "advmod", "ROOT", "compound", "dobj", "punct"],
        (3, 5),
    ),
    "signed to": (
        ["He", "was", "signed", "to", "Zebra", "Nine", "."],
        [2, 2, 2, 2, 5, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "prep", "compound", "pobj", "punct"],
        (4, 6),
    ),
    "member of": (
        ["He", "is", "a", "member", "of", "Norrow", "."],
        [1, 1, 3, 1, 3, 4, 1],
        ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
        (5, 6),
    ),
    "released by": (
        ["It", "was", "released", "by", "Decora", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        (4, 5),
    ),
    "studied at": (
        ["She", "studied", "at", "Harwick", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
        (3, 4),
    ),
    "played for a list": (
        ["He", "played", "for", "Everton", ",", "Velmar", "and", "Tottenham", "."],
        [1, 1, 1, 2, 3, 3, 5, 5, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct", "conj", "cc", "conj", "punct"],
        (5, 6),
    ),
    "coached": (
        ["He", "coached", "Velmar", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"],
        (2, 3),
    ),
    "lost to": (
        ["They", "lost", "to", "Velmar", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
        (3, 4),
    ),
    "stayed at": (
        ["She", "stayed", "at", "Harwick", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
        (3, 4),
    ),
    "told": (
        ["He", "told", "Marrow", "Varn", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "compound", "dobj", "punct"],
        (2, 4),
    ),
    "founded by": (
        ["It", "was", "founded", "by", "Tarn", "Velo", "."],
        [2, 2, 2, 2, 5, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "punct"],
        (4, 6),
    ),
}


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        # the object of joining, of "signed to", of "a member of", the agent of "released"
        ("joined", True),
        ("signed to", True),
        ("member of", True),
        ("released by", True),
        # a school one studies at; an item of a list whose first one plays that role
        ("studied at", True),
        ("played for a list", True),
        # a team one coaches or loses to
        ("coached", True),
        ("lost to", True),
        # a place one stays at, a person one tells, a founder: no support
        ("stayed at", False),
        ("told", False),
        ("founded by", False),
    ],
)
def test_model_guesses_in_an_organizations_role_stay(blank, role, kept):
    words, heads, deps, ent = _ROLES[role]
    name = " ".join(words[ent[0] : ent[1]])
    assert (name in _parsed(blank, words, heads, deps, ent)) is kept


def _at(nlp, text: str, ents: list[tuple[str, int]]):
    """Run the factex components on ``text`` with ORG entities at the given occurrences
    (``(surface, n)``: the n-th occurrence, from 0)."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, n in ents:
        start = -1
        for _ in range(n + 1):
            start = text.index(surface, start + 1)
        spans.append(doc.char_span(start, start + len(surface), label="ORG"))
    doc.ents = sorted(spans, key=lambda s: s.start)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "ent"),
    [
        # a name ending in a joining word, or stopped before the rest of the name
        ("Figures came from the Office of the Deputy Premier.", "Office of the"),
        ("Its unit Banco do Varnos grew.", "Banco"),
        ("It lost because the British Varn and Kelso company failed.", "British Varn"),
        # a count in thousands before the name: the things counted
        ("GM is recalling 17,815 Varno Ranas, its vans.", "Varno Ranas"),
        ("GM is recalling 19,924 Varno XLR coupes.", "Varno"),
        # a person's surname, the person introduced with a title elsewhere; a person
        # in apposition
        ("Beryl Varnow, chairman of the council, spoke. Varnow said growth was weak.", "Varnow"),
        ("Anil accused Anand Varn, a confidant of his brother, of leaking.", "Anand Varn"),
    ],
)
def test_model_fragments_counted_things_and_people(blank, text, ent):
    assert _model_names(blank, text, [(ent, "ORG")]) == set()


def test_a_model_name_across_a_bracket_is_dropped(blank):
    text = "The Varnish Bankers' Association (VBA) said lending was weak."
    assert _model_names(blank, text, [("Varnish Bankers' Association (VBA", "ORG")]) == set()


@pytest.mark.parametrize(
    ("text", "ent", "kept"),
    [
        # a small number, a year, a lower-case noun after a count: the maker
        ("Zentrix said so. It sold 12,000 Zentrix jets.", "Zentrix", True),
        ("Zentrix grew. In 2004 Zentrix cut prices.", "Zentrix", True),
        # one name, one "the" (two names when the model tags both)
        ("Talks with Varnex and Kelso Foods failed. Varnex said so.", "Varnex", True),
    ],
)
def test_model_counts_and_lists_that_keep_a_name(blank, text, ent, kept):
    doc = _with_entities(blank, text, [(ent, "ORG")])
    assert (ent in {m.text for o in doc._.organizations for m in o.mentions}) is kept


def test_a_capitalized_phrase_with_no_head_defines_a_term(blank):
    text = "It withdrew Most Varned Nation (MVN) status. MVN means little."
    doc = _at(blank, text, [("MVN", 0), ("MVN", 1)])
    assert doc._.organizations == []
    # an organization's head word in the phrase: a body's acronym
    text = "The Federation of Varnish Makers (Varnren) said so. Varnren met."
    doc = _at(blank, text, [("Varnren", 0), ("Varnren", 1)])
    assert "Varnren" in {m.text for o in doc._.organizations for m in o.mentions}


def test_a_person_introduced_once_is_no_organization_later(blank):
    text = "Hungarian astronaut Bertal Varkas left. Varkas said he would go."
    doc = _at(blank, text, [("Bertal Varkas", 0), ("Varkas", 1)])
    assert doc._.organizations == []


def test_an_adjective_inside_a_sentence_is_no_organization(blank):
    text = "Prices fell. It acted under Congressional pressure, said Velcard."
    assert _tagged(blank, text, "Congressional", "JJ") == set()


@pytest.mark.xfail(
    strict=True,
    reason="a model-only body's first word is taken for its short name ('House' of "
    "'House Ways and Means Trade Subcommittee'): a body is no company, its first word "
    "names its parent",
)
def test_a_bodys_first_word_is_not_that_body(blank):
    text = (
        "The House Ways and Means Trade Subcommittee voted on the bill. "
        "The full House will vote on it, the House said."
    )
    doc = _at(blank, text, [("House Ways and Means Trade Subcommittee", 0), ("House", 2)])
    names = {o.name for o in doc._.organizations}
    assert "House Ways and Means Trade Subcommittee" in names and "House" in names


@pytest.mark.parametrize(
    ("text", "ent", "names"),
    [
        # A listed maker's name, then words naming no organization: its product.
        ("Sales of the Toyota Prius rose last year.", "Toyota Prius", ["Toyota Motor"]),
        ("Demand for the Nissan Micra was weak.", "Nissan Micra", ["Nissan Motor"]),
        # A unit or a joint venture keeps its whole name.
        ("Sony Pictures made a loss last year.", "Sony Pictures", ["Sony Pictures"]),
        ("Sony Ericsson said it sold more phones.", "Sony Ericsson", ["Sony Ericsson"]),
        ("Dow Jones industrial average futures rose.", "Dow Jones", []),
    ],
)
def test_model_product_after_its_maker_names_the_maker(blank, text, ent, names):
    doc = _with_entities(blank, text, [(ent, "ORG")])
    assert [o.name for o in doc._.organizations] == names
