"""The import graph: layers that only look down, no cycles, no module over 600 lines."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "purgehist"

# Lowest first. A module may import from its own layer and the layers below, never above.
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "purgehist.version",
        "purgehist.lazy",
        "purgehist.model",
        "purgehist.diagnostics",
        "purgehist.errors",
        "purgehist.wording",
    ),
    ("purgehist.checks", "purgehist.names", "purgehist.output"),
    ("purgehist.plugins",),
    ("purgehist.formats", "purgehist.analysis"),
    (
        "purgehist.plugins.sdk",
        "purgehist.api",
        "purgehist.corpus",
        "purgehist.examples",
        "purgehist.summary",
    ),
    ("purgehist.cli", "purgehist.__main__", "purgehist"),
)
"""``purgehist.plugins.sdk`` re-exports helpers of the readers for plugin authors, so it sits
above the formats although it lives in the plugins package."""

SIZE_LIMIT = 600
DECLARATIVE: frozenset[str] = frozenset()
"""Modules allowed over the limit because they are tables, not logic."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> int:
    best, found = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), index
    assert found >= 0, f"{module} belongs to no layer: add it to LAYERS"
    return found


def _imports(path: Path, *, typing_only: bool) -> set[str]:
    """purgehist modules *path* imports (at any depth); *typing_only* adds those imported
    only under ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    if not typing_only:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skip.update(id(n) for n in ast.walk(node))
    found: set[str] = set()
    package = (
        _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    )
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("purgehist"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1]
                    + ([base] if base else [])
                )
            if base.startswith("purgehist"):
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    found.add(candidate if candidate in MODULES else base)
    # deferred("module:function") entry points are imports too, made on first use
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            head, colon, _ = node.value.partition(":")
            if colon and head in MODULES:
                found.add(head)
    return found - {_module_name(path)}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_only_look_down(module: str) -> None:
    own = _layer(module)
    above = sorted(
        target
        for target in _imports(MODULES[module], typing_only=True)
        if (_layer(target) > own and not module.startswith("purgehist.formats"))
        or (_layer(target) > own and not target.startswith("purgehist.formats"))
    )
    assert above == [], f"{module} (layer {own}) imports from above: {above}"


def test_formats_do_not_import_the_sdk_or_the_api() -> None:
    offenders = {
        module: sorted(
            t for t in _imports(path, typing_only=True) if _layer(t) >= _layer("purgehist.api")
        )
        for module, path in MODULES.items()
        if module.startswith("purgehist.formats")
    }
    assert {m: t for m, t in offenders.items() if t} == {}


def test_no_import_cycle() -> None:
    graph = {m: _imports(p, typing_only=False) & MODULES.keys() for m, p in MODULES.items()}
    # A package's __init__ is imported with each of its modules; that is not a cycle.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if node.startswith(target + "."):
                continue
            if state.get(target) == 1:
                cycle = [*stack[stack.index(target) :], target]
                pytest.fail("import cycle: " + " → ".join(cycle))
            if target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


_ISOLATION = """
import importlib, json, sys
result = {}
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "purgehist" or m.startswith("purgehist.")]:
        del sys.modules[loaded]
    importlib.import_module(name)
    result[name] = sorted(m for m in sys.modules if m.startswith("purgehist."))
print(json.dumps(result))
"""


def test_each_module_imports_alone_and_loads_nothing_above_it() -> None:
    names = sorted(m for m in MODULES if m not in {"purgehist", "purgehist.__main__"})
    done = subprocess.run(
        [sys.executable, "-c", _ISOLATION, *names], capture_output=True, text=True, check=True
    )
    loaded: dict[str, list[str]] = json.loads(done.stdout)
    wrong = {}
    for name, modules in loaded.items():
        own = _layer(name)
        above = [m for m in modules if _layer(m) > own and not m.startswith(name)]
        # A package's __init__ is loaded with any of its modules.
        above = [m for m in above if not name.startswith(m + ".")]
        if above:
            wrong[name] = above
    assert wrong == {}


def test_registering_the_built_in_formats_imports_no_reader_or_writer() -> None:
    code = (
        "import sys, json; from purgehist.plugins import get_parsers, get_exporters;"
        "get_parsers(); get_exporters();"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('purgehist.formats.'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(done.stdout)
    assert [m for m in loaded if m.count(".") > 2] == []


HEAVY_FOR_HELP = (
    "purgehist.api",
    "purgehist.checks",
    "purgehist.model",
    "purgehist.names",
    "purgehist.output",
    "cattrs",
    "lxml",
    "openpyxl",
    "rapidfuzz",
)
"""What listing the commands needs none of: each costs start-up time (issue 12)."""


_HELP = """
import atexit, runpy, sys
atexit.register(lambda: sys.stderr.write("\\n".join(sorted(sys.modules))))
sys.argv = ["purgehist", "--help"]
runpy.run_module("purgehist", run_name="__main__")
"""


def test_help_imports_neither_the_api_nor_the_model_nor_format_libraries() -> None:
    # sys.modules at exit, not -X importtime: that misses what importlib.import_module loads
    # (the built-in formats, the installed plugins' entry points)
    done = subprocess.run([sys.executable, "-c", _HELP], capture_output=True, text=True, check=True)
    imported = set(done.stderr.splitlines())
    assert "convert" in done.stdout
    assert "purgehist.formats.tei" in imported  # the plugin manager was built
    heavy = sorted(m for m in imported for h in HEAVY_FOR_HELP if m == h or m.startswith(h + "."))
    assert heavy == []


def test_the_facade_names_each_public_name_once_and_finds_it() -> None:
    import purgehist

    homes = purgehist._HOMES
    assert sorted(homes) == sorted(n for n in purgehist.__all__ if n != "__version__")
    tree = ast.parse(MODULES["purgehist"].read_text(encoding="utf-8"))
    typed = {
        alias.name: node.module
        for block in tree.body
        if isinstance(block, ast.If)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == homes
    for name in purgehist.__all__:
        assert getattr(purgehist, name) is not None


def test_no_module_is_over_the_size_limit() -> None:
    long = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > SIZE_LIMIT
        and name not in DECLARATIVE
    }
    assert long == {}
