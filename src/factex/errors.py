"""The few errors factex raises: each names what was wrong and what is allowed."""


class FactexError(Exception):
    """Base of every factex error."""


class InputError(FactexError, ValueError):
    """An input could not be read as an article (binary, too large, undecodable)."""


class ModelNotInstalled(FactexError, ValueError):
    """The spaCy pipeline asked for as a statistical layer (``model=``, ``--model``) is
    not installed; the message says how to install one."""


class GoldError(FactexError, ValueError):
    """A gold file does not follow the contract (bad JSON, span not true to the text)."""


class ArticleTimeout(BaseException):
    """An article took longer than the time limit (``timeout=``, ``--timeout``).

    A ``BaseException``, like ``KeyboardInterrupt``, so that an ``except Exception`` in a
    component cannot swallow it; ``extract_many`` catches it and reports the article.
    """
