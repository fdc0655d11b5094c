"""Hand-annotated seed gold as ``ArticleFacts``: realistic input for rendering and
consolidation while the extractors are being written (and after, as a second check)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factex.models import ArticleFacts

from .conftest import GOLD, SEEDS


def _strip(value: Any) -> Any:
    """Drop the gold-only ``optional`` markers, recursively."""
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != "optional"}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def gold_article(path: Path) -> tuple[str, ArticleFacts]:
    """One gold file as ``(article text, ArticleFacts)``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / data["source"]).resolve().read_text(encoding="utf-8")
    fields = {
        k: _strip(v) for k, v in data.items() if k in ArticleFacts.model_fields and k != "source"
    }
    return text, ArticleFacts.model_validate({**fields, "schema": "factex/1"})


def seed_gold() -> list[tuple[str, ArticleFacts]]:
    """Every seed gold article, or skip when the gold or the seeds are absent."""
    files = sorted((GOLD / "seeds").glob("*.json"))
    if not files or not SEEDS.is_dir():
        pytest.skip("seed gold is absent")
    return [gold_article(p) for p in files]
