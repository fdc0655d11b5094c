"""The ``factex_organizations`` component: organizations, people and places.

Writes ``doc.spans["factex_organizations"]`` (every mention, ``span._.org`` = the
canonical name, ``span.id_`` = the rule), ``doc._.organizations`` (one ``Organization``
per organization), ``doc.spans["factex_people"]`` (``span._.person`` = the name without
its title, ``span.label_`` = the title) and ``doc.spans["factex_places"]``
(``span._.place`` = the canonical place name, ``span.label_`` = country, city or
demonym).

When the pipeline has a statistical NER before it, its ORG entities that no rule found
are added (rule ``org.model``); where a rule and an entity overlap the rule wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from factex.extensions import SPANS_ORGS, SPANS_PEOPLE, SPANS_PLACES, in_skip
from factex.models import Mention, Organization
from factex.organizations import detect, rules
from factex.organizations import lexicon as lx
from factex.organizations.detect import Candidate, Tokens
from factex.organizations.normalize import is_acronym, kind_of, name_key, strip_legal_form
from factex.organizations.normalize import title_case as _title_case

_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


@cache
def _known_pattern() -> re.Pattern[str]:
    """Case-sensitive pattern of every well-known outlet's and institution's names."""
    forms = {o.name for o in lx.known_orgs().values()}
    forms |= {a for o in lx.known_orgs().values() for a in o.aliases}
    alternatives = sorted(forms, key=len, reverse=True)
    body = "|".join(rules.HSPACE.join(map(re.escape, f.split())) for f in alternatives)
    return re.compile(r"(?<![\w.&-])(?:" + body + r")(?![\w&]|-\w|\.\w)")


def find_known(text: str) -> list[Candidate]:
    """Well-known outlets and institutions named anywhere (rule ``org.known``)."""
    out = []
    table = lx.known_orgs()
    for m in _known_pattern().finditer(text):
        org = table.get(" ".join(m.group().split()).lower())
        if org is not None:
            out.append(Candidate(m.start(), m.end(), rules.KNOWN, org.kind, known=org))
    return out


def find_model_orgs(doc: Doc, t: Tokens) -> list[Candidate]:
    """ORG entities of a statistical NER that look like organizations (rule ``org.model``)."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        text = ent.text
        start = ent.start_char + (len(text) - len(_LEADING_THE.sub("", text)))
        end = ent.end_char
        while end > start and not doc.text[end - 1].isalnum() and doc.text[end - 1] not in ".":
            end -= 1
        name = doc.text[start:end]
        if not name or "\n" in name or not name[:1].isupper():
            continue
        if name.lower() in lx.places() or name.lower() in lx.demonyms():
            continue
        if any(p.start <= start < p.end or start <= p.start < end for p in t.people):
            continue
        words = name_key(name).split()
        if not words or words[-1] in lx.NOT_ORG_HEADS:
            continue
        head = next((w for w in reversed(words) if w in lx.HEADS), None)
        out.append(Candidate(start, end, rules.MODEL, kind_of(name, head), head=head))
    return out


