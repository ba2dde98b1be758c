"""The claims scorer on a gold made up for the test (the real golds stay outside the
repository; see ``claims_gold/manifest.json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from purgehist.evaluation.claims import (
    ClaimGold,
    GoldAttribution,
    GoldSentence,
    claim_golds,
    claimant_matches,
    read_claim_gold,
    score_claims,
)
from purgehist.model import Actor, ActorKind, Attribution, Claim, Provenance
from purgehist.model.dataset import Dataset

SENTENCES = [
    GoldSentence(
        "x-1", 1, "Miller holds that the harvest failed.", [GoldAttribution("Miller", "asserts")]
    ),
    GoldSentence("x-2", 2, "The river froze early that year."),
    GoldSentence(
        "x-3",
        3,
        "Contrary to Weber, the archive shows the order came late.",
        [GoldAttribution("Weber", "asserts", author_stance="disagrees")],
    ),
]


def _dataset(*claims: Claim) -> Dataset:
    return Dataset(
        actors=(Actor(id="miller", name="Anna Miller"), Actor(id="weber", name="Karl Weber")),
        claims=claims,
    )


def _claim(n: int, text: str, *attributions: Attribution) -> Claim:
    return Claim(
        id=f"c{n}", text=text, attributions=attributions, provenance=Provenance(file="x", line=n)
    )


def test_a_right_attribution_counts_for_precision_and_recall() -> None:
    gold = ClaimGold("x", Path("x.txt"), SENTENCES, {"all": (1, 3)})
    score = score_claims(_dataset(_claim(1, SENTENCES[0].text, Attribution(actor="miller"))), gold)
    assert (score.precision.right, score.precision.total) == (1, 1)
    assert (score.recall.right, score.recall.total) == (1, 2)


def test_a_wrong_stance_counts_against_precision_and_stance() -> None:
    gold = ClaimGold("x", Path("x.txt"), SENTENCES, {"all": (1, 3)})
    wrong = Attribution(actor="miller", stance="disputes")
    score = score_claims(_dataset(_claim(1, SENTENCES[0].text, wrong)), gold)
    assert score.precision.right == 0
    assert (score.stance.right, score.stance.total) == (0, 1)
    assert score.recall.right == 1
    assert score.strict_recall.right == 0


def test_split_keeps_the_last_third_apart() -> None:
    gold = ClaimGold("x", Path("x.txt"), SENTENCES, {"all": (1, 3)})
    dev, held = gold.split("dev"), gold.split("heldout")
    assert [s.id for s in dev.sentences] == ["x-1", "x-2"]
    assert [s.id for s in held.sentences] == ["x-3"]
    assert not dev.covers(3)
    assert held.covers(3)
    with pytest.raises(ValueError, match="no part"):
        gold.split("test")


def test_groups_match_by_the_stems_of_their_label() -> None:
    school = Actor(id="s", name="de totalitaire school", kind=ActorKind.GROUP)
    assert claimant_matches(school, "totalitarian school")
    assert not claimant_matches(school, "revisionists")


def test_golds_are_read_from_the_folder_named_by_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = tmp_path / "doc.txt"
    text.write_text("\n".join(s.text for s in SENTENCES), encoding="utf-8")
    sentences = [
        {"id": s.id, "line": s.line, "text": s.text, "attributions": []} for s in SENTENCES
    ]
    data = {"doc": "x", "file": str(text), "block": [1, 3], "sentences": sentences}
    (tmp_path / "gold.en.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("PURGEHIST_CLAIMS_GOLD", str(tmp_path))
    golds = claim_golds(tmp_path)
    assert list(golds) == ["en"]
    assert read_claim_gold(tmp_path / "gold.en.json").blocks == {"all": (1, 3)}
