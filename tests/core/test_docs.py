"""The documentation keeps up with the code: every hook is documented with its signature."""

from __future__ import annotations

import inspect
from pathlib import Path

from purgehist import hookspecs

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
