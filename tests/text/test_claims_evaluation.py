"""The claims scorer and the gold reader on golds made up for the test (the committed gold is
measured in ``test_claims_gold.py``)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from purgehist.evaluation.claim_gold import GOLD_LANGUAGES
from purgehist.evaluation.claims import (
    ClaimGold,
    GoldAttribution,
    GoldSentence,
    claim_golds,
    claimant_matches,
    gold_dir,
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


def test_groups_of_people_match_on_their_head_noun() -> None:
    def group(label: str) -> Actor:
        return Actor(id="g", name=label, kind=ActorKind.GROUP)

    assert claimant_matches(group("Scholars today"), "modern scholars")
    assert claimant_matches(group("among the humanists"), "Italian humanists")
    assert claimant_matches(group("some of their rivals"), "rivals of the abbot")
    assert not claimant_matches(group("medieval scholars"), "modern linguists")
    # a school of thought is named by its modifier, never by its head alone
    assert not claimant_matches(group("the revisionist school"), "totalitarian school")
    assert not claimant_matches(group("others"), "other scholars")


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


def test_split_keeps_to_the_blocks_on_either_side_of_the_gold_s_cut() -> None:
    sentences = [*SENTENCES, GoldSentence("x-9", 9, "Miller was wrong.")]
    gold = ClaimGold("x", Path("x.txt"), sentences, {"a": (1, 3), "b": (9, 9)}, heldout_from=9)
    assert gold.split("dev").blocks == {"a": (1, 3)}
    assert [s.id for s in gold.split("heldout").sentences] == ["x-9"]
    assert not gold.split("dev").covers(5)


DOCUMENT = """Een kop

Volgens Miller mislukte de oogst van dat
jaar volledig.12 De rivier bevroor
____________
12 Miller, Harvest, 3.
 vroeg. Weber zegt dat het bevel laat kwam.