def absorb_known(found: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """A rule's longer name around a well-known one ("Reuters Holdings PLC" around
    "Reuters") wins, taking the known organization's kind."""
    out = list(found)
    for k in known:
        outer = next((c for c in found if c.start <= k.start and k.end <= c.end), None)
        if outer is not None and (outer.start, outer.end) != (k.start, k.end):
            outer.kind = k.kind
            outer.short.append(k.known.name if k.known else "")
        else:
            out.append(k)
    return out


def select(cands: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: higher-priority rule first, then the longer one."""
    ordered = sorted(cands, key=lambda c: (rules.RANK[c.rule], -(c.end - c.start), c.start))
    taken: list[Candidate] = []
    for c in ordered:
        if all(c.end <= o.start or o.end <= c.start for o in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


class _Entry:
    """One organization being assembled from its mentions."""

    def __init__(self, first: Candidate, surface: str) -> None:
        self.cands: list[tuple[Candidate, str]] = []
        self.acronym: str | None = None
        self.add(first, surface)

    def add(self, cand: Candidate, surface: str) -> None:
        self.cands.append((cand, surface))
        if cand.known is not None and is_acronym(surface):
            cand.acronym = surface  # "AP" names the Associated Press by its acronym
        self.acronym = self.acronym or cand.acronym

    def known_acronym(self) -> str | None:
        """The acronym a well-known organization goes by, for finding later mentions."""
        known = next((c.known for c, _ in self.cands if c.known is not None), None)
        return self.acronym or (known.acronym if known else None)

    @property
    def best(self) -> Candidate:
        return min((c for c, _ in self.cands), key=lambda c: rules.RANK[c.rule])

    def forms(self) -> list[str]:
        """Names this organization may recur under."""
        out = []
        for c, surface in self.cands:
            if c.known is not None:
                out += [c.known.name, *c.known.aliases]
            out += [surface, strip_legal_form(surface), *c.short]
        return [f for f in out if f]

    def kind(self) -> str:
        best = self.best
        if best.known is not None:
            return best.known.kind
        if any(c.rule.startswith("org.media") for c, _ in self.cands):
            return "media"
        return best.kind

    def name(self) -> str:
        best = self.best
        if best.known is not None:
            return best.known.name
        surfaces = [s for c, s in self.cands if c.rule == best.rule and not is_acronym(s)]
        surface = surfaces[0] if surfaces else self.cands[0][1]
        return _title_case(strip_legal_form(surface))


def forms_text(entries: dict[str, _Entry]) -> set[str]:
    """Every name the entries may recur under."""
    return {f for e in entries.values() for f in e.forms()}


class OrganizationExtractor:
    """Writes organizations, people and places (see the module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            self._process(doc)
        except Exception as exc:  # never raise on odd text: report and go on
            doc.spans[SPANS_ORGS] = []
            doc._.organizations = []
            doc.spans[SPANS_PEOPLE] = []
            doc.spans[SPANS_PLACES] = []
            from factex.extensions import add_warning

            add_warning(doc, f"factex_organizations failed: {type(exc).__name__}: {exc}")
        return doc

    def _process(self, doc: Doc) -> None:
        t = Tokens.from_doc(doc)
        t.people = detect.find_people(t)
        heads = detect.find_heads(t)
        found = heads + detect.find_legal_prefix(t) + detect.find_prefix_heads(t)
        found = absorb_known(found, find_known(doc.text))
        found += detect.find_acronyms(t, found)
        found += detect.find_media(t) + detect.find_intro(t)
        if doc.has_annotation("ENT_IOB"):
            found += find_model_orgs(doc, t)
        found = [
            c for c in found if c.rule == rules.MEDIA_BYLINE or not in_skip(doc, c.start, c.end)
        ]
        chosen = select(found)
        entries = self._group(doc.text, chosen)
        chosen = self._recur(doc, chosen, entries)
        self._write(doc, t, chosen, entries)

    def _group(self, text: str, chosen: list[Candidate]) -> dict[str, _Entry]:
        """One entry per name key; acronyms and known aliases join their full names."""
        entries: dict[str, _Entry] = {}
        alias_of: dict[str, str] = {}
        for c in chosen:
            surface = text[c.start : c.end]
            key = name_key(c.known.name if c.known else surface)
            key = alias_of.get(key, key)
            if key in entries:
                entries[key].add(c, surface)
            else:
                entries[key] = _Entry(c, surface)
            if c.acronym:
                alias_of.setdefault(name_key(c.acronym), key)
        for key, entry in list(entries.items()):
            for c, _ in entry.cands:
                for short in c.short:
                    alias_of.setdefault(name_key(short), key)
        for key in list(entries):
            target = alias_of.get(key)
            weak = rules.RANK[entries[key].best.rule] >= rules.RANK[rules.ACRONYM]
            if target and target != key and target in entries and (weak or entries[key].best.known):
                for c, s in entries.pop(key).cands:
                    entries[target].add(c, s)
        return entries

    def _recur(self, doc: Doc, chosen: list[Candidate], entries: dict[str, _Entry]) -> list:
        """Later mentions of a name introduced once (case variants, without legal form,
        the acronym)."""
        forms: dict[str, str] = {}
        acronyms: dict[str, str] = {}
        for key, entry in entries.items():
            for form in entry.forms():
                if is_acronym(form):
                    acronyms.setdefault(form, key)
                else:
                    forms.setdefault(name_key(form), key)
            if acronym := entry.known_acronym():
                acronyms[acronym] = key
        pattern = rules.name_pattern(list(forms_text(entries)) + list(acronyms))
        if pattern is None:
            return chosen
        taken = [(c.start, c.end) for c in chosen]
        added = []
        for m in pattern.finditer(doc.text):
            s, e = m.span()
            surface = m.group()
            if any(a < e and s < b for a, b in taken) or in_skip(doc, s, e):
                continue
            if surface in acronyms:
                key = acronyms[surface]
                if name_key(entries[key].name()) != name_key(surface):
                    entries[key].acronym = surface
            elif surface[:1].isupper() and not is_acronym(surface):
                key = forms.get(name_key(surface))
            else:
                key = None
            if key is None:
                continue
            cand = Candidate(s, e, rules.RECUR, entries[key].kind())
            entries[key].add(cand, surface)
            added.append(cand)
            taken.append((s, e))
        return sorted(chosen + added, key=lambda c: c.start)

    def _write(self, doc: Doc, t: Tokens, chosen: list, entries: dict[str, _Entry]) -> None:
        orgs: list[Organization] = []
        spans: list[Span] = []
        for entry in entries.values():
            name = entry.name()
            aliases: list[str] = []
            seen = {name.lower(), (entry.acronym or "").lower()}
            for c, surface in sorted(entry.cands, key=lambda x: x[0].start):
                for form in (" ".join(surface.split()), c.bare):
                    if form and form.lower() not in seen and not is_acronym(form):
                        seen.add(form.lower())
                        aliases.append(form)
            mentions = [
                Mention(text=doc.text[c.start : c.end], span=(c.start, c.end))
                for c, _ in sorted(entry.cands, key=lambda x: x[0].start)
            ]
            orgs.append(
                Organization(
                    name=name,
                    acronym=entry.acronym,
                    aliases=aliases,
                    mentions=mentions,
                    kind=entry.kind(),  # type: ignore[arg-type]
                )
            )
            for c, _ in entry.cands:
                span = doc.char_span(c.start, c.end, label="ORG", alignment_mode="expand")
                if span is not None:
                    span.id_ = c.rule
                    span._.org = name
                    spans.append(span)
        orgs.sort(key=lambda o: o.mentions[0].span if o.mentions else (0, 0))
        doc.spans[SPANS_ORGS] = sorted(spans, key=lambda s: (s.start, s.end))
        doc._.organizations = orgs
        self._write_people_places(doc, t, chosen)

    def _write_people_places(self, doc: Doc, t: Tokens, chosen: list) -> None:
        people = []
        for p in t.people:
            span = doc.char_span(p.start, p.end, label=p.title, alignment_mode="expand")
            if span is not None and not in_skip(doc, p.start, p.end):
                span._.person = p.name
                span.id_ = rules.PERSON_TITLED
                people.append(span)
        doc.spans[SPANS_PEOPLE] = people
        blocked = [(c.start, c.end) for c in chosen] + [(p.start, p.end) for p in t.people]
        places = []
        for p in detect.find_places(t):
            if any(a < p.end and p.start < b for a, b in blocked) or in_skip(doc, p.start, p.end):
                continue
            label = p.rule.split(".", 1)[1]
            span = doc.char_span(p.start, p.end, label=label, alignment_mode="expand")
            if span is not None:
                span._.place = p.name
                span.id_ = p.rule
                places.append(span)
        doc.spans[SPANS_PLACES] = places


@Language.factory(
    "factex_organizations",
    assigns=["doc.spans", "doc._.organizations", "span._.org", "span._.person", "span._.place"],
)
def make_organizations(nlp: Language, name: str) -> OrganizationExtractor:
    """Factory of the ``factex_organizations`` component."""
    return OrganizationExtractor(nlp, name)
