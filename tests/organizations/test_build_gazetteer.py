"""scripts/build_gazetteer.py: its filters, on the shared sources (skipped without the
build extra or ../shared)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytest.importorskip("wordfreq")
pytest.importorskip("english_words")
pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT.parent / "shared" / "resources" / "organizations"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", ROOT / "scripts" / "build_gazetteer.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stop(build):
    return build.places_and_people_words()


@pytest.mark.parametrize(
    ("name", "strict", "kept"),
    [
        ("Boeing", True, True),
        ("Next", True, False),  # as frequent as a function word
        ("Central Bank", True, False),  # only ordinary words
        ("Western Union", True, False),  # only frequent ordinary words
        ("Standard Chartered", True, True),  # "chartered" is in Webster's, but rare
        ("Schneider Electric", True, True),  # a surname among them
        ("Budget", True, False),  # one word: any ordinary word is left out
        ("Alice", True, False),  # a given name
        ("Zurich", True, False),  # a city, accents folded
        ("bike-energy", True, False),  # stylized
        ("Apple", False, True),  # S&P and the project's list keep it, flagged
    ],
)
def test_stop_reason(build, stop, name: str, strict: bool, kept: bool):
    assert (build.stop_reason(name, stop, strict=strict) is None) == kept


def test_common_words_are_flagged(build):
    assert build.common_word("Apple") and build.common_word("Shell")
    assert not build.common_word("Gazprom") and not build.common_word("General Motors")


@pytest.mark.skipif(not SOURCES.is_dir(), reason="needs ../shared/resources")
def test_sp500_names(build, stop):
    rows = {
        name: aliases
        for name, _, aliases in build.sp500(SOURCES / "sp500" / "constituents.csv", stop)
    }
    assert "Apple" in rows and "Adobe" in rows
    assert "News" not in rows and "News Corp" in rows  # a bare name that is a word keeps its form


@pytest.mark.parametrize(
    ("short", "kept"),
    [
        ("Motorola", True),  # "Motorola Solutions"
        ("Williams", False),  # "Williams Companies": a common surname
        ("Palo Alto", False),  # "Palo Alto Networks": a city
        ("Philip Morris", False),  # opened by a given name
        ("TJX", False),  # an acronym another body may share
        ("Carrier", False),  # a common word
    ],
)
def test_short_forms_of_listed_companies(build, stop, short: str, kept: bool):
    pytest.importorskip("names")
    assert build._short_form_ok(short, stop) == kept


@pytest.mark.skipif(not SOURCES.is_dir(), reason="needs ../shared/resources")
def test_sp500_short_forms(build, stop):
    rows = {
        name: aliases
        for name, _, aliases in build.sp500(SOURCES / "sp500" / "constituents.csv", stop)
    }
    assert rows["Motorola"][0] == "Motorola Solutions"
    assert "Merck" in rows and "Merck &" not in rows  # the legal form takes its "&"
