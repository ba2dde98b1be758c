"""The evaluation module: gold files read into one model, comparisons, and scores."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

import purgehist
from purgehist.evaluation import (
    Gold,
    GoldCitation,
    GoldEntry,
    GoldFormat,
    GoldNote,
    GoldWork,
    read_gold,
    register_gold_format,
    score,
)
from purgehist.evaluation.compare import (
    archival_parts,
    norm_locator,
    same_archival,
    same_locator,
    surname,
)
from purgehist.evaluation.gold_files import GOLD_FORMATS
from purgehist.model import Source

HERE = Path(__file__).resolve().parent
DEBATE = HERE / "data" / "purge_debate.en.txt"


@pytest.mark.parametrize(
    ("text", "form"),
    [
        pytest.param("pp. 130–32", "130-132", id="range-completed"),
        pytest.param("S. 12 f.", "12f", id="german-prefix"),
        pytest.param("570 sq.", "570ff", id="sq-is-ff"),
        pytest.param("12 e.v.", "12ff", id="dutch-ev"),
        pytest.param("72 and 79", "72,79", id="and-is-comma"),
        pytest.param("xi-xiii", "xi-xiii", id="roman"),
        pytest.param(None, "", id="none"),
    ],
)
def test_locators_compare_in_one_form(text: str | None, form: str) -> None:
    assert norm_locator(text) == form


def test_no_pages_wanted_means_none_given() -> None:
    assert same_locator(None, [])
    assert not same_locator("12", [])
    assert same_locator("5-6", ["5 ff.", "5-6"])


@pytest.mark.parametrize(
    "name",
    ["Getty, J. Arch", "J. Arch Getty", "GETTY J. Arch", "Getty (ed.)", "getty"],
)
def test_surname_of_every_printed_form(name: str) -> None:
    assert surname(name) == "getty"


def test_archival_references_compare_across_scripts() -> None:
    cyrillic = archival_parts("ГАРФ. Ф. Р-9401. Оп. 1. Д. 4157. Лл. 201–205")
    latin = archival_parts("GARF f. R-9401, op. 1, d. 4157, ll. 201-205")
    assert cyrillic == latin == ("garf", "R-9401", "1", "4157", "201-205")
    assert archival_parts("a book") is None


def test_archive_left_out_of_a_reference_is_found_in_its_source() -> None:
    garf = Source(id="garf", type="archival", title="GARF")
    assert same_archival(
        "f. 9401, op. 1, d. 4157, l. 3", "GARF f. 9401, op. 1, d. 4157, l. 3", garf
    )
    assert not same_archival(
        "f. 9401, op. 1, d. 4157, l. 4", "GARF f. 9401, op. 1, d. 4157, l. 3", garf
    )


@pytest.mark.parametrize(
    ("path", "notes", "entries", "complete"),
    [
        pytest.param("unseen/unseen_book_chapter.en.gold.json", 33, 12, True, id="unseen"),
        pytest.param("heldout/nl_masterscriptie_terreur.gold.json", 57, 25, True, id="heldout"),
        pytest.param("blind/article_fr.gold.json", 29, 19, True, id="blind"),
    ],
)
def test_each_set_format_is_recognised(path: str, notes: int, entries: int, complete: bool) -> None:
    gold = read_gold(HERE / path)
    assert (len(gold.notes), len(gold.bibliography), gold.complete) == (notes, entries, complete)
    assert gold.text.is_file()
    cited = {c.work for n in gold.notes for c in n.citations if c.work}
    assert cited <= set(gold.works)


def test_seed_sample_needs_its_text_and_is_incomplete(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not name its text"):
        read_gold(HERE / "data" / "seed_gold.json")
    gold = read_gold(HERE / "data" / "seed_gold.json", text=tmp_path / "seed.txt")
    assert (len(gold.notes), len(gold.bibliography), gold.complete) == (50, 29, False)
    # a footnote's short title is the work of the bibliography entry it opens
    [getty] = [w for w in gold.works.values() if w.title.startswith("Origins of the Great")]
    assert getty.key.startswith("bibliography_")


def test_a_file_in_no_known_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.gold.json"
    path.write_text('{"notes": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="not in exactly one known gold format"):
        read_gold(path)


def _read_corpus(data: Mapping[str, Any], path: Path, text: Path | None) -> Gold:
    """A format with footnotes by label, scope, page, text and anchor, citing bib keys."""
    works = {
        k: GoldWork(key=k, title=w["title"], authors=w["authors"]) for k, w in data["bib"].items()
    }
    notes = [
        GoldNote(
            label=n["label"],
            text=n["text"] is not None,
            marker_line=n["anchor"]["line"],
            citations=[
                GoldCitation(
                    work=c.get("bib"), locators=c.get("pages", []), unresolved="bib" not in c
                )
                for c in n["citations"]
            ],
        )
        for n in data["footnotes"]
    ]
    entries = [GoldEntry(work=k, fields={"year": w["year"]}) for k, w in data["bib"].items()]
    return Gold(
        name=data["file"],
        text=path.parent / data["file"],
        notes=notes,
        works=works,
        bibliography=entries,
    )


@pytest.fixture
def corpus_format() -> Iterator[GoldFormat]:
    gold_format = register_gold_format(
        GoldFormat(name="corpus", accepts=lambda data: "bib" in data, read=_read_corpus)
    )
    yield gold_format
    del GOLD_FORMATS["corpus"]


def _corpus_gold(tmp_path: Path, *, page: str) -> Path:
    """A gold for the debate text in the "corpus" format, note 1 citing Conquest at *page*."""
    (tmp_path / DEBATE.name).write_bytes(DEBATE.read_bytes())
    note = {"scope": "page", "page": "1", "text": "…"}

    def cite(key: str, pages: str) -> dict[str, Any]:
        return {"bib": key, "pages": [pages]}

    gold = {
        "file": DEBATE.name,
        "bib": {
            "conquest": {"authors": ["Conquest"], "title": "The Great Terror", "year": "1990"},
            "getty": {"authors": ["Getty"], "title": "Origins of the Great Purges", "year": "1985"},
        },
        "footnotes": [
            {**note, "label": "1", "anchor": {"line": 12}, "citations": [cite("conquest", page)]},
            {**note, "label": "2", "anchor": {"line": 12}, "citations": [cite("getty", "47-48")]},
            {**note, "label": "6", "text": None, "anchor": {"line": 32}, "citations": []},
        ],
    }  # fmt: skip
    path = tmp_path / "debate.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_a_new_gold_format_is_one_adapter(corpus_format: GoldFormat, tmp_path: Path) -> None:
    gold = read_gold(_corpus_gold(tmp_path, page="5-7"))
    result = score(purgehist.parse_file(gold.text, "text").dataset, gold)
    assert (result.footnotes.right, result.footnotes.total) == (2, 2)
    assert (result.markers.right, result.markers.total) == (3, 3)
    assert (result.bibliography.right, result.bibliography.total) == (2, 2)
    # the gold lists three of the ten notes: the seven others count as false markers
    assert result.false_markers == 7
    assert result.extra_entries == 1  # Fitzpatrick's article is not in this gold


def test_a_wrong_page_is_a_miss_that_names_its_note(
    corpus_format: GoldFormat, tmp_path: Path
) -> None:
    gold = read_gold(_corpus_gold(tmp_path, page="6"))
    result = score(purgehist.parse_file(gold.text, "text").dataset, gold)
    assert (result.footnotes.right, result.footnotes.total) == (1, 2)
    [miss] = [m for m in result.misses if m.measure == "a"]
    assert "note 1" in miss.where
    assert "@ 6" in miss.what
    assert "@ 5-7" in miss.what


def test_resolving_what_must_stay_unresolved_is_counted() -> None:
    dataset = purgehist.parse_file(DEBATE, "text").dataset
    notes = (
        GoldNote(label="6", text=False),  # lost, and nothing cited: right
        GoldNote(label="7", text=False),  # said lost, yet the parser resolved its citation
        GoldNote(label="8", citations=[GoldCitation(unresolved=True)]),  # "Ibid." resolved
    )
    gold = Gold(name="debate", text=DEBATE, notes=notes, works={}, complete=False)
    result = score(dataset, gold)
    assert result.guesses == 1
    assert (result.unresolved.right, result.unresolved.total) == (0, 1)
    assert (result.text.right, result.text.total) == (2, 3)
    assert [m.measure for m in result.misses if m.measure != "extra"] == ["d", "b", "b", "a"]
