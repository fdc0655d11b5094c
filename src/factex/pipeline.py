"""Building factex's spaCy pipeline.

Components are registered in exactly two places: ``COMPONENTS`` here and the
``spacy_factories`` entry points in ``pyproject.toml`` (a test checks they agree).
"""

from __future__ import annotations

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from factex import article  # noqa: F401
from factex.errors import ModelNotInstalled
from factex.events import component as _events  # noqa: F401
from factex.facts import component as _facts  # noqa: F401
from factex.money import component as _money  # noqa: F401
from factex.organizations import component as _organizations  # noqa: F401
from factex.periods import component as _periods  # noqa: F401
from factex.spacy_fixes import use_fixed_tokenizer

# In pipeline order: later components read what earlier ones wrote.
COMPONENTS: tuple[str, ...] = (
    "factex_article",
    "factex_money",
    "factex_periods",
    "factex_organizations",
    "factex_events",
    "factex_facts",
)


def load(model: str | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """A spaCy pipeline with factex's components.

    Args:
        model: name or path of an installed spaCy pipeline whose NER (and parser, when
            it has one) factex uses as an extra layer; ``None`` (the default) builds on
            ``spacy.blank("en")`` and needs no downloaded model.
        exclude: factex component names to leave out.

    >>> nlp = load()
    >>> [name for name in nlp.pipe_names if name.startswith("factex_")][:2]
    ['factex_article', 'factex_money']
    """
    nlp = spacy.blank("en") if model is None else _load_model(model)
    if not ({"parser", "senter", "sentencizer"} & set(nlp.pipe_names)):
        nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        if name not in exclude:
            nlp.add_pipe(name)
    use_fixed_tokenizer(nlp)
    return nlp


def _load_model(model: str) -> Language:
    """An installed spaCy pipeline, or ``ModelNotInstalled`` with how to install one."""
    try:
        # Only NER, tagger and parser help us; the rest costs time.
        return spacy.load(model, exclude=["lemmatizer", "textcat", "textcat_multilabel"])
    except OSError as exc:
        if "E050" not in str(exc):  # spaCy's "Can't find model": anything else is real
            raise
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed: install it with "
            f"`python -m spacy download {model}` (or pip install its package), "
            "or run without --model"
        ) from None
