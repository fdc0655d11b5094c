"""Pure functions of the facts room: parts of a sentence -> normalized values."""

from __future__ import annotations

_QUOTES = "\"'“”‘’«»"


def signed(value: float | None, sign: int) -> float | None:
    """The value with the direction of a change applied ("fell 5%" -> -5).

    >>> signed(5.0, -1), signed(5.0, 1), signed(None, -1)
    (-5.0, 5.0, None)
    """
    return None if value is None else sign * abs(value)


def evidence_bounds(text: str) -> tuple[int, int]:
    """The sentence without surrounding space and the quotation marks that open it, and
    without closing quotation marks after its final punctuation.

    >>> s = ' "Exports rose 5%." '
    >>> a, b = evidence_bounds(s); s[a:b]
    'Exports rose 5%.'
    >>> evidence_bounds("")
    (0, 0)
    """
    start = 0
    while start < len(text) and (text[start].isspace() or text[start] in _QUOTES):
        start += 1
    end = len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start + 1 and text[end - 1] in _QUOTES and text[end - 2] in ".!?":
        end -= 1
    return start, end
