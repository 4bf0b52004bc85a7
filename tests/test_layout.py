"""The package's layout rules, read from the source with ``ast`` (nothing is imported).

- ``extract/`` (text → tables) imports neither ``runner/`` nor ``book/``;
- ``runner/`` (executing notebooks) imports neither ``extract/`` nor ``book/``;
- the notebook library (every top-level module but the CLI: analysis, context, terms,
  prose, charts, display, dataset, targets, literal, glossary, schema …) imports neither
  ``runner/`` nor ``book/``;
- no import cycle among workreport modules;
- no module over 400 lines.

Imports inside functions count (they run when the function does); imports under
``if TYPE_CHECKING:`` do not (they never run). Each rule is also checked on a small
fake tree that breaks it, so the test is seen to fail on a violation.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "workreport"
MAX_LINES = 400
#: package → packages it must not import.
FORBIDDEN = {"extract": ("runner", "book"), "runner": ("extract", "book"),
             "": ("runner", "book")}
#: Top-level modules outside the notebook library: the CLI drives every job.
NOT_LIBRARY = frozenset({"cli", "__main__", "__init__"})


def modules(src: Path, package: str = PACKAGE) -> dict[str, Path]:
    """Dotted module name → file, for every ``.py`` file of ``src/<package>``."""
    out = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST):
    """Every Import/ImportFrom node, skipping ``if TYPE_CHECKING:`` bodies."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imports(src: Path, package: str = PACKAGE) -> dict[str, set[str]]:
    """Module → the package's modules it imports (``from p import m`` names module
    ``p.m`` when that is a module, else ``p``; relative imports resolved)."""
    mods = modules(src, package)
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        is_pkg = path.name == "__init__.py"
        here = name if is_pkg else name.rpartition(".")[0]
        found: set[str] = set()
        for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = here.split(".")
                    anchor = anchor[:len(anchor) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base
                           for a in node.names]
            for t in targets:
                while t and t not in mods:  # import workreport.extract.tables.x → module
                    t = t.rpartition(".")[0]
                if t and t != name:
                    found.add(t)
        graph[name] = found
    return graph


def _area(module: str, package: str = PACKAGE) -> tuple[str, str]:
    """(subpackage or "" for a top-level module, the module's own last name)."""
    rest = module.removeprefix(package).lstrip(".").split(".")
    if not rest or rest == [""]:
        return "", "__init__"
    return (rest[0], rest[-1]) if len(rest) > 1 or rest[0] in ("extract", "runner", "book") \
        else ("", rest[0])


def layer_violations(graph: dict[str, set[str]], package: str = PACKAGE) -> list[str]:
    """"a imports b" for every import that crosses a forbidden boundary."""
    out = []
    for mod, deps in sorted(graph.items()):
        area, own = _area(mod, package)
        if area == "" and own in NOT_LIBRARY:
            continue
        for dep in sorted(deps):
            if _area(dep, package)[0] in FORBIDDEN.get(area, ()):
                out.append(f"{mod} imports {dep}")
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def long_modules(src: Path, package: str = PACKAGE, limit: int = MAX_LINES) -> list[str]:
    """"module: n lines" for every module longer than ``limit`` lines."""
    out = []
    for name, path in modules(src, package).items():
        n = len(path.read_text(encoding="utf-8").splitlines())
        if n > limit:
            out.append(f"{name}: {n} lines")
    return out


# ----------------------------------------------------------------------------- the tree


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return imports(SRC)


def test_the_tree_is_read(graph):
    # The rules below mean something only if the reader sees the real imports.
    assert "workreport.extract.batch" in graph["workreport.extract.run"]
    assert "workreport.glossary" in graph["workreport.extract.tables"]
    assert "workreport.targets" in graph["workreport.analysis"]


def test_no_import_crosses_a_layer(graph):
    assert layer_violations(graph) == []


def test_no_import_cycle(graph):
    assert cycles(graph) == []


def test_no_module_over_400_lines():
    assert long_modules(SRC) == []


# ----------------------------------------------------------------------------- fake trees


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / PACKAGE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for sub in ("", "extract", "runner", "book"):
        init = root / PACKAGE / sub / "__init__.py"
        init.parent.mkdir(parents=True, exist_ok=True)
        if not init.exists():
            init.write_text("", encoding="utf-8")
    return root


def test_a_layer_violation_is_reported(tmp_path):
    src = _tree(tmp_path, {
        "extract/tables.py": "def f():\n    from workreport.book import pages\n",
        "runner/pool.py": "from ..extract import tables\n",
        "analysis.py": "import workreport.runner.pool\n",
        "book/pages.py": "from workreport import analysis\n",  # allowed: book reads all
        "cli.py": "from workreport.book import pages\n",  # allowed: the CLI drives all
        "display.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                      "    from workreport.book import pages\n",  # never runs
    })
    assert layer_violations(imports(src)) == [
        "workreport.analysis imports workreport.runner.pool",
        "workreport.extract.tables imports workreport.book.pages",
        "workreport.runner.pool imports workreport.extract.tables",
    ]


def test_a_cycle_is_reported(tmp_path):
    src = _tree(tmp_path, {
        "a.py": "from workreport import b\n",
        "b.py": "def f():\n    import workreport.c\n",
        "c.py": "from .a import x\n",
        "d.py": "from workreport import a\n",
    })
    assert cycles(imports(src)) == [["workreport.a", "workreport.b", "workreport.c"]]


def test_a_long_module_is_reported(tmp_path):
    src = _tree(tmp_path, {"short.py": "x = 1\n" * 400, "long.py": "x = 1\n" * 401})
    assert long_modules(src) == ["workreport.long: 401 lines"]
