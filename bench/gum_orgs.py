"""Score factex's organizations against the GUM Wikinews articles (CoNLL-U).

Usage: ``python bench/gum_orgs.py [CORPUS_DIR] [--json] [-v] [--no-countries] [--model NAME]``
(default ``../shared/resources/organizations/eval/gum-news``; ``--model`` adds an installed
spaCy pipeline's NER, as ``factex extract --model`` does).

GUM marks entities in the MISC column: ``Entity=(ID-etype-infstat-salience-centering-
minspan-link[-identity]`` opens an entity on a word and ``ID)`` closes it; one word can
open and close several. Each article's text is rebuilt from its tokens (a space after
each token unless ``SpaceAfter=No``, a blank line between paragraphs), keeping every
word's character offsets.

Gold is the *named* organization mentions: entities of type ``organization`` whose head
word (the word whose syntactic head lies outside the mention) is a proper noun
(``PROPN``). Pronouns ("it") and common-noun mentions ("the agency") are left out. A
GUM mention is a whole noun phrase ("the Church of Scientology, which ..."); its span is
cut to the name, from the first to the last token of GUM's minimal span, without a
leading "the" or a trailing "'s", as the gold guidelines do.

GUM types a country acting as an agent as an organization ("South Korea said"), and a
national team named by its country ("Sweden beat Panama"); factex's contract counts
countries as places. ``--no-countries`` sets aside the mentions whose text is a
country's name in ISO 3166 (pycountry): neither a hit nor a false positive, and a
prediction overlapping one is dropped.

Measures, micro-averaged over the articles:

- mention level, exact: a predicted mention with exactly a gold span;
- mention level, relaxed: a predicted mention overlapping a gold one (one to one);
- organization level, as the contract scores: one gold organization per GUM entity
  with named mentions (its names: the texts of those mentions and its Wikipedia title),
  matched one to one to factex's organizations by a name, acronym or alias in common
  (``factex.score``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "resources"
    / "organizations"
    / "eval"
    / "gum-news"
)
# An opening "(ID-etype-...-fields", closed at once by ")" on a one-word mention, or a
# closing "ID)"; GUM percent-encodes brackets inside the Wikipedia identity.
_ENTITY = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")
_POSSESSIVE = ("'s", "\u2019s")


@dataclass
class Word:
    """One syntactic word with its character span in the rebuilt text."""

    id: int
    form: str
    upos: str
    head: int
    span: tuple[int, int]
    misc: str
    token: int  # surface token number in the sentence (words of a contraction share one)


@dataclass
class Mention:
    """One entity mention of the gold: its entity, type, identity and span."""

    entity: str
    etype: str
    identity: str
    span: tuple[int, int]
    text: str
    head_upos: str


@dataclass
class Document:
    """A GUM document: its rebuilt text and every entity mention in it."""

    id: str
    text: str
    mentions: list[Mention] = field(default_factory=list)


def _misc(fields: str) -> dict[str, str]:
    return dict(p.split("=", 1) for p in fields.split("|") if "=" in p)


def _sentences(lines: Iterable[str]) -> Iterator[tuple[bool, list[list[str]]]]:
    """(starts a paragraph, rows) per sentence."""
    newpar, rows = False, []
    for line in lines:
        line = line.rstrip("\n")
        if not line:
            if rows:
                yield newpar, rows
            newpar, rows = False, []
        elif line.startswith("#"):
            newpar = newpar or line.startswith("# newpar") or line.startswith("# newdoc")
        else:
            rows.append(line.split("\t"))
    if rows:
        yield newpar, rows


def parse_conllu(lines: Iterable[str], doc_id: str = "") -> Document:
    """Rebuild a document's text and its entity mentions from CoNLL-U lines."""
    parts: list[str] = []
    pos = 0
    mentions: list[Mention] = []

    def add(s: str) -> int:
        nonlocal pos
        parts.append(s)
        pos += len(s)
        return pos

    for newpar, rows in _sentences(lines):
        if pos:
            add("\n\n" if newpar else " ")
        words: list[Word] = []
        multi_end, multi_start, multi_form, cursor = 0, 0, "", 0
        token = 0
        gap = ""
        for cols in rows:
            if len(cols) < 10 or "." in cols[0]:
                continue  # malformed or an empty node
            if "-" in cols[0]:  # a multiword token carries the surface form and spacing
                multi_end = int(cols[0].split("-")[1])
                token += 1
                add(gap)
                multi_start, multi_form, cursor = pos, cols[1], 0
                add(cols[1])
                gap = "" if _misc(cols[9]).get("SpaceAfter") == "No" else " "
                continue
            wid = int(cols[0])
            if wid <= multi_end:  # a word inside the multiword token: place it in the form
                found = multi_form.find(cols[1], cursor)
                start = found if found >= 0 else cursor
                cursor = min(start + len(cols[1]), len(multi_form))
                span = (multi_start + start, multi_start + cursor)
            else:
                token += 1
                add(gap)
                start = pos
                span = (start, add(cols[1]))
                gap = "" if _misc(cols[9]).get("SpaceAfter") == "No" else " "
            head = int(cols[6]) if cols[6].isdigit() else 0
            words.append(Word(wid, cols[1], cols[3], head, span, cols[9], token))
        mentions.extend(_sentence_mentions(words, "".join(parts)))
    text = "".join(parts)
    for m in mentions:
        m.text = text[m.span[0] : m.span[1]]
    return Document(doc_id, text, mentions)


