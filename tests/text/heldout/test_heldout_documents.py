"""The held-out set's gold files point at their documents (the parser is measured on them in
``tests/text/test_accuracy.py``)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
GOLD = sorted(HERE.glob("*.gold.json"))


def _gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_points_at_the_text(path: Path) -> None:
    gold = _gold(path)
    lines = (HERE / gold["file"]).read_text(encoding="utf-8").splitlines()
    assert len(lines) == gold["lines"]
    assert 250 <= len(lines) <= 450
    for marker in gold["markers"]:
        assert re.search(rf"\D{marker['n']}(?!\d)", lines[marker["line"] - 1]), marker
    for note in gold["footnotes"]:
        if note["text"]:
            assert re.search(rf"(?:^|\s){note['n']}\.?\s?\S", lines[note["line"] - 1]), note
        else:
            assert note["line"] is None
            assert not note["citations"]
    for entry in gold["bibliography"]:
        assert lines[entry["line"] - 1].strip(), entry


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_citations_name_known_sources(path: Path) -> None:
    gold = _gold(path)
    for note in gold["footnotes"]:
        for cite in note["citations"]:
            if "source" in cite:
                assert cite["source"] in gold["sources"]
                assert cite["title"] == gold["sources"][cite["source"]]["title"]
            else:
                assert "archival" in cite or cite.get("unresolved")
    assert {e["key"] for e in gold["bibliography"]} <= set(gold["sources"])
