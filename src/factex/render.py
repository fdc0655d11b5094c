"""Seeing the facts: an HTML page of highlighted articles, and terminal tables.

``render`` builds one self-contained HTML page (inline CSS and JS, no external assets)
with each article's money, periods, organizations and events highlighted by spaCy's
displaCy (``style="ent"``, ``manual=True``), the normalized value beside each highlight
and in its hover title, and the article's facts, events and organizations as tables
under it. ``write_table`` prints facts as an aligned terminal table (rich), one row per
fact, readable on a terminal and when piped.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from spacy import displacy
from spacy.tokens import Doc

from factex import __version__
from factex.consolidate import consolidate, figure_text
from factex.format import count, evidence_column, format_amount, format_period, print_table
from factex.models import ArticleFacts, Event, Fact, Money, Organization, Period
from factex.progress import is_terminal

# ---------------------------------------------------------------- the page

# How the page is opened in headless Chromium (the tests and docs/screenshot.py): no
# sandbox as root, and no background network calls, which this kind of machine refuses.
HEADLESS_CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

# ---------------------------------------------------------------- highlights

# Label shown beside a highlight -> (CSS class, colour); the order is the priority when
# two highlights overlap (displaCy's "ent" style cannot nest them).
LABELS: dict[str, tuple[str, str]] = {
    "MONEY": ("money", "#a7f3d0"),
    "PERIOD": ("period", "#bfdbfe"),
    "ORG": ("org", "#fde68a"),
    "EVENT": ("event", "#fbcfe8"),
}
PRIORITY = {label: rank for rank, label in enumerate(LABELS)}

# displaCy's entity template, with the hover title and the value beside the label.
TPL_HIGHLIGHT = (
    '<mark class="entity fx-{cls}" style="background: {bg}" title="{title}">{text}'
    '<span class="fx-tag"><span class="fx-label">{label}</span>{value}</span></mark>'
)
TPL_VALUE = ' <span class="fx-value">{value}</span>'


@dataclass(frozen=True)
class Highlight:
    """One highlighted stretch of text: what it is, its value beside it, its hover title."""

    start: int
    end: int
    label: str
    value: str
    title: str


def _money_highlight(m: Money) -> Highlight:
    value = format_amount(m.value, m.low, m.high, m.currency, m.qualifier)
    title = f"money: {value}" + (f" (rule {m.rule})" if m.rule else "")
    return Highlight(m.span[0], m.span[1], "MONEY", value, title)


def _period_highlight(p: Period) -> Highlight:
    value = format_period(p.start, p.end, p.timex)
    start = p.start.isoformat() if p.start else "?"
    end = p.end.isoformat() if p.end else "?"
    title = f"period: {start} .. {end}; timex {p.timex or '–'}"
    return Highlight(
        p.span[0], p.span[1], "PERIOD", value, title + (f" (rule {p.rule})" if p.rule else "")
    )


def _org_highlights(org: Organization) -> list[Highlight]:
    name = f"{org.name} ({org.acronym})" if org.acronym else org.name
    title = f"organization: {name}; {org.kind}"
    if org.aliases:
        title += "; also " + ", ".join(org.aliases)
    return [Highlight(m.span[0], m.span[1], "ORG", name, title) for m in org.mentions]


def _event_highlight(e: Event) -> Highlight:
    when = format_period(e.start, e.end) if (e.start or e.end) else ""
    value = f"{e.type} {when}".strip()
    parts = [f"event: {e.type}"]
    if when:
        parts.append(f"when {when}")
    if e.participants:
        parts.append("with " + ", ".join(e.participants))
    if e.location:
        parts.append(f"at {e.location}")
    if e.money:
        parts.append("worth " + ", ".join(_money_highlight(m).value for m in e.money))
    return Highlight(e.span[0], e.span[1], "EVENT", value, "; ".join(parts))


def highlights(facts: ArticleFacts, text: str) -> tuple[list[Highlight], int]:
    """The highlights of an article, in text order and not overlapping, and how many
    were left out (an overlap with a higher-priority highlight, or a span outside the
    text).
    """
    candidates = [
        *map(_money_highlight, facts.money),
        *map(_period_highlight, facts.periods),
        *(h for org in facts.organizations for h in _org_highlights(org)),
        *map(_event_highlight, facts.events),
    ]
    candidates = [h for h in candidates if 0 <= h.start < h.end <= len(text)]
    candidates.sort(key=lambda h: (PRIORITY[h.label], h.start, -h.end))
    starts: list[int] = []
    kept: list[Highlight] = []
    for h in candidates:
        i = bisect.bisect_left(starts, h.start)
        if i > 0 and kept[i - 1].end > h.start:
            continue
        if i < len(kept) and kept[i].start < h.end:
            continue
        starts.insert(i, h.start)
        kept.insert(i, h)
    total = len(facts.money) + len(facts.periods) + len(facts.events)
    total += sum(len(org.mentions) for org in facts.organizations)
    return kept, total - len(kept)


def _beside(text: str, h: Highlight) -> str:
    """The value shown beside a highlight; nothing when it only repeats the text."""
    if h.value.casefold() == text[h.start : h.end].casefold():
        return ""
    return TPL_VALUE.format(value=html.escape(h.value))


def highlight_markup(text: str, marks: list[Highlight]) -> str:
    """The article's text with its highlights, as displaCy markup."""
    ents = [
        {
            "start": h.start,
            "end": h.end,
            "label": h.label,
            "params": {
                "cls": LABELS[h.label][0],
                "value": _beside(text, h),
                "title": html.escape(h.title),
            },
        }
        for h in marks
    ]
    options = {
        "template": TPL_HIGHLIGHT,
        "colors": {label: colour for label, (_, colour) in LABELS.items()},
    }
    markup = displacy.render(
        {"text": text, "ents": ents, "title": None},
        style="ent",
        manual=True,
        page=False,
        jupyter=False,
        options=options,
    )
    # A blank line between paragraphs: a small gap rather than a whole empty line.
    return markup.replace("<br><br>", '<br><span class="fx-para"></span>')