def _sentence_mentions(words: list[Word], text: str) -> list[Mention]:
    found: list[Mention] = []
    open_: dict[str, list[tuple[int, list[str]]]] = {}
    for i, w in enumerate(words):
        for m in _ENTITY.finditer(_misc(w.misc).get("Entity", "")):
            eid = m.group(1) or m.group(4)
            if m.group(1):
                open_.setdefault(eid, []).append((i, m.group(2).split("-", 6)))
                if not m.group(3):
                    continue  # closed on a later word
            stack = open_.get(eid)
            if stack:
                start, fields = stack.pop()
                found.append(_mention(eid, fields, words[start : i + 1], text))
    return found


def _mention(eid: str, fields: list[str], span_words: list[Word], text: str) -> Mention:
    ids = {w.id for w in span_words}
    heads = [w for w in span_words if w.head not in ids]
    head = heads[0] if heads else span_words[0]
    name_words = _minimal(span_words, fields[4] if len(fields) > 4 else "")
    if len(name_words) > 1 and name_words[0].form.lower() == "the":
        name_words = name_words[1:]
    start, end = name_words[0].span[0], name_words[-1].span[1]
    for suffix in _POSSESSIVE:
        if text[start:end].endswith(suffix) and end - len(suffix) > start:
            end -= len(suffix)
            break
    identity = unquote(fields[6]) if len(fields) > 6 else ""
    return Mention(eid, fields[0], identity, (start, end), "", head.upos)


def _minimal(span_words: list[Word], minspan: str) -> list[Word]:
    """The name inside a mention: its words from the first to the last token of GUM's
    minimal span (1-based token positions in the mention).

    "the Church of Scientology, which ..." with minimal span 2,4 gives "Church of
    Scientology".
    """
    try:
        wanted = [int(x) for x in minspan.split(",")]
    except ValueError:
        return span_words
    first = span_words[0].token - 1
    words = [w for w in span_words if min(wanted) <= w.token - first <= max(wanted)]
    return words or span_words


def read_document(path: Path) -> Document:
    """Parse one ``.conllu`` file."""
    with path.open(encoding="utf-8") as f:
        return parse_conllu(f, path.stem)


def named_organizations(doc: Document) -> list[Mention]:
    """The gold: organization mentions headed by a proper noun, in text order."""
    named = [m for m in doc.mentions if m.etype == "organization" and m.head_upos == "PROPN"]
    return sorted(named, key=lambda m: m.span)


