"""The accuracy gate: per-set minimums (``gate.toml``) checked against a score ``Report``.

Each gold set holds its own minimums, so a loss on one set cannot hide behind a gain on
another; every scored set must have a table, so a new set cannot join silently.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

from factex.errors import GoldError
from factex.score import TYPES, Report, _fmt

GATE_KEYS = (*TYPES, "qualifier", "facts_any", "direction")


def load_gate(path: str | Path) -> dict[str, dict[str, float]]:
    """Per-set minimums from a TOML file: ``[set]`` tables of ``type = F1``, plus
    ``qualifier`` (money qualifier accuracy), ``facts_any`` (facts F1 whatever the
    measure) and ``direction`` (trade direction accuracy).

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
    ...     _ = f.write('[seeds]\\nmoney = 0.99\\nqualifier = 0.9\\n')
    >>> load_gate(f.name)
    {'seeds': {'money': 0.99, 'qualifier': 0.9}}
    >>> os.unlink(f.name)
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: not a readable TOML gate file: {exc}") from exc
    gate: dict[str, dict[str, float]] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise GoldError(f"{path}: {name!r} must be a table of type = minimum")
        for key, value in table.items():
            if key not in GATE_KEYS or not isinstance(value, int | float):
                raise GoldError(
                    f"{path}: [{name}] {key} = {value!r}: keys are {', '.join(GATE_KEYS)},"
                    " values numbers"
                )
        gate[name] = {k: float(v) for k, v in table.items()}
    return gate


def check_gate(
    report: Report, gate: Mapping[str, Mapping[str, float]], *, require_all: bool = False
) -> list[str]:
    """The per-set minimums that do not hold, as readable lines.

    A set the gate names that was not scored (its texts not found) fails only with
    ``require_all``; a scored set the gate does not name fails always, so a new gold set
    cannot join without a line of its own.
    """
    failures = []
    for name in sorted(report.subsets):
        if name not in gate:
            failures.append(f"gold set {name!r} has no minimums in the gate file; add a table")
    for name, minimums in sorted(gate.items()):
        counts = report.subsets.get(name)
        if counts is None:
            if require_all or name not in report.missing:
                why = "its article texts were not found" if name in report.missing else "no files"
                failures.append(f"gold set {name!r} was not scored: {why}")
            continue
        for kind, minimum in minimums.items():
            f = counts["facts"]
            if kind == "qualifier":
                m = counts["money"]
                got = m.qualifier_right / m.qualifier_total if m.qualifier_total else None
                label = "money qualifier accuracy"
            elif kind == "facts_any":
                got, label = f.any_f1, "facts F1 (any measure)"
            elif kind == "direction":
                total = f.direction_total
                got = f.direction_right / total if total else None
                label = "trade direction accuracy"
            else:
                got = counts[kind].f1
                label = f"{kind} F1"
            if got is None or got < minimum:
                failures.append(
                    f"[{name}] {label} {_fmt(got).strip()} is below the minimum {minimum}"
                )
    return failures
