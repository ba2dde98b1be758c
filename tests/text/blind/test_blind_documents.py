"""The blind evaluation set: gold files agree with their texts, and the parser is measured."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent


def _accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "blind_accuracy", ROOT / "scripts" / "blind_accuracy.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["blind_accuracy"] = module
    spec.loader.exec_module(module)
    return module


ACC = _accuracy()
DOCUMENTS = ACC.documents(HERE)


def test_the_set_has_three_documents() -> None:
    assert [p.name for p in DOCUMENTS] == [
        "article_fr.txt",
        "bachelorscriptie_nl.txt",
        "thesis_chicago_en.txt",
    ]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_gold_matches_its_text(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert 200 <= len(lines) <= 350
    gold: dict[str, Any] = ACC.load_gold(path)
    numbers = [int(g["n"]) for g in gold["footnotes"]]
    assert numbers == list(range(1, len(numbers) + 1))
    for g in gold["footnotes"]:
        marker_line = lines[g["marker_line"] - 1]
        assert g["marker_context"] in marker_line, g["n"]
        assert re.search(rf"{g['n']}(?:\s|$|[.,;:])", g["marker_context"]), g["n"]
        if g["text"]:
            assert lines[g["line"] - 1].startswith(f"{g['n']} {g['starts_with']}"), g["n"]
            assert g["line"] > g["marker_line"], g["n"]
        else:
            assert not any(re.match(rf"{g['n']} \S", line) for line in lines), g["n"]
            assert g["citations"] == []
        for c in g["citations"]:
            assert "archival" in c or c.get("unresolved") or c["source"] in gold["sources"]
    for entry in gold["bibliography"]:
        assert lines[entry["line"] - 1].startswith(entry["starts_with"]), entry["source"]
        assert entry["source"] in gold["sources"]


def test_measurement(
    record_property: Callable[[str, object], None], capsys: pytest.CaptureFixture[str]
) -> None:
    reports = [ACC.measure(p) for p in DOCUMENTS]
    overall = ACC.total(reports)
    with capsys.disabled():
        print("\n" + ACC.table(reports))
    for r in [*reports, overall]:
        record_property(f"{r.name} (a) footnotes", str(r.footnotes))
        record_property(f"{r.name} (c) bibliography fields", str(r.bibliography))
        record_property(f"{r.name} (d) markers", str(r.markers))
    assert overall.unresolved.total >= 2
    assert overall.unresolved.right == overall.unresolved.total, [
        m for r in reports for m in r.misses if m.startswith("(b)")
    ]
    assert overall.false_markers == []
