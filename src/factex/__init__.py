"""factex: structured, normalized facts from news articles.

>>> import factex
>>> facts = factex.extract("Exports rose to $5 million in 2021.", published="2022-01-10")
>>> facts.schema_
'factex/1'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# The public names load on first use (PEP 562), so `import factex` and `factex --version`
# do not pay for importing spaCy.
_LAZY = {
    "extract": "factex.api",
    "extract_many": "factex.api",
    "load": "factex.pipeline",
    "ArticleFacts": "factex.models",
    "Event": "factex.models",
    "Fact": "factex.models",
    "Money": "factex.models",
    "Organization": "factex.models",
    "Period": "factex.models",
}

if TYPE_CHECKING:
    from factex.api import extract, extract_many
    from factex.models import ArticleFacts, Event, Fact, Money, Organization, Period
    from factex.pipeline import load


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factex' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "ArticleFacts",
    "Event",
    "Fact",
    "Money",
    "Organization",
    "Period",
    "__version__",
    "extract",
    "extract_many",
    "load",
]
