"""Money rules (to be written: see the money issue)."""

from __future__ import annotations

from factex.models import Money


def find_money(text: str) -> list[Money]:
    """Every money mention in ``text``, in text order."""
    return []
