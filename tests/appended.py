"""Append a record to a room's rule list, as a contributor would edit the source.

``appended(module, "TRIGGERS", "Trigger(...)")`` re-executes the module's own source
with one more element at the end of that list literal (nothing else changed), reloads
the modules that derive tables from it, and restores everything on exit.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType


@contextmanager
def appended(
    module: ModuleType, name: str, record: str, dependents: tuple[ModuleType, ...] = ()
) -> Iterator[None]:
    tree = ast.parse(inspect.getsource(module))
    for node in tree.body:
        target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
        if isinstance(target, ast.Name) and target.id == name:
            assert isinstance(node.value, ast.Tuple | ast.List), f"{name} is no list literal"
            node.value.elts.append(ast.parse(record, mode="eval").body)
            break
    else:
        raise AssertionError(f"no {name} in {module.__name__}")
    try:
        exec(compile(tree, module.__file__, "exec"), module.__dict__)
        for dependent in dependents:
            importlib.reload(dependent)
        yield
    finally:
        importlib.reload(module)
        for dependent in dependents:
            importlib.reload(dependent)