"""


def _stand_off(tmp_path: Path, **changes: Any) -> Path:
    text = tmp_path / "doc.txt"
    text.write_text(DOCUMENT, encoding="utf-8")
    sentences: list[dict[str, Any]] = [
        {
            "id": "s1",
            "line": 3,
            "first": "Volgens Miller",
            "last": "jaar volledig.12",
            "attributions": [
                {"claimant": "Miller", "stance": "asserts", "claimant_mention": "Volgens Miller"}
            ],
        },
        {"id": "s2", "line": 4, "first": "De rivier", "last": "bevroor vroeg.", "skip": [5, 6]},
        {"id": "s3", "line": 7, "first": "Weber zegt", "last": "laat kwam."},
    ]
    data: dict[str, Any] = {
        "doc": "x",
        "file": "doc.txt",
        "sha256": hashlib.sha256(DOCUMENT.encode()).hexdigest(),
        "blocks": {"all": [1, 7]},
        "sentences": sentences,
    }
    for key, value in changes.items():
        if key == "sentence":
            sentences[0].update(value)
        else:
            data[key] = value
    path = tmp_path / "gold.nl.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_stand_off_gold_takes_its_sentences_from_the_document(tmp_path: Path) -> None:
    gold = read_claim_gold(_stand_off(tmp_path))
    assert [s.text for s in gold.sentences] == [
        "Volgens Miller mislukte de oogst van dat jaar volledig.12",
        "De rivier bevroor vroeg.",
        "Weber zegt dat het bevel laat kwam.",
    ]
    assert gold.sentences[0].attributions[0].mention == "Volgens Miller"
    assert gold.text == (tmp_path / "doc.txt").resolve()


def test_a_stand_off_sentence_knows_its_lines_without_those_it_skips(tmp_path: Path) -> None:
    gold = read_claim_gold(_stand_off(tmp_path))
    assert [sorted(s.lines) for s in gold.sentences] == [[3, 4], [4, 7], [7]]
    assert gold.skipped_lines() == {5, 6}


def test_a_claim_on_a_line_a_gold_sentence_skips_is_not_judged(tmp_path: Path) -> None:
    gold = read_claim_gold(_stand_off(tmp_path))
    note = _claim(
        6, "Miller argues in his Harvest that the frost came late.", Attribution(actor="miller")
    )
    misread = _claim(
        7, "Weber zegt iets heel anders over de rivier en het weer.", Attribution(actor="weber")
    )
    score = score_claims(_dataset(note, misread), gold)
    assert (score.unannotated, score.unaligned) == (1, 1)
    assert (score.precision.right, score.precision.total) == (0, 1)  # only the misread one
    assert [m.measure for m in score.misses].count("not annotated") == 1


def test_a_claim_from_a_heading_counts_as_wrong(tmp_path: Path) -> None:
    gold = read_claim_gold(_stand_off(tmp_path))
    heading = _claim(1, "Een kop over Miller en de oogst.", Attribution(actor="miller"))
    score = score_claims(_dataset(heading), gold)
    assert (score.unannotated, score.unaligned) == (0, 1)
    assert (score.precision.right, score.precision.total) == (0, 1)


def test_a_misread_claim_on_the_second_line_of_a_verbatim_sentence_counts_as_wrong() -> None:
    spread = GoldSentence(
        "v-1", 1, "Miller holds, against all the evidence of the archive, that the harvest failed."
    )
    gold = ClaimGold("v", Path("v.txt"), [spread], {"all": (1, 3)})
    misread = _claim(
        2, "Weber says something else entirely about the river.", Attribution(actor="weber")
    )
    score = score_claims(_dataset(misread), gold)
    assert score.unannotated == 0
    assert (score.precision.right, score.precision.total) == (0, 1)


def test_a_changed_document_is_reported_not_misread(tmp_path: Path) -> None:
    path = _stand_off(tmp_path, sha256="0" * 64)
    with pytest.raises(ValueError, match=r"gold\.nl\.json: .*doc\.txt is not the document"):
        read_claim_gold(path)


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ({"line": 4}, r"sentences\[0\] \(line 4\): the sentence's first words"),
        ({"last": "het jaar daarna."}, r"sentences\[0\] \(line 3\): no 'het jaar daarna\.'"),
        (
            {
                "attributions": [
                    {"claimant": "Weber", "stance": "asserts", "claimant_mention": "W."}
                ]
            },
            r"sentences\[0\] \(line 3\) attributions\[0\]: the claimant's mention 'W\.'",
        ),
        (
            {"attributions": [{"claimant": "Miller", "stance": "denies"}]},
            r"sentences\[0\] \(line 3\) attributions\[0\]: stance 'denies'",
        ),
        ({"line": 80}, r"sentences\[0\] \(line 80\): the document has 8 lines"),
        ({"line": "3"}, r"sentences\[0\] \(line 3\): a sentence needs its 'line', a number"),
        ({"first": None}, r"sentences\[0\] \(line 3\): a key is missing or of the wrong kind"),
    ],
)
def test_a_sentence_not_where_the_gold_puts_it_is_named(
    tmp_path: Path, sentence: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        read_claim_gold(_stand_off(tmp_path, sentence=sentence))


def test_a_stand_off_gold_without_its_document_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stand_off(tmp_path)
    (tmp_path / "doc.txt").unlink()
    with pytest.raises(FileNotFoundError, match=r"doc\.txt is missing"):
        read_claim_gold(path)
    monkeypatch.setenv("PURGEHIST_CLAIMS_GOLD", str(tmp_path))
    assert claim_golds(tmp_path) == {}


def test_the_committed_golds_are_found_without_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PURGEHIST_CLAIMS_GOLD", raising=False)
    root = Path(__file__).resolve().parents[2]
    assert gold_dir(root) == root / "tests" / "text" / "claims_gold"
    assert (gold_dir(root) / "gold.nl.json").is_file()


def test_every_committed_gold_is_one_the_reader_looks_for() -> None:
    folder = gold_dir(Path(__file__).resolve().parents[2])
    languages = {path.name.split(".")[1] for path in folder.glob("gold.*.json")}
    assert {"nl", "en", "de", "fr", "en-nitzke"} <= languages
    assert languages <= set(GOLD_LANGUAGES)


def test_a_file_that_is_not_a_gold_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gold.nl.json"
    path.write_text('{"doc": "x",\n "sentences": [}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.nl\.json:2: not JSON"):
        read_claim_gold(path)
    path.write_text('{"doc": "x"}', encoding="utf-8")
    with pytest.raises(
        ValueError, match=r"gold\.nl\.json: not a claims gold, .* \(KeyError\('sentences'"
    ):
        read_claim_gold(path)
