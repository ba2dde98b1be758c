"""Reading a claims gold made on a corpus document (``corpus_document``): the text is found
under the corpus folder, its checksum is checked, and a missing corpus or document is said, not
raised as a bare error. A tiny corpus written for each test stands in for the real one."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from purgehist.evaluation.claim_gold import (
    MissingDocumentError,
    claim_golds,
    missing_claim_golds,
    read_claim_gold,
)

DOCUMENT = "xx-demo-thesis"
LAYOUT = (
    "2 Earlier views\n"
    "   Smith (1990: 4) argued that the harvest of 1932 failed\n"
    "entirely.3 The river froze early. According to Jones, the\n"
    "  3\n"
    "     Smith repeats this in his later book.\n"
    "\f2 Earlier views\n"
    "order came late, which Smith disputes.\n"
)
RAW = LAYOUT.replace("   Smith", "Smith")


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus" / "docs" / DOCUMENT
    folder.mkdir(parents=True)
    (folder / "layout.txt").write_text(LAYOUT, encoding="utf-8")
    (folder / "raw.txt").write_text(RAW, encoding="utf-8")
    return tmp_path / "corpus"


def _gold(tmp_path: Path, **changes: Any) -> Path:
    data: dict[str, Any] = {
        "doc": DOCUMENT,
        "language": "en",
        "corpus_document": DOCUMENT,
        "extraction": "layout",
        "sha256": hashlib.sha256(LAYOUT.encode()).hexdigest(),
        "blocks": {"ch2": [2, 7]},
        "heldout_from_line": 3,
        "sentences": [
            {
                "id": "xx-001",
                "block": "ch2",
                "line": 2,
                "first": "Smith (1990: 4) argued",
                "last": "failed entirely.3",
                "attributions": [
                    {"claimant": "Smith", "stance": "asserts", "claimant_mention": "Smith"}
                ],
            },
            {
                "id": "xx-002",
                "block": "ch2",
                "line": 3,
                "first": "The river froze",
                "last": "froze early.",
                "attributions": [],
            },
            {
                "id": "xx-003",
                "block": "ch2",
                "line": 3,
                "first": "According to Jones,",
                "last": "Smith disputes.",
                "skip": [4, 5, 6],
                "attributions": [
                    {
                        "claimant": "Jones",
                        "stance": "asserts",
                        "claimant_mention": "According to Jones",
                    },
                    {"claimant": "Smith", "stance": "disputes", "claimant_mention": "Smith"},
                ],
            },
        ],
    }
    data.update(changes)
    folder = tmp_path / "golds"
    folder.mkdir(exist_ok=True)
    path = folder / "gold.en.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_corpus_gold_takes_its_sentences_from_the_corpus_document(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    gold = read_claim_gold(_gold(tmp_path), corpus=corpus)
    assert gold.text == corpus / "docs" / DOCUMENT / "layout.txt"
    assert [s.text for s in gold.sentences] == [
        "Smith (1990: 4) argued that the harvest of 1932 failed entirely.3",
        "The river froze early.",
        "According to Jones, the order came late, which Smith disputes.",
    ]
    assert [a.stance for a in gold.sentences[2].attributions] == ["asserts", "disputes"]
    assert [len(gold.split(part).sentences) for part in ("dev", "heldout")] == [1, 2]


def test_the_corpus_folder_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PURGEHIST_CORPUS", str(_corpus(tmp_path)))
    assert len(read_claim_gold(_gold(tmp_path)).sentences) == 3


def test_the_raw_extraction_is_read_when_the_gold_names_it(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    path = _gold(tmp_path, extraction="raw", sha256=hashlib.sha256(RAW.encode()).hexdigest())
    assert read_claim_gold(path, corpus=corpus).text.name == "raw.txt"


def test_another_build_of_the_document_is_refused(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "docs" / DOCUMENT / "layout.txt").write_text(LAYOUT + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.en\.json: .*layout\.txt is not the document"):
        read_claim_gold(_gold(tmp_path), corpus=corpus)


def test_an_unknown_extraction_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"gold\.en\.json: extraction 'pdf' unknown"):
        read_claim_gold(_gold(tmp_path, extraction="pdf"), corpus=_corpus(tmp_path))


def test_no_corpus_is_said_not_raised_bare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PURGEHIST_CORPUS", raising=False)
    with pytest.raises(MissingDocumentError, match=rf"corpus document {DOCUMENT}, and PURGEHIST"):
        read_claim_gold(_gold(tmp_path))
    with pytest.raises(MissingDocumentError, match=r"docs/xx-demo-thesis/layout\.txt is missing"):
        read_claim_gold(_gold(tmp_path), corpus=tmp_path)


def test_a_gold_whose_document_is_not_built_is_left_out_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PURGEHIST_CLAIMS_GOLD", str(_gold(tmp_path).parent))
    (tmp_path / "empty" / "docs").mkdir(parents=True)
    assert claim_golds(tmp_path, tmp_path / "empty") == {}
    assert "layout.txt is missing" in missing_claim_golds(tmp_path, tmp_path / "empty")["en"]
    assert list(claim_golds(tmp_path, _corpus(tmp_path))) == ["en"]


def test_a_second_gold_in_a_language_is_read_under_its_own_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _gold(tmp_path).parent
    second = json.loads((folder / "gold.en.json").read_text(encoding="utf-8"))
    second["sentences"] = second["sentences"][1:2]
    (folder / "gold.en-nitzke.json").write_text(json.dumps(second), encoding="utf-8")
    monkeypatch.setenv("PURGEHIST_CLAIMS_GOLD", str(folder))
    golds = claim_golds(tmp_path, _corpus(tmp_path))
    assert sorted(golds) == ["en", "en-nitzke"]
    assert [len(golds[key].sentences) for key in ("en", "en-nitzke")] == [3, 1]
    assert golds["en-nitzke"].sentences[0].text == "The river froze early."


def test_the_committed_second_english_gold_is_read_with_its_parts() -> None:
    root = Path(__file__).resolve().parents[2]
    missing = missing_claim_golds(root)
    if "en-nitzke" in missing:
        pytest.skip(missing["en-nitzke"])
    gold = claim_golds(root)["en-nitzke"]
    assert gold.text.parent.name == "en-langsci196-nitzke-postediting"
    assert gold.heldout_from == 3148
    assert [len(gold.split(part).sentences) for part in ("dev", "heldout")] == [159, 153]
    assert all(gold.covers(s.line) for s in gold.sentences)
