"""The claims golds' README quotes no held-out sentence in its protocol examples
(``scripts/check_gold_readme.py``): always for the Dutch seed thesis (in ``../shared``), for the
corpus documents when ``$PURGEHIST_CORPUS`` is set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from script_modules import load_script

from purgehist.evaluation.claim_gold import claim_golds

check = load_script("check_gold_readme")
ROOT = Path(__file__).resolve().parents[2]


def _leaks(keys: list[str]) -> list[str]:
    golds = {key: gold for key, gold in claim_golds(ROOT).items() if key in keys}
    missing = sorted(set(keys) - set(golds))
    assert not missing, f"golds not readable: {missing}"
    readme = check.README.read_text(encoding="utf-8")
    return [
        f"{x.example.line}: {x.example.phrase!r} ({x.gold}, line {x.where})"
        for x in check.leaks(readme, golds)
    ]


def test_no_held_out_example_from_the_seed() -> None:
    if not (ROOT.parent / "shared" / "seeds").is_dir():
        pytest.skip("../shared/seeds is absent")
    assert _leaks(["nl"]) == []


@pytest.mark.skipif(not os.environ.get("PURGEHIST_CORPUS"), reason="$PURGEHIST_CORPUS not set")
def test_no_held_out_example_from_the_corpus_documents() -> None:
    assert _leaks(["en", "de", "fr", "en-nitzke", "en-leeds", "en-zarowsky"]) == []


def test_a_held_out_phrase_is_caught(tmp_path: Path) -> None:
    text = tmp_path / "doc.txt"
    text.write_text("Dev line said\nnothing.\nHeld out: a rare\nphrase here.\n", encoding="utf-8")
    gold = check.ClaimGold("doc", text, [], {"dev": (1, 2), "ho": (3, 4)}, 3)
    found = check.leaks("Say *a rare phrase* or `said nothing`.", {"doc": gold})
    assert [x.example.phrase for x in found] == ["a rare phrase"]
    assert found[0].where == 3
