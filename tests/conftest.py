"""Shared fixtures: one model-free pipeline per session, fixed paths."""

from __future__ import annotations

from pathlib import Path

import pytest

import factex

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "gold"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, built once."""
    return factex.load()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The seed articles by id."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def require_corpus(name: str) -> Path:
    """The shared corpus folder, or skip the test when it is absent."""
    path = SHARED_CORPUS / name
    if not path.is_dir():
        pytest.skip(f"{path} is absent")
    return path
