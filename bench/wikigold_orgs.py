"""Score factex's organizations against wikigold (Wikipedia articles, CoNLL, IO tags).

Usage: ``python bench/wikigold_orgs.py [CORPUS_FILE] [--json] [-v] [--model NAME]
[--model-only] [--limit N]`` (default
``../shared/resources/organizations/eval/wikigold/wikigold.conll.txt``; ``--model`` adds
an installed spaCy pipeline's NER, as ``factex extract --model`` does; ``--model-only``
scores that pipeline's own ``ORG`` entities instead of factex, for reference).

The file holds one token and its tag per line (``I-ORG``, ``I-PER``, ``I-LOC``,
``I-MISC``, ``O``), a blank line between sentences, and a ``-DOCSTART- O`` line after each
document (one before the first is accepted too). Each document's text is rebuilt from its
tokens with plain spacing rules, keeping every token's character offsets:

- a space between tokens, except none before closing punctuation (``, . ; : ) ] ! ? %``,
  the clitics ``'s n't 're 've 'd 'll 'm`` and ``''``) and none after an opening one
  (``( [ $ `` and `` `` ``);
- a double quote ``"`` opens and closes by turns through the document (a quotation can
  span sentences; an opening one is followed by no space, a closing one preceded by none);
- a single ``'`` closes an open single quote; otherwise it is a plural possessive when
  the word before ends in "s" ("players '", no space before); otherwise it opens a quote;
- sentences are joined by a space, except that a sentence whose last token is not one
  of ``. ! ? " )`` (a heading or a list line) is followed by a blank line.

Gold is each maximal run of ``I-ORG`` tokens within a sentence, without a leading "the"
token or a trailing "'s" token, as the project's gold guidelines cut a mention. IO tagging
has no B- tag, so two organizations written next to each other form one gold mention:
the gold cannot separate them, and a system that does is scored one exact miss and at
most one relaxed hit there. Wikipedia prose also names bands, sports clubs and
universities, which this gold counts as organizations like any other.

Measures, micro-averaged over the documents:

- mention level, exact: a predicted mention with exactly a gold span;
- mention level, relaxed: a predicted mention overlapping a gold one (one to one);
- organization level, per document: one gold organization per distinct mention text,
  matched one to one to the predicted organizations by a name, acronym or alias in
  common (``factex.score``, as ``gum_orgs.py`` does). ``--model-only`` predicts one
  organization per distinct entity text, its leading "the" and trailing "'s" cut as the
  gold's are.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its Result and Counts.report
from gum_orgs import Result, print_measures

DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "resources"
    / "organizations"
    / "eval"
    / "wikigold"
    / "wikigold.conll.txt"
)
DOCSTART = "-DOCSTART-"
ORG = "I-ORG"
_CLOSING = {",", ".", ";", ":", ")", "]", "!", "?", "%", "''"}
_CLITICS = {"'s", "n't", "'re", "'ve", "'d", "'ll", "'m"}
_OPENING = {"(", "[", "$", "`", "``"}
_SENTENCE_END = {".", "!", "?", '"', ")"}

# An organization as factex's JSON gives it: name, acronym, aliases, kind, mentions.
Org = dict[str, Any]
Predict = Callable[[str], list[Org]]


@dataclass
class Token:
    """One token, its tag and its character span in the rebuilt text."""

    form: str
    tag: str
    span: tuple[int, int] = (0, 0)


@dataclass
class Document:
    """A wikigold document: its rebuilt text, its tokens by sentence and its gold spans."""

    id: str
    text: str = ""
    sentences: list[list[Token]] = field(default_factory=list)
    gold: list[tuple[int, int]] = field(default_factory=list)


def _documents(lines: Iterable[str]) -> Iterator[list[list[Token]]]:
    """The sentences of each document, in file order."""
    doc: list[list[Token]] = []
    sentence: list[Token] = []
    for line in lines:
        parts = line.split()
        if parts[:1] == [DOCSTART]:
            if sentence:
                doc.append(sentence)
            if doc:
                yield doc
            doc, sentence = [], []
        elif not parts:
            if sentence:
                doc.append(sentence)
            sentence = []
        else:
            # a token line is "form tag"; a form never holds a space in this format
            sentence.append(Token(" ".join(parts[:-1]) or parts[0], parts[-1]))
    if sentence:
        doc.append(sentence)
    if doc:
        yield doc


def rebuild(sentences: list[list[Token]]) -> str:
    """The text of a document's sentences under the spacing rules of the module's
    docstring; sets each token's ``span``."""
    parts: list[str] = []
    pos = 0
    sep = ""  # before the next sentence
    double_open = single_open = False
    for sentence in sentences:
        glue = True  # the sentence's first token follows ``sep`` only
        prev = ""
        for tok in sentence:
            form = tok.form
            closing = form in _CLOSING or form.lower() in _CLITICS
            opening = form in _OPENING
            if form == '"':
                closing, opening = double_open, not double_open
                double_open = not double_open
            elif form == "'":
                closing = single_open or prev[-1:].lower() == "s"
                opening = not closing
                single_open = opening
            gap = sep if glue else ("" if closing else " ")
            tok.span = (pos + len(gap), pos + len(gap) + len(form))
            parts += [gap, form]
            pos = tok.span[1]
            glue, sep, prev = opening, "", form
        sep = " " if sentence[-1].form in _SENTENCE_END else "\n\n"
    return "".join(parts)


