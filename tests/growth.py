"""CPU time of one component as its input grows (issue 18: linear on hostile text)."""

from __future__ import annotations

import time

from spacy.language import Language

from factex.extensions import set_doc_value


def component_cpu(nlp: Language, name: str, text: str, repeat: int = 3) -> float:
    """Best-of-``repeat`` CPU seconds of component ``name`` on ``text``, the components
    before it run once beforehand (untimed)."""
    names = nlp.pipe_names
    doc = nlp.make_doc(text)
    for upstream in names[: names.index(name)]:
        doc = nlp.get_pipe(upstream)(doc)
    pipe = nlp.get_pipe(name)
    best = float("inf")
    for _ in range(repeat):
        set_doc_value(doc, "mentions", None)  # gathered afresh each time, as in a run
        start = time.process_time()
        pipe(doc)
        best = min(best, time.process_time() - start)
    return best


def assert_linear(nlp: Language, name: str, unit: str, small: int, limit: float) -> None:
    """4x the text (``unit`` repeated to ``small`` and ``4 * small`` characters) costs at
    most 8x the CPU (quadratic costs 16x) and under ``limit`` seconds. Generous bounds, best
    of three runs: a loaded machine slows both sizes alike."""
    component_cpu(nlp, name, unit * 3)  # warm up what loads lazily
    a = component_cpu(nlp, name, unit * (small // len(unit)))
    b = component_cpu(nlp, name, unit * (4 * small // len(unit)))
    assert b < limit, f"{name}: {b:.2f} s for {4 * small} characters"
    assert b < 8 * a + 0.05, f"{name}: {b:.3f} s for 4x the text of {a:.3f} s"