# ---------------------------------------------------------------- HTML tables


# Columns whose cells must not wrap (a value or a date broken over lines misreads).
NOWRAP_COLUMNS = frozenset({"value", "period", "when", "kind", "type"})


def _cell(value: object, column: str) -> str:
    text = html.escape("" if value is None else str(value))
    if column in NOWRAP_COLUMNS:
        return f'<td class="fx-nowrap">{text}</td>'
    if column == "evidence":
        return f'<td class="fx-evidence">{text}</td>'
    return f"<td>{text}</td>"


def _table(caption: str, header: tuple[str, ...], rows: list[list[object]]) -> str:
    if not rows:
        return f'<p class="fx-none">No {html.escape(caption.lower())}.</p>'
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(map(_cell, row, header)) + "</tr>" for row in rows)
    return (
        f'<table class="fx-table"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _direction(fact: Fact) -> str:
    if fact.exporter or fact.importer:
        return f"{fact.exporter or '?'} → {fact.importer or '?'}"
    return ""


def facts_rows(facts: list[Fact]) -> list[list[object]]:
    """One row per fact: measure, kind, value, period, parties, direction, evidence."""
    return [
        [
            f.measure,
            f.kind,
            format_amount(f.value, f.low, f.high, f.unit, f.qualifier),
            format_period(f.start, f.end),
            ", ".join(f.parties),
            _direction(f),
            f.evidence,
        ]
        for f in facts
    ]


FACT_HEADER = ("measure", "kind", "value", "period", "parties", "direction", "evidence")


def _events_table(events: list[Event]) -> str:
    rows = [
        [
            e.type,
            e.text,
            format_period(e.start, e.end) if (e.start or e.end) else "",
            ", ".join(e.participants),
            e.location,
            ", ".join(_money_highlight(m).value for m in e.money),
        ]
        for e in events
    ]
    header = ("type", "trigger", "when", "participants", "location", "money")
    return _table("Events", header, rows)


def _orgs_table(orgs: list[Organization]) -> str:
    rows = [[o.name, o.acronym, o.kind, ", ".join(o.aliases), len(o.mentions)] for o in orgs]
    return _table("Organizations", ("name", "acronym", "kind", "aliases", "mentions"), rows)


def article_section(text: str, facts: ArticleFacts, number: int) -> str:
    """One article: heading, highlighted text, then its facts, events and organizations."""
    marks, left_out = highlights(facts, text)
    name = facts.id or f"article {number}"
    meta = [f"published {facts.published.isoformat()}" if facts.published else "no date"]
    meta += [
        f"{len(facts.money)} money",
        f"{len(facts.periods)} periods",
        f"{len(facts.organizations)} organizations",
        f"{len(facts.events)} events",
        f"{len(facts.facts)} facts",
    ]
    if left_out:
        meta.append(f"{left_out} overlapping mentions not highlighted (see the tables)")
    parts = [
        f'<section class="fx-article" id="article-{number}">',
        f"<h2>{html.escape(name)}</h2>",
        f'<p class="fx-meta">{html.escape(" · ".join(meta))}</p>',
    ]
    if facts.error:
        parts.append(f'<p class="fx-error">Error: {html.escape(facts.error)}</p>')
    parts += [f'<p class="fx-warning">{html.escape(w)}</p>' for w in facts.warnings]
    parts += [
        f'<div class="fx-text">{highlight_markup(text, marks)}</div>',
        _table("Facts", FACT_HEADER, facts_rows(facts.facts)),
        _events_table(facts.events),
        _orgs_table(facts.organizations),
        "</section>",
    ]
    return "\n".join(parts)


# ---------------------------------------------------------------- the page

CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
  margin: 0; background: #f4f4f5; color: #18181b; }
header { background: #18181b; color: #fafafa; padding: 1rem 2rem; position: sticky; top: 0;
  z-index: 1; }
header h1 { margin: 0 0 .4rem 0; font-size: 1.3rem; }
.fx-legend label { margin-right: 1rem; cursor: pointer; white-space: nowrap; }
.fx-swatch { display: inline-block; width: .9em; height: .9em; border-radius: .2em;
  vertical-align: -0.1em; margin: 0 .3em; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 2rem 3rem; }
.fx-article { background: #fff; border-radius: .5rem; padding: 1rem 1.5rem; margin: 1.5rem 0;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.fx-article h2 { margin: .2rem 0; font-size: 1.1rem; font-family: ui-monospace, monospace; }
.fx-meta { color: #52525b; margin: 0 0 .8rem; font-size: .9rem; }
.fx-top, .fx-top a { color: #d4d4d8; }
.fx-error { color: #b91c1c; font-weight: bold; }
.fx-warning { color: #92400e; }
.fx-text .entities { line-height: 2.1; }
mark.entity { padding: .25em .4em; margin: 0 .15em; border-radius: .35em; line-height: 1;
  color: inherit; }
.fx-tag { font-size: .72em; margin-left: .4rem; vertical-align: middle; }
.fx-label { font-weight: bold; }
.fx-value { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
table.fx-table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .9rem; }
.fx-table caption { text-align: left; font-weight: bold; padding: .3rem 0; }
.fx-table th, .fx-table td { border-bottom: 1px solid #e4e4e7; padding: .3rem .5rem;
  text-align: left; vertical-align: top; }
.fx-table th { background: #f4f4f5; }
.fx-nowrap { white-space: nowrap; }
.fx-evidence { width: 45%; }
.fx-para { display: block; height: .5em; }
.fx-none { color: #71717a; font-style: italic; }
"""
# One rule per type: an unticked legend box hides that type's highlights.
CSS += "".join(
    f"body.fx-hide-{cls} mark.fx-{cls} {{ background: transparent !important; }}\n"
    f"body.fx-hide-{cls} mark.fx-{cls} .fx-tag {{ display: none; }}\n"
    for cls, _ in LABELS.values()
)

JS = """
document.querySelectorAll('.fx-legend input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('fx-hide-' + box.value, !box.checked);
  });
});
document.documentElement.setAttribute('data-factex-ready', '1');
"""


def _legend() -> str:
    boxes = "".join(
        f'<label><input type="checkbox" value="{cls}" checked>'
        f'<span class="fx-swatch" style="background: {colour}"></span>{label.lower()}</label>'
        for label, (cls, colour) in LABELS.items()
    )
    return f'<div class="fx-legend">{boxes} <small>hover a highlight for its details</small></div>'


def across_section(results: list[ArticleFacts]) -> str:
    """Figures stated in more than one article (``factex consolidate``): agreed,
    near-duplicates and conflicts, with the articles giving each value."""
    if len(results) < 2:
        return ""
    rows: list[list[object]] = []
    for group in consolidate(results).groups:
        if len(group.articles) < 2:
            continue
        for i, reading in enumerate(group.readings):
            value = format_amount(
                reading.value, reading.low, reading.high, group.unit, reading.sources[0].qualifier
            )
            ids = ", ".join(dict.fromkeys(str(s.article) for s in reading.sources))
            first = i == 0
            rows.append(
                [
                    group.status if first else "",
                    figure_text(group, " · ") if first else "",
                    value,
                    ids,
                ]
            )
    header = ("status", "figure", "value", "articles")
    return "\n".join(
        [
            '<section class="fx-article fx-across" id="across">',
            "<h2>Across articles</h2>",
            '<p class="fx-meta">the same measure, parties and period in more than one article'
            " (as <code>factex consolidate</code>)</p>",
            _table("Figures stated in more than one article", header, rows),
            "</section>",
        ]
    )


def _as_pair(item: tuple[str, ArticleFacts] | Doc) -> tuple[str, ArticleFacts]:
    if isinstance(item, Doc):
        from factex.convert import doc_to_facts

        return item.text, doc_to_facts(item)
    return item


def render(
    articles: Iterable[tuple[str, ArticleFacts] | Doc], *, title: str = "factex report"
) -> str:
    """One self-contained HTML page showing each article with its facts.

    Args:
        articles: ``(text, ArticleFacts)`` pairs (the text the facts were extracted
            from), or spaCy Docs processed by a factex pipeline.
        title: the page title.

    >>> page = render([("Trade reached $5 million.", ArticleFacts(id="a1"))])
    >>> page.startswith("<!DOCTYPE html>") and "Trade reached $5 million." in page
    True
    """
    pairs = list(map(_as_pair, articles))
    sections = [
        article_section(text, facts, number) for number, (text, facts) in enumerate(pairs, start=1)
    ]
    across = across_section([facts for _, facts in pairs])
    count = f"{len(sections)} article{'s' if len(sections) != 1 else ''}"
    if across:
        count += ' · <a href="#across">figures across articles</a>'

    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            '<head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{html.escape(title)}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            f"<header><h1>{html.escape(title)}</h1>",
            f'<p class="fx-meta fx-top">{count} · factex {__version__}</p>',
            _legend(),
            "</header>",
            "<main>",
            *sections,
            across,
            "</main>",
            f"<script>{JS}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )


# ---------------------------------------------------------------- terminal tables


def _fact_summary(fact: Fact) -> str:
    """What a fact is about, on lines: measure and kind, period, parties, direction."""
    lines = [fact.measure if fact.kind == "level" else f"{fact.measure} (change)"]
    lines.append(format_period(fact.start, fact.end))
    if fact.parties:
        lines.append(", ".join(fact.parties))
    if direction := _direction(fact):
        lines.append(direction)
    return "\n".join(lines)


def write_table(results: Iterable[ArticleFacts], out: TextIO) -> tuple[int, int]:
    """Facts as one aligned table, a row per fact (``factex extract --format table``).

    On a terminal: article, what the fact is about (measure, period, parties, direction
    on lines), value and evidence, wrapped to the terminal's width. Piped: one line per
    fact with a column per field. Articles without facts get a row saying so, failed
    articles a row with their error. Returns ``(articles, failed)`` as the other output
    formats do.
    """
    from rich.table import Table
    from rich.text import Text

    wrap = is_terminal(out)
    table = Table(show_lines=wrap)
    table.add_column("article", no_wrap=not wrap, overflow="fold")
    header = ("fact", "value") if wrap else FACT_HEADER[:-1]
    for name in header:
        table.add_column(name, justify="right" if name == "value" else "left", no_wrap=not wrap)
    table.add_column("evidence", **evidence_column(wrap))
    blanks = [Text("")] * len(header)
    total = failed = n_facts = 0
    for total, facts in enumerate(results, start=1):
        name = Text(facts.id or f"#{total}")
        if facts.error is not None:
            failed += 1
            table.add_row(name, *blanks, Text(f"error: {facts.error}", style="red"))
            continue
        if not facts.facts:
            table.add_row(name, *blanks, Text("(no facts)", style="dim"))
        for fact, row in zip(facts.facts, facts_rows(facts.facts), strict=True):
            n_facts += 1
            cells = [_fact_summary(fact), row[2], row[-1]] if wrap else row
            table.add_row(name, *(Text(str(cell)) for cell in cells))
    summary = f"{count(n_facts, 'fact')} in {count(total, 'article')}"
    if failed:
        summary += f", {failed} failed"
    print_table(table, out, summary)
    return total, failed
