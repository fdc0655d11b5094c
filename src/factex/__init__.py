"""factex: structured, normalized facts from news articles.

>>> import factex
>>> facts = factex.extract("Exports rose to $5 million in 2021.", published="2022-01-10")
>>> facts.schema_
'factex/1'
"""

__version__ = "0.1.0"

from factex.api import extract, extract_many
from factex.models import ArticleFacts, Event, Fact, Money, Organization, Period
from factex.pipeline import load

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
