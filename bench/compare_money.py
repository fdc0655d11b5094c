"""factex vs price-parser vs quantulum3 on the money corpus (``tests/money/corpus.py``).

For every expected mention of every positive example, each tool's answer is judged:

- found: the tool reports an amount at that place (price-parser reports at most one
  amount per text, so it is credited to the first expected mention only);
- value: the amount (or both bounds of a range) within the contract's 0.5%;
- currency: the ISO 4217 code; price-parser's raw currency string is read with
  factex's own symbol and name tables (generous to it);
- qualifier: ``exact``/``about``/``more_than``/...; the other tools have none, so they
  are taken to say ``exact``.

Negatives: examples that hold no money; a tool that reports money there has a false
alarm. Run: ``.venv/bin/python bench/compare_money.py`` (prints a Markdown table).

``--speed`` times ``find_money`` over the Reuters wires in ``../shared/corpus`` against
the bare spaCy tokenizer and the default pipeline with and without ``factex_money``
(best of five runs each).
"""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factex.money.currency import currency_of_prefix, currency_of_suffix
from factex.money.lexicon import DEFAULTS
from factex.money.rules import find_money
from factex.score import close

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the corpus is a test module
from tests.corpus import Example
from tests.money.corpus import CORPUS, Expect


@dataclass
class Guess:
    """One tool's answer for one place: value or bounds, currency, qualifier."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    qualifier: str = "exact"


def factex_guesses(sentence: str) -> list[Guess]:
    return [
        Guess(m.span[0], m.span[1], m.value, m.low, m.high, m.currency, m.qualifier)
        for m in find_money(sentence)
    ]


def _code(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    cur = currency_of_prefix(raw) or currency_of_suffix(" " + raw)
    if cur is None:
        return None
    return cur.code or DEFAULTS.get(cur.family or "")


def price_parser_guesses(sentence: str) -> list[Guess]:
    from price_parser import Price

    price = Price.fromstring(sentence)
    if price.amount_float is None:
        return []
    return [Guess(0, len(sentence), price.amount_float, currency=_code(price.currency))]


def quantulum_guesses(sentence: str) -> list[Guess]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(sentence):
        if q.unit.entity.name != "currency":
            continue
        code = getattr(q.unit, "currency_code", None)
        out.append(Guess(q.span[0], q.span[1], float(q.value), currency=code))
    return out


TOOLS: dict[str, Callable[[str], list[Guess]]] = {
    "factex": factex_guesses,
    "price-parser": price_parser_guesses,
    "quantulum3": quantulum_guesses,
}


def _place(example: Example, expect: Expect) -> tuple[int, int]:
    start = example.text.find(expect.text)
    return start, start + len(expect.text)


def _value_right(guess: Guess, expect: Expect) -> bool:
    if isinstance(expect.amount, tuple):
        low, high = expect.amount
        return close(guess.low, low) and close(guess.high, high)
    return close(guess.value, expect.amount)


def judge(tool: Callable[[str], list[Guess]]) -> dict[str, float]:
    counts = dict(expected=0, found=0, value=0, currency=0, qualifier=0, negatives=0, alarms=0)
    tool("Warm-up: $5 million.")  # load tables and models outside the timing
    started = time.perf_counter()
    for example in CORPUS:
        guesses = tool(example.text)
        if not example.expected:
            counts["negatives"] += 1
            counts["alarms"] += bool(guesses)
            continue
        used: set[int] = set()
        for expect in example.expected:
            counts["expected"] += 1
            start, end = _place(example, expect)
            hit = next(
                (
                    i
                    for i, g in enumerate(guesses)
                    if i not in used and g.start < end and start < g.end
                ),
                None,
            )
            if hit is None:
                continue
            used.add(hit)
            guess = guesses[hit]
            counts["found"] += 1
            counts["value"] += _value_right(guess, expect)
            counts["currency"] += guess.currency == expect.currency
            counts["qualifier"] += guess.qualifier == expect.qualifier
    counts["ms"] = (time.perf_counter() - started) * 1000
    return counts


REUTERS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "reuters_trade"


def _best(run: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def speed() -> None:
    import spacy

    import factex

    texts = [p.read_text(encoding="utf-8") for p in sorted(REUTERS.glob("*.txt"))]
    if not texts:
        print(f"{REUTERS} is absent")
        return
    bare = spacy.blank("en")
    full, without = factex.load(), factex.load(exclude=("factex_money",))
    list(full.pipe(texts))  # warm: tables built once per process
    n, chars = len(texts), sum(map(len, texts))
    t_money = _best(lambda: [find_money(t) for t in texts])
    t_bare = _best(lambda: list(bare.pipe(texts)))
    t_full = _best(lambda: list(full.pipe(texts)))
    t_without = _best(lambda: list(without.pipe(texts)))
    print(f"{n} Reuters wires, {chars / n:.0f} characters each on average")
    print(f"find_money: {t_money * 1000 / n:.2f} ms/article ({chars / t_money / 1e6:.2f} MB/s)")
    print(f"bare tokenizer: {t_bare * 1000 / n:.2f} ms/article")
    print(
        f"default pipeline: {t_full * 1000 / n:.2f} ms/article ({t_bare / t_full:.2f}x tokenizer)"
    )
    print(f"factex_money adds {(t_full - t_without) * 1000 / n:.2f} ms/article to the pipeline")


def main() -> None:
    warnings.simplefilter("ignore")
    if "--speed" in sys.argv[1:]:
        speed()
        return
    rows = {name: judge(tool) for name, tool in TOOLS.items()}
    n = rows["factex"]["expected"]
    negatives = rows["factex"]["negatives"]
    print(f"{len(CORPUS)} examples: {n} money mentions, {negatives} negative examples\n")
    print(
        "| tool | found | value right | currency right | qualifier right |"
        " false alarms on negatives | ms (whole corpus, warm) |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, c in rows.items():
        cells = [
            f"{c[k]}/{n} ({c[k] / n:.0%})" for k in ("found", "value", "currency", "qualifier")
        ]
        print(
            f"| {name} | " + " | ".join(cells) + f" | {c['alarms']}/{negatives} | {c['ms']:.0f} |"
        )


if __name__ == "__main__":
    main()
