"""The layouts of real documents, in miniature (``../shared/fixtures/text-layouts``): each is
one instance of a general property of the page model (marker forms, numbering that starts
again whatever the heading, notes areas without a blank line or with continuation lines that
open with a number, notes carried over a page, labels set apart from their texts, contents
kept out of the text, lines repeated inside notes) or of the citation reader (editors split by
``;``, web pages without an author)."""

from __future__ import annotations

from pathlib import Path

import pytest

from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.model.documents import walk_paragraphs
from purgehist.plugins.specs import ParseResult


@pytest.fixture(scope="module")
def layouts(shared_dir: Path) -> Path:
    folder = shared_dir / "fixtures" / "text-layouts"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    return folder


def _parse(folder: Path, name: str) -> ParseResult:
    path = folder / name
    return parse_text(path.read_bytes(), file=name, options=TextOptions(claims=False))


def _notes(result: ParseResult) -> list[tuple[str, str, str]]:
    """``(label, the words before the marker, note text)``, in order."""
    found = []
    for paragraph in walk_paragraphs(result.dataset.documents[0].divisions):
        for note in paragraph.notes:
            before = paragraph.text[: note.offset].split()
            found.append((note.n, " ".join(before[-2:]), note.text or ""))
    return found


@pytest.mark.parametrize(
    ("name", "anchors"),
    [
        pytest.param("e01_brackets.txt", ["the treasury."], id="bracketed-markers-and-labels"),
        pytest.param("e02_restart.txt", ["the board.", "year 1799."], id="restart-after-a-title"),
        pytest.param(
            "e03_repeat.txt", ["Reed wrote.", "Clara wrote.", "Tom wrote."], id="repeated-line"
        ),
        pytest.param("e04_direct.txt", ["neu gebunden.", "Archivar festhielt."], id="no-blank"),
        pytest.param("e05_space.txt", ["neu gebunden.", "Archivar festhielt."], id="after-space"),
        pytest.param("e06_toc.txt", ["neu gebunden.", "Blätter verloren."], id="long-contents"),
        pytest.param(
            "e07_numcont.txt", ["the act.", "was amended.", "office grew."], id="number-line"
        ),
        pytest.param("e08_numglue.txt", ["May 4.", "in 1924", "in 1925."], id="glued-to-number"),
        pytest.param(
            "e09_crosspage.txt", ["neu gebunden.", "das fest.", "im Stadtarchiv."], id="cross-page"
        ),
        pytest.param("e10_raw_detached.txt", ["neu gebunden.", "Blätter verloren."], id="detached"),
        pytest.param(
            "e11_standalone.txt",
            ["neu gebunden.", "blieb vollständig", "entstand 1911."],
            id="marker-alone-on-a-line",
        ),
    ],
)
def test_every_note_is_found_with_its_marker(layouts: Path, name: str, anchors: list[str]) -> None:
    notes = _notes(_parse(layouts, name))
    assert [anchor for _, anchor, _ in notes] == anchors
    assert all(text for _, _, text in notes)
    assert [label for label, _, _ in notes] == (
        ["1", "1"] if name.startswith("e02") else [str(k) for k in range(1, len(anchors) + 1)]
    )


def test_a_line_repeated_inside_notes_stays_in_them(layouts: Path) -> None:
    texts = [text for _, _, text in _notes(_parse(layouts, "e03_repeat.txt"))]
    assert all(text.endswith("Lakeside County Archive") for text in texts)


def test_a_continuation_line_opening_with_a_number_carries_its_note_on(layouts: Path) -> None:
    texts = [text for _, _, text in _notes(_parse(layouts, "e07_numcont.txt"))]
    assert "3 Stat. 305" in texts[0]
    assert texts[1:] == ["Webb, Printing Laws, 44.", "Ibid., 45."]


def test_a_note_carried_over_a_page_keeps_its_end(layouts: Path) -> None:
    texts = [text for _, _, text in _notes(_parse(layouts, "e09_crosspage.txt"))]
    assert texts[0].endswith("verlorenen Blätter unter <https://example.org/liste>.")
    assert texts[1] == "Vgl. ebd., S. 14."


def test_contents_give_no_markers(layouts: Path) -> None:
    result = _parse(layouts, "e06_toc.txt")
    assert result.stats["footnotes"] == 2
    assert "notes_without_marker" not in result.stats["warnings"]


def test_editors_split_by_semicolons_are_one_list(layouts: Path) -> None:
    result = _parse(layouts, "c01_editors.txt")
    first = result.dataset.evidence[0]
    assert len([e for e in result.dataset.evidence if e.provenance.footnote == "1"]) == 1
    source = next(s for s in result.dataset.sources if s.id == first.source)
    assert (source.title, source.container) == ("Stadtbücher", "Schriftlichkeit")
    assert first.locator is not None
    assert first.locator.normalised == "30-41"


def test_web_pages_without_author_joined_by_sowie(layouts: Path) -> None:
    result = _parse(layouts, "c02_web.txt")
    sources = {s.id: s for s in result.dataset.sources}
    cited = [sources[e.source] for e in result.dataset.evidence if e.source]
    assert [(s.title, s.type) for s in cited] == [
        ("Stadtchronik", "web"),
        ("Digitale Sammlung", "web"),
    ]