@dataclass
class Counts:
    """True positives, gold and predicted totals of one measure."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    def report(self) -> dict[str, float | int]:
        """Precision, recall, F1 (3 places) and the totals."""
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": self.tp,
            "gold": self.gold,
            "pred": self.pred,
        }


@dataclass
class Result:
    """The three measures and the error lines."""

    exact: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    orgs: Counts = field(default_factory=Counts)
    set_aside: int = 0
    errors: list[str] = field(default_factory=list)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def country_names() -> set[str]:
    """Country names from ISO 3166 (pycountry): short, common and official forms."""
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(c, attr, None):
                names.add(value)
    return names


def _is_place(m: Mention, places: set[str]) -> bool:
    return m.text in places


def _title(identity: str) -> str:
    """A Wikipedia title as a name: "Labour_Party_(Hong_Kong)" -> "Labour Party"."""
    return re.sub(r"\s*\(.*\)$", "", identity.replace("_", " "))


def score_document(doc: Document, result: Result, places: set[str], extract) -> None:
    """Add one document's counts to ``result``; ``extract`` maps text to ArticleFacts."""
    from factex.score import score_items

    gold_all = named_organizations(doc)
    gold = [m for m in gold_all if not _is_place(m, places)]
    aside = [m.span for m in gold_all if _is_place(m, places)]
    result.set_aside += len(aside)
    facts = extract(doc.text)
    pred_orgs = [json.loads(o.model_dump_json()) for o in facts.organizations]
    pred_orgs = [
        o
        for o in pred_orgs
        if not any(_overlaps(tuple(m["span"]), a) for m in o["mentions"] for a in aside)
    ]
    spans = sorted({tuple(m["span"]) for o in pred_orgs for m in o["mentions"]})
    gold_spans = [m.span for m in gold]
    result.exact.gold += len(gold_spans)
    result.relaxed.gold += len(gold_spans)
    result.exact.pred += len(spans)
    result.relaxed.pred += len(spans)
    result.exact.tp += len(set(spans) & set(gold_spans))
    used: set[int] = set()
    for s in spans:
        hit = next((i for i, g in enumerate(gold_spans) if i not in used and _overlaps(g, s)), None)
        if hit is None:
            result.errors.append(f"{doc.id}\tFP mention\t{doc.text[s[0] : s[1]]!r}")
        else:
            used.add(hit)
            result.relaxed.tp += 1
    for i, m in enumerate(gold):
        if i not in used:
            result.errors.append(f"{doc.id}\tFN mention\t{m.text!r}")

    entities: dict[str, list[str]] = {}
    for m in gold:
        entities.setdefault(m.entity, []).append(m.text)
        if m.identity:  # GUM's Wikipedia title names the entity too: "Duke_University"
            entities[m.entity].append(_title(m.identity))
    gold_orgs = [
        {"name": max(texts, key=len), "acronym": None, "aliases": sorted(set(texts))}
        for texts in entities.values()
    ]
    counts = score_items("organizations", gold_orgs, pred_orgs, article=doc.id)
    result.errors += [f"{doc.id}\tFN org\t{g['name']!r}" for _, g in counts.misses]
    result.errors += [f"{doc.id}\tFP org\t{p['name']!r}\t{p['kind']}" for _, p in counts.spurious]
    result.orgs.tp += counts.tp
    result.orgs.gold += len(gold_orgs)
    result.orgs.pred += len(pred_orgs)


def score(paths: list[Path], *, no_countries: bool = False, model: str | None = None) -> Result:
    """Score factex over the given ``.conllu`` files (with ``model``'s NER when given)."""
    from factex import extract, load

    nlp = load(model) if model else None
    docs = [read_document(p) for p in paths]
    places = country_names() if no_countries else set()
    result = Result()
    for doc in docs:
        score_document(doc, result, places, lambda text: extract(text, nlp=nlp))
    return result


def print_measures(report: dict) -> None:
    """The three measures of ``report`` as a table (gold, pred, tp, P, R, F1)."""
    print("measure              gold   pred     tp   prec    rec     f1")
    for label in ("mention_exact", "mention_relaxed", "organizations"):
        r = report[label]
        print(
            f"{label:<18} {r['gold']:>6} {r['pred']:>6} {r['tp']:>6}"
            f" {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    """Print the scores (``--json`` for a machine-readable report)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument(
        "--no-countries",
        action="store_true",
        help="set aside organization mentions that are a country's name (see above)",
    )
    parser.add_argument("--model", help="an installed spaCy pipeline whose NER to add")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is absent (needs ../shared)", file=sys.stderr)
        return 0
    paths = sorted(args.corpus.glob("*.conllu"))
    if not paths:
        print(f"no .conllu files in {args.corpus}", file=sys.stderr)
        return 1
    result = score(paths, no_countries=args.no_countries, model=args.model)
    report = {
        "documents": len(paths),
        "country_mentions_set_aside": result.set_aside,
        "mention_exact": result.exact.report(),
        "mention_relaxed": result.relaxed.report(),
        "organizations": result.orgs.report(),
    }
    if args.verbose:
        print("\n".join(result.errors), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"documents {len(paths)}, country mentions set aside {result.set_aside}")
    print_measures(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
