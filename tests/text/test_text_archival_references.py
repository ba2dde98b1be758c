"""Archival references in footnotes (``RGASPI, f. 17, op. 3, d. 1170, l. 2`` and the Cyrillic
forms): the archive, the file and the folios, ``Ibid.`` changing the folios, and the archival
sources and evidence they make."""

from __future__ import annotations

import pytest

import purgehist
from purgehist.formats.text.archival import find_archival, with_folios
from purgehist.formats.text.citation_parts import CitationKind
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.read import parse_text
from purgehist.model import LocatorUnit, SourceType


def _doc(body: str) -> str:
    return body.strip("\n") + "\n"


ARCHIVAL_TEXT = _doc("""
The order was confirmed.1 It was carried out.2 The figures were reported.3 Again.4

____________
1 RGASPI f. 17, op. 3, d. 1170, l. 2.
2 Ibid., l. 5.
3 RGASPI, f. 17, op. 3, d. 1170, ll. 7–9; GARF f. 9401, op. 1, d. 4157, l. 202.
4 Ezhov to Stalin, 3 July 1937, RGASPI f. 17, op. 3, d. 1170, l. 10.
""")


@pytest.mark.parametrize(
    ("text", "archive", "description", "reference"),
    [
        pytest.param(
            "GARF f. 9401, op. 1, d. 4157, ll. 201–205.",
            "GARF",
            None,
            "GARF f. 9401, op. 1, d. 4157, ll. 201-205",
            id="en-no-comma",
        ),
        pytest.param(
            "RGASPI, f. 17, op. 162, d. 21, l. 157",
            "RGASPI",
            None,
            "RGASPI f. 17, op. 162, d. 21, l. 157",
            id="de-comma",
        ),
        pytest.param(
            "Ezhov to Stalin, 3 July 1937, RGASPI f. 17, op. 3, d. 1170, l. 2",
            "RGASPI",
            "Ezhov to Stalin, 3 July 1937",
            "RGASPI f. 17, op. 3, d. 1170, l. 2",
            id="en-described",
        ),
        pytest.param(
            "РГАСПИ. Ф. 17. Оп. 3. Д. 1170. Л. 2.",
            "РГАСПИ",
            None,
            "РГАСПИ f. 17, op. 3, d. 1170, l. 2",
            id="ru-cyrillic",
        ),
        pytest.param(
            "Archiv Memorial, f. 1, op. 1, d. 5, l. 3 ob.",
            "Archiv Memorial",
            None,
            "Archiv Memorial f. 1, op. 1, d. 5, l. 3 ob.",
            id="de-two-word-archive",
        ),
    ],
)
def test_find_archival(text: str, archive: str, description: str | None, reference: str) -> None:
    found = find_archival(text)
    assert found is not None
    assert (found.archive, found.description, found.reference) == (archive, description, reference)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Getty, Origins, S. 5 f.", id="de-folio-mark"),
        pytest.param("Conquest, Great Terror, f. 12.", id="en-folio"),
    ],
)
def test_no_archival_reference(text: str) -> None:
    assert find_archival(text) is None


def test_note_with_two_archival_references_keeps_the_archive() -> None:
    citations = parse_note("GARF, f. 9401, op. 1, d. 4157, l. 3; f. 5446, op. 1, d. 2, l. 4.")
    assert [c.kind for c in citations] == [CitationKind.ARCHIVAL] * 2
    assert citations[1].locator == "GARF f. 5446, op. 1, d. 2, l. 4"


def test_ibid_after_archival_reference_changes_the_folios() -> None:
    assert with_folios("GARF f. 9401, op. 1, d. 4157, l. 3", "ll. 5-6") == (
        "GARF f. 9401, op. 1, d. 4157, ll. 5-6"
    )
    assert with_folios("GARF f. 9401, op. 1, d. 4157, l. 3", "p. 5") is None


def test_archival_evidence_and_sources() -> None:
    dataset = parse_text(ARCHIVAL_TEXT, file="archival.txt").dataset
    evidence = {e.id: e for e in dataset.evidence}
    first = evidence["ev_1"]
    assert first.locator is not None
    assert first.locator.unit == LocatorUnit.ARCHIVAL
    assert first.locator.normalised == "RGASPI f. 17, op. 3, d. 1170, l. 2"
    assert evidence["ev_2"].locator is not None
    assert evidence["ev_2"].locator.normalised == "RGASPI f. 17, op. 3, d. 1170, l. 5"
    # one source per file: notes 1-3 cite the same delo, note 4 a document described in it
    assert evidence["ev_2"].source == first.source == evidence["ev_3_1"].source
    assert evidence["ev_3_2"].source != first.source
    assert evidence["ev_4"].source not in (first.source, evidence["ev_3_2"].source)
    rgaspi = dataset.source(first.source or "")
    assert rgaspi.type == SourceType.ARCHIVAL
    assert rgaspi.title == "RGASPI f. 17, op. 3, d. 1170"
    assert rgaspi.identifiers[0].value == "RGASPI f. 17, op. 3, d. 1170"
    described = dataset.source(evidence["ev_4"].source or "")
    assert (described.title, described.container) == (
        "Ezhov to Stalin, 3 July 1937",
        "RGASPI f. 17, op. 3, d. 1170",
    )


def test_archival_citations_are_graded_archival_books_stay_ungraded() -> None:
    from purgehist.examples import sample_thesis_path
    from purgehist.model.evidence import grade_settled_by
    from purgehist.model.locators import parse_locator

    assert grade_settled_by(None, parse_locator("RGASPI f. 17, op. 3, d. 1170, l. 2")) == "archival"
    assert grade_settled_by("memoir") == "memoir"
    assert grade_settled_by("document_collection") == "published_primary"
    assert grade_settled_by("book", parse_locator("45-47")) is None
    dataset = purgehist.parse(sample_thesis_path(), "text")
    assert {e.grade for e in dataset.evidence} == {
        None
    }  # books and articles: only a reader can tell
