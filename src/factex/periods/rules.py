"""Period rules (to be written: see the periods issue)."""

from __future__ import annotations

import datetime as dt

from factex.models import Period


def find_periods(text: str, *, published: dt.date | None) -> list[Period]:
    """Every calendar time expression in ``text``, resolved against ``published``."""
    return []
