"""What a value measures: every measure, its phrases, its class and its synonyms, in one table.

To add a measure (or a phrase, or another name of one), edit ``MEASURES`` and nothing
else: the facts room's patterns (``facts.rules.MEASURES_RE``), the balances a bare
"deficit" continues (``BALANCES``) and the classes the scorer and ``consolidate`` compare
by (``MEASURE_CLASSES``, ``measure_class``) are all derived from it.

The table is ordered: a longer phrase is listed before a shorter one it contains ("trade
surplus" before "trade", "budget deficit" before "deficit"), since the first measure
whose phrase matches at a position wins. Names follow the gold guidelines
(``trade_turnover``, ``exports``, ``imports``, ``contract_value``...); any other measure
is the text's own word in snake_case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    """One measure.

    ``phrases`` are regex fragments matched case-insensitively on word bounds;
    ``cls`` is the class it is compared in (default: its name), ``synonyms`` other
    names of that class (as annotators write them); ``balance``: a later bare
    "deficit"/"surplus" in the sentence continues this measure.
    """

    name: str
    phrases: tuple[str, ...]
    cls: str | None = None
    synonyms: tuple[str, ...] = ()
    balance: bool = False

    def __post_init__(self) -> None:
        # (the measure scan starts at a word character: ``facts.rules.MEASURES_SCAN_RE``)
        for phrase in self.phrases:
            if not re.match(r"\w|\(\?:\w|\(\?:\(\?:\w", phrase):
                raise ValueError(f"{self.name}: a phrase must start with a letter: {phrase!r}")

    @property
    def measure_class(self) -> str:
        return self.cls or self.name


MEASURES: tuple[Measure, ...] = (
    Measure(
        "balance_of_payments",
        (r"balance\s+of\s+payments(?:\s+(?:deficit|surplus))?",),
        synonyms=("balance_of_payments_deficit", "balance_of_payments_surplus"),
        balance=True,
    ),
    Measure(
        "current_account",
        (r"current[- ]account(?:\s+(?:deficit|surplus|balance|gap))?",),
        synonyms=("current_account_deficit", "current_account_surplus", "current_account_balance"),
        balance=True,
    ),
    Measure(
        "budget_deficit", (r"budget\s+(?:deficit|gap|shortfall)", r"fiscal\s+deficit"), balance=True
    ),
    Measure("terms_of_trade", (r"terms\s+of\s+trade",)),
    Measure("export_prices", (r"export\s+prices",)),
    Measure("import_prices", (r"import\s+prices",)),
    Measure("trade_surplus", (r"trade\s+surplus(?:es)?", r"surplus(?:es)?"), cls="trade_balance"),
    Measure(
        "trade_deficit", (r"trade\s+(?:deficit|gap|shortfall)s?", r"deficits?"), cls="trade_balance"
    ),
    Measure(
        "trade_balance", (r"(?:trade|trading)\s+balance", r"balance\s+of\s+trade"), balance=True
    ),
    Measure(
        "trade_turnover",
        (
            r"(?:trade|commodity|goods)\s+turnover",
            r"turnover\s+of\s+(?:trade|goods)",
            r"(?:bilateral\s+)?trade\s+volumes?",
            r"volumes?\s+of\s+(?:bilateral\s+|mutual\s+|foreign\s+)?trade",
            r"trade\s+exchanges?",
            r"(?:mutual|bilateral|two-way|foreign|overall|total)\s+trade",
            r"trade\s+(?:between|with)",
            r"turnover",
            r"trade",
        ),
        cls="trade",
        synonyms=("trade_volume", "bilateral_trade", "trade", "foreign_trade"),
    ),
    Measure(
        "exports",
        (r"exports?", r"exported", r"exporting", r"shipments\s+abroad", r"overseas\s+sales"),
        synonyms=("export",),
    ),
    Measure("imports", (r"imports?", r"imported", r"importing"), synonyms=("import",)),
    Measure(
        "contract_value",
        (r"contracts?", r"deals?", r"agreements?", r"orders?"),
        synonyms=("contracts",),
    ),
    Measure(
        "investment",
        (r"investments?", r"invested", r"investing", r"FDI"),
        synonyms=("investments", "foreign_investment", "fdi"),
    ),
    Measure("gdp", (r"gross\s+domestic\s+product", r"GDP", r"economic\s+growth", r"economy")),
    Measure(
        "exchange_rate",
        (r"exchange\s+rates?", r"(?:dollar|yen|mark|franc|pound|won|yuan|rupee|rouble|lira)"),
    ),
    Measure("inflation", (r"inflation", r"consumer\s+prices")),
    Measure("revenue", (r"revenues?",)),
    Measure("sales", (r"sales",)),
    Measure("profit", (r"(?:net\s+)?profits?", r"earnings")),
    Measure("loan", (r"loans?", r"credit\s+lines?", r"credits?")),
    Measure("aid", (r"aid", r"grants?")),
    Measure("tariffs", (r"tariffs?", r"duties", r"duty"), synonyms=("tariff",)),
    Measure("purchases", (r"purchases?", r"buy", r"bought", r"buying"), synonyms=("purchase",)),
    Measure("output", (r"output", r"production")),
    Measure("reserves", (r"reserves",)),
    Measure("spending", (r"spending", r"expenditures?")),
)

# Measures a bare "deficit"/"surplus" later in the sentence continues. (A bare "surplus"
# after a trade deficit is a trade surplus: those name their sign.)
BALANCES = frozenset(m.name for m in MEASURES if m.balance)

# Every measure name and synonym -> its class; a name not here is its own class.
MEASURE_CLASSES: dict[str, str] = {
    name: m.measure_class for m in MEASURES for name in (m.name, *m.synonyms)
}


def measure_class(measure: str | None) -> str:
    """The class a measure belongs to ("trade_volume" and "trade_turnover" are one).

    >>> measure_class("trade_volume") == measure_class("trade_turnover")
    True
    >>> measure_class("Exports"), measure_class("wheat_harvest")
    ('exports', 'wheat_harvest')
    """
    measure = (measure or "").lower()
    return MEASURE_CLASSES.get(measure, measure)
