"""The grade table of docs/grades.md: every source of the bundled dataset has a grade and a
reason, and every citation carries its source's grade unless the table says otherwise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from purgehist import Dataset
from purgehist.model import CitationStatus, EvidenceGrade

DOC = Path(__file__).resolve().parents[2] / "docs" / "grades.md"
ROW = re.compile(r"^\| `(?P<id>[a-z][a-z0-9_]*)` \| `(?P<grade>[a-z_]+)` \| (?P<reason>[^|]+?) \|")


def _table(heading: str) -> dict[str, tuple[str, str]]:
    """Id -> (grade, reason) from the table under *heading* in docs/grades.md."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    rows: dict[str, tuple[str, str]] = {}
    for line in text[start : end if end > 0 else None].splitlines():
        if match := ROW.match(line):
            assert match["id"] not in rows, f"{match['id']} is listed twice"
            rows[match["id"]] = (match["grade"], match["reason"].strip())
    return rows


@pytest.fixture(scope="module")
def sources() -> dict[str, tuple[str, str]]:
    return _table("Grade of each source")


@pytest.fixture(scope="module")
def exceptions() -> dict[str, tuple[str, str]]:
    return _table("Citations graded otherwise than their source")


def test_every_source_has_a_grade_and_a_reason(
    example_dataset: Dataset, sources: dict[str, tuple[str, str]]
) -> None:
    assert set(sources) == {s.id for s in example_dataset.sources}
    known = {g.value for g in EvidenceGrade}
    for source, (grade, reason) in sources.items():
        assert grade in known, source
        assert len(reason) > 10, source


def test_each_citation_has_its_sources_grade_or_a_listed_exception(
    example_dataset: Dataset,
    sources: dict[str, tuple[str, str]],
    exceptions: dict[str, tuple[str, str]],
) -> None:
    ids = {e.id for e in example_dataset.evidence}
    assert set(exceptions) <= ids
    for item in example_dataset.evidence:
        if item.id in exceptions:
            expected = exceptions[item.id][0]
            assert item.source is not None, item.id
            assert expected != sources[item.source][0], f"{item.id} needs no exception"
        elif item.source is None:
            continue  # unresolved: no work to grade by
        else:
            expected = sources[item.source][0]
        assert item.grade == expected, item.id


def test_no_inferred_citation_is_graded_above_secondary_without_a_page_and_a_reason(
    example_dataset: Dataset,
) -> None:
    for item in example_dataset.evidence:
        if item.status == CitationStatus.INFERRED and item.grade not in {"secondary", "tertiary"}:
            assert item.locator is not None or item.note, item.id


def test_archival_grades_rest_on_archival_sources(example_dataset: Dataset) -> None:
    """Issue 16: 49 citations were graded archival on the works of historians."""
    archival = [e for e in example_dataset.evidence if e.grade == "archival"]
    assert [e.id for e in archival] == ["evid_nkvd_arrests_gfz_basis"]
    assert all(example_dataset.source(e.source or "").type == "archival" for e in archival)
