"""Score the events and facts rooms on gold whose money, periods and organizations are
given as upstream input (an "oracle" upstream): what these two rooms get right on their
own, whatever the state of the rooms before them.

    .venv/bin/python -m tests.events.oracle /work/main/gold/seeds
"""

from __future__ import annotations

import datetime as dt
import sys

import factex
from factex.convert import doc_to_facts
from factex.extensions import SPANS_MONEY, SPANS_ORGS, SPANS_PERIODS
from factex.models import Money, Organization, Period
from factex.score import Report, format_report, gold_files, load_gold, score_article

UPSTREAM = ("factex_money", "factex_periods", "factex_organizations")


def oracle_doc(nlp, gold):
    """The gold article through the pipeline with gold money, periods and organizations."""
    doc = nlp.make_doc(gold.text)
    for name, proc in nlp.pipeline:
        if name in UPSTREAM or name in ("factex_events", "factex_facts"):
            continue
        doc = proc(doc)
    groups = {SPANS_MONEY: [], SPANS_PERIODS: [], SPANS_ORGS: []}
    for item in gold.items["money"]:
        money = Money.model_validate({k: v for k, v in item.items() if k != "optional"})
        span = doc.char_span(*money.span, alignment_mode="expand")
        span._.money = money
        groups[SPANS_MONEY].append(span)
    for item in gold.items["periods"]:
        period = Period.model_validate({k: v for k, v in item.items() if k != "optional"})
        span = doc.char_span(*period.span, alignment_mode="expand")
        span._.period = period
        groups[SPANS_PERIODS].append(span)
    orgs = []
    for item in gold.items["organizations"]:
        org = Organization.model_validate({k: v for k, v in item.items() if k != "optional"})
        orgs.append(org)
        for mention in org.mentions:
            span = doc.char_span(*mention.span, alignment_mode="expand")
            span._.org = org.name
            groups[SPANS_ORGS].append(span)
    for group, spans in groups.items():
        doc.spans[group] = spans
    doc._.organizations = orgs
    for name in ("factex_events", "factex_facts"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def oracle_report(gold_dir: str) -> Report:
    """Events and facts scores with gold upstream input."""
    nlp = factex.load()
    report = Report()
    for path in gold_files(gold_dir):
        gold = load_gold(path)
        if gold.published is None and gold.id:
            pass
        doc = oracle_doc(nlp, gold)
        facts = doc_to_facts(doc, id=gold.id)
        counts = score_article(gold, facts)
        report.add(path.parent.name, {k: v for k, v in counts.items() if k in ("events", "facts")})
    return report


if __name__ == "__main__":
    print(format_report(oracle_report(sys.argv[1]), verbose="-v" in sys.argv))
    _ = dt
