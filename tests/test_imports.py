"""The house's arrows: no import cycles in ``src/factex``, and the extraction (the
pipeline and every module it imports, the rooms first) never imports the scorer.

Imports are read from the source with ``ast`` (module level and inside functions alike:
a function-level import only hides a cycle, it does not remove it), so nothing is
imported to check it. ``if TYPE_CHECKING:`` blocks are not imports at run time, and the
package's lazy public names (``import_module`` of a string in ``factex/__init__.py``)
are not seen: nothing inside the package imports ``factex`` itself for them.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

SRC = ROOT / "src"
PACKAGE = "factex"
# The scorer judges the rooms' output: it imports from them, never the reverse.
PIPELINE = "factex.pipeline"
SCORER = "factex.score"

# Known and being fixed on other branches of issue 14 (api/parallel: the runner split).
# Each entry must still be true: when a fix lands, its entry fails this test until it is
# removed here.
KNOWN_CYCLES: set[frozenset[str]] = set()
KNOWN_SCORER_IMPORTS: set[str] = set()


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_checking_only(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The factex modules ``name`` imports, anywhere in its code."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking_only(node):
            for child in getattr(node, "orelse", []):
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in modules else base)  # a submodule, or a name in base
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    # "import factex.money.rules" also names its parents; keep the deepest known module
    out = set()
    for module in found:
        while module and module not in modules:
            module = module.rpartition(".")[0]
        if module and module != name:
            out.add(module)
    return out


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imported(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.add(frozenset(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_the_graph_is_read():
    graph = import_graph()
    assert "factex.money.rules" in graph["factex.money.component"]
    assert "factex.convert" in graph["factex.render"]  # a function-level import counts
    assert "factex.runner" in graph["factex.api"]


def test_the_cycle_finder_finds_cycles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(graph) == {frozenset({"a", "b", "c"})}


def test_src_has_no_import_cycles():
    found = cycles(import_graph())
    assert found - KNOWN_CYCLES == set(), "import cycles: " + "; ".join(
        " <-> ".join(sorted(c)) for c in found - KNOWN_CYCLES
    )
    assert KNOWN_CYCLES - found == set(), "fixed: remove from KNOWN_CYCLES"


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for w in graph.get(todo.pop(), ()):
            if w not in seen:
                seen.add(w)
                todo.append(w)
    return seen


def test_no_room_imports_the_scorer():
    graph = import_graph()
    extraction = reachable(graph, PIPELINE)
    assert {"factex.money.rules", "factex.facts.component"} <= extraction
    offenders = {name for name in extraction if SCORER in graph[name]}
    assert offenders - KNOWN_SCORER_IMPORTS == set(), "these import factex.score"
    assert KNOWN_SCORER_IMPORTS - offenders == set(), "fixed: remove from KNOWN_SCORER_IMPORTS"


def test_long_modules_say_why():
    """A module over 600 lines states its reason at its top (issue 14: one place per
    decision, not one file per growth spurt)."""
    unexplained = []
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 600 and "Over 600 lines because" not in text[:3000]:
            unexplained.append(str(path.relative_to(SRC)))
    assert unexplained == []
