"""The output contract, schema ``factex/1``: these models are its source of truth.

``factex schema`` prints their JSON Schema. Offsets are character offsets into the
text as given, end exclusive, so ``text == article[span[0]:span[1]]``. Dates are ISO
``YYYY-MM-DD`` and inclusive.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "factex/1"

Qualifier = Literal["exact", "about", "more_than", "less_than", "at_least", "at_most"]
OrgKind = Literal["company", "government", "media", "international", "other"]
EventType = Literal["meeting", "visit", "signing", "opening", "establishment", "other"]
FactKind = Literal["level", "change"]

CharSpan = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Mention(_Model):
    """One place in the text: what it says and where."""

    text: str
    span: CharSpan


class Money(_Model):
    """A money mention, normalized: "more than $70 million" -> 70000000 USD, more_than."""

    text: str
    span: CharSpan
    value: float | None = Field(None, description="amount in whole units; null for a range")
    low: float | None = Field(None, description="lower bound of a range")
    high: float | None = Field(None, description="upper bound of a range")
    currency: str | None = Field(None, description="ISO 4217 code, null if none is named")
    qualifier: Qualifier = "exact"
    rule: str | None = Field(None, description="id of the rule that matched (provenance)")


class Period(_Model):
    """A calendar time expression resolved to an inclusive interval."""

    text: str
    span: CharSpan
    start: dt.date | None = None
    end: dt.date | None = None
    timex: str | None = Field(None, description="TIMEX3-style value: 2019, 2019-Q1, XXXX-05-18")
    rule: str | None = None


class Organization(_Model):
    """One organization per article, with every mention of it."""

    name: str
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    kind: OrgKind = "other"


class Quantity(_Model):
    """A counted quantity tied to an event ("950 unassembled tractors")."""

    text: str
    span: CharSpan
    value: float
    unit: str


class Event(_Model):
    """Something that happened or is planned: a meeting, visit, signing, opening..."""

    type: EventType
    text: str
    span: CharSpan
    start: dt.date | None = None
    end: dt.date | None = None
    participants: list[str] = Field(default_factory=list)
    location: str | None = None
    money: list[Money] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    rule: str | None = Field(None, description="id of the trigger rule that found it (provenance)")


class Fact(_Model):
    """A measured value tied to what it measures, when, and whom."""

    measure: str
    kind: FactKind = "level"
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = Field(None, description="ISO 4217 code or 'percent'")
    qualifier: Qualifier = "exact"
    start: dt.date | None = None
    end: dt.date | None = None
    parties: list[str] = Field(default_factory=list)
    exporter: str | None = None
    importer: str | None = None
    span: CharSpan
    evidence: str
    rule: str | None = Field(None, description="id of the rule that found the measure (provenance)")


PublishedFrom = Literal["caller", "dateline", "default", "none"]


class Source(_Model):
    """How the input was read: its encoding, whether markup was stripped, and where its
    publication date came from: ``caller`` (``published=`` for this article, a JSONL
    record's or a frame row's ``published``), ``dateline`` (the article's own), ``default``
    (the CLI's ``--published``, used only when the article has no dateline) or ``none``."""

    path: str | None = None
    encoding: str | None = None
    format: Literal["text", "html"] = "text"
    published_from: PublishedFrom | None = None


class ArticleFacts(_Model):
    """Everything factex found in one article."""

    schema_: Literal["factex/1"] = Field(SCHEMA, alias="schema")
    id: str | None = None
    published: dt.date | None = None
    money: list[Money] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    source: Source | None = None
    warnings: list[str] = Field(default_factory=list)
    error: str | None = Field(None, description="set when the article could not be processed")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialize with the contract's field names (``schema``, not ``schema_``)."""
        return self.model_dump_json(by_alias=True, indent=indent)


def json_schema() -> dict:
    """The JSON Schema of ``ArticleFacts`` (what ``factex schema`` prints)."""
    return ArticleFacts.model_json_schema(by_alias=True)