def gold_spans(sentences: list[list[Token]]) -> list[tuple[int, int]]:
    """Each maximal run of ``I-ORG`` tokens in a sentence, without a leading "the" or a
    trailing "'s" token (``rebuild`` first, for the spans)."""
    spans = []
    for sentence in sentences:
        run: list[Token] = []
        for tok in [*sentence, Token("", "O")]:
            if tok.tag == ORG:
                run.append(tok)
                continue
            if len(run) > 1 and run[0].form.lower() == "the":
                run = run[1:]
            if len(run) > 1 and run[-1].form.lower() in ("'s", "\u2019s"):
                run = run[:-1]
            if run:
                spans.append((run[0].span[0], run[-1].span[1]))
            run = []
    return spans


def parse_conll(lines: Iterable[str]) -> list[Document]:
    """The documents of a wikigold-style CoNLL file (``wikigold-001`` ...)."""
    docs = []
    for n, sentences in enumerate(_documents(lines), 1):
        text = rebuild(sentences)
        docs.append(Document(f"wikigold-{n:03d}", text, sentences, gold_spans(sentences)))
    return docs


def read_corpus(path: Path) -> list[Document]:
    """Parse the corpus file."""
    with path.open(encoding="utf-8") as f:
        return parse_conll(f)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_document(doc: Document, result: Result, predict: Predict) -> None:
    """Add one document's counts to ``result``; ``predict`` maps text to org dicts."""
    from factex.score import score_items

    pred_orgs = predict(doc.text)
    spans = sorted({tuple(m["span"]) for o in pred_orgs for m in o["mentions"]})
    gold = doc.gold
    for c in (result.exact, result.relaxed):
        c.gold += len(gold)
        c.pred += len(spans)
    result.exact.tp += len(set(spans) & set(gold))
    used: set[int] = set()
    for s in spans:
        hit = next((i for i, g in enumerate(gold) if i not in used and _overlaps(g, s)), None)
        if hit is None:
            result.errors.append(f"{doc.id}\tFP mention\t{doc.text[s[0] : s[1]]!r}")
        else:
            used.add(hit)
            result.relaxed.tp += 1
    for i, (a, b) in enumerate(gold):
        if i not in used:
            result.errors.append(f"{doc.id}\tFN mention\t{doc.text[a:b]!r}")

    texts = sorted({doc.text[a:b] for a, b in gold})
    gold_orgs = [{"name": t, "acronym": None, "aliases": []} for t in texts]
    counts = score_items("organizations", gold_orgs, pred_orgs, article=doc.id)
    result.errors += [f"{doc.id}\tFN org\t{g['name']!r}" for _, g in counts.misses]
    result.errors += [
        f"{doc.id}\tFP org\t{p['name']!r}\t{p.get('kind')}" for _, p in counts.spurious
    ]
    result.orgs.tp += counts.tp
    result.orgs.gold += len(gold_orgs)
    result.orgs.pred += len(pred_orgs)


def factex_predict(model: str | None) -> Predict:
    """factex's organizations (with ``model``'s NER when given) as JSON dicts."""
    from factex import extract, load

    nlp = load(model) if model else None

    def predict(text: str) -> list[Org]:
        facts = extract(text, nlp=nlp)
        return [json.loads(o.model_dump_json()) for o in facts.organizations]

    return predict


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without a leading "the " or a trailing "'s", as the gold is cut."""
    if text[start:end].lower().startswith("the ") and end - start > 4:
        start += 4
    if text[start:end].endswith(("'s", "\u2019s")) and end - start > 2:
        end -= 2
    return start, end


def model_predict(model: str) -> Predict:
    """A spaCy pipeline's own ``ORG`` entities: one organization per distinct text."""
    import spacy

    nlp = spacy.load(model)

    def predict(text: str) -> list[Org]:
        orgs: dict[str, Org] = {}
        for ent in nlp(text).ents:
            if ent.label_ != "ORG":
                continue
            start, end = _cut(text, ent.start_char, ent.end_char)
            name = text[start:end]
            org = orgs.setdefault(
                name, {"name": name, "acronym": None, "aliases": [], "kind": "model"}
            )
            org.setdefault("mentions", []).append({"text": name, "span": [start, end]})
        return list(orgs.values())

    return predict


def score(docs: list[Document], predict: Predict) -> Result:
    """Score ``predict`` over the documents."""
    result = Result()
    for doc in docs:
        score_document(doc, result, predict)
    return result


def main(argv: list[str] | None = None) -> int:
    """Print the scores (``--json`` for a machine-readable report)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument("--model", help="an installed spaCy pipeline whose NER to add")
    parser.add_argument(
        "--model-only",
        action="store_true",
        help="score the --model pipeline's own ORG entities instead of factex",
    )
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    args = parser.parse_args(argv)
    if args.model_only and not args.model:
        parser.error("--model-only needs --model NAME")
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} is absent (needs ../shared)", file=sys.stderr)
        return 0
    docs = read_corpus(args.corpus)[: args.limit]
    predict = model_predict(args.model) if args.model_only else factex_predict(args.model)
    result = score(docs, predict)
    system = f"{args.model} alone" if args.model_only else "factex"
    if args.model and not args.model_only:
        system += f" + {args.model}"
    report = {
        "system": system,
        "documents": len(docs),
        "mention_exact": result.exact.report(),
        "mention_relaxed": result.relaxed.report(),
        "organizations": result.orgs.report(),
    }
    if args.verbose:
        print("\n".join(result.errors), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"{system}: documents {len(docs)}")
    print_measures(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
