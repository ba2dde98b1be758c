"""The documentation keeps up with the code: every hook is documented with its signature."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

import purgehist
from purgehist.plugins import default_plugin_manager, hookspecs

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_hook_is_documented_with_its_signature() -> None:
    text = (DOCS / "plugins.md").read_text(encoding="utf-8")
    hooks = [
        name
        for name, value in vars(hookspecs).items()
        if callable(value) and hasattr(value, "purgehist_spec")
    ]
    assert hooks, "hookspecs has hooks"
    for name in hooks:
        params = ", ".join(inspect.signature(getattr(hookspecs, name)).parameters)
        assert f"## {name}({params})" in text, name


def test_every_docs_page_is_in_a_toctree() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    pages = [
        p.relative_to(DOCS).with_suffix("").as_posix()
        for p in DOCS.rglob("*.md")
        if p.name != "index.md" and "_build" not in p.parts
    ]
    missing = [page for page in pages if page not in index]
    assert missing == []


def _script_blocks(text: str) -> list[str]:
    """The ```python blocks that are scripts, not doctests (those run through --doctest-glob)."""
    blocks = re.findall(r"^```python\n(.*?)^```$", text, flags=re.DOTALL | re.MULTILINE)
    return [b for b in blocks if not b.lstrip().startswith(">>>")]


PAGES_WITH_SCRIPTS = sorted(
    p
    for p in [*DOCS.rglob("*.md"), DOCS.parent / "README.md"]
    if "_build" not in p.parts and _script_blocks(p.read_text(encoding="utf-8"))
)


@pytest.mark.parametrize("page", PAGES_WITH_SCRIPTS, ids=lambda p: p.name)
def test_every_script_in_the_docs_runs(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page's script blocks run in order in one namespace, as a reader would paste them."""
    monkeypatch.chdir(tmp_path)
    pm = default_plugin_manager()
    before = {name for name, _ in pm.list_name_plugin()}
    namespace: dict[str, object] = {"__name__": "__docs__"}
    try:
        for block in _script_blocks(page.read_text(encoding="utf-8")):
            exec(compile(block, str(page), "exec"), namespace)
    finally:
        for name, _ in pm.list_name_plugin():
            if name not in before:
                pm.unregister(name=name)


def test_every_public_name_is_in_the_api_reference() -> None:
    from purgehist.plugins import sdk

    page = (DOCS / "api.md").read_text(encoding="utf-8")
    missing = [
        f"{module.__name__}.{name}"
        for module in (purgehist, sdk)
        for name in module.__all__
        if f"{module.__name__}.{name}" not in page and f"`{name}`" not in page
    ]
    assert missing == []
