"""The shape of the code: no import cycle between modules, no function over 50 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "extractnews"
PACKAGE = "extractnews"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(name: str, path: Path) -> set[str]:
    """The extractnews modules ``name`` imports at run time (lazy imports too, not TYPE_CHECKING ones)."""
    is_package = path.name == "__init__.py"
    base = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith(PACKAGE))
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    target = ".".join(
                        base[: len(base) - child.level + 1] + ([child.module] if child.module else [])
                    )
                else:
                    target = child.module or ""
                if target.startswith(PACKAGE):
                    found.add(target)
                    found.update(f"{target}.{a.name}" for a in child.names if f"{target}.{a.name}" in MODULES)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    # importing a.b.c runs the packages a.b first (the root package excepted: everything is inside it)
    with_parents = set()
    for target in found:
        parts = target.split(".")
        with_parents.update(".".join(parts[:i]) for i in range(2, len(parts) + 1))
    # a module's own packages run before it whatever it imports: no edge back to them
    own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)}
    return {t for t in with_parents if t in MODULES and t not in own}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycle() -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def go(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := go(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(GRAPH):
        if node not in state and (found := go(node)):
            return found
    return None


def test_the_graph_sees_imports() -> None:
    assert "extractnews.orgs.lexicon" in GRAPH["extractnews.entities.repair"]
    assert "extractnews.orgs" in GRAPH["extractnews.entities.repair"]  # the package runs first
    assert "extractnews.extraction" not in GRAPH["extractnews.render"]  # a TYPE_CHECKING import


def test_no_import_cycle() -> None:
    assert _cycle() is None, " -> ".join(_cycle() or [])


def test_records_import_no_renderer() -> None:
    assert not {m for m in GRAPH["extractnews.records"] if "render" in m}


@pytest.mark.parametrize("path", list(MODULES.values()), ids=list(MODULES))
def test_no_function_over_50_lines(path: Path) -> None:
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > 50
    ]
    assert not long
