"""Legal citations in notes: law cases by their parties' names and law reports (OSCOLA,
Bluebook), cited again by a cross-reference to the note that cited them first."""

from __future__ import annotations

import pytest

from purgehist.formats.text.cases import read_case
from purgehist.formats.text.read import parse_text

RULE = "_______________"


@pytest.mark.parametrize(
    ("note", "title", "year", "locator"),
    [
        pytest.param("Donoghue v Stevenson [1932] AC 562 (HL) 580.", "Donoghue v Stevenson",
                     "1932", "580", id="oscola-court-then-page"),
        pytest.param("Caparo Industries plc v Dickman [1990] 2 AC 605 (HL) 617–18.",
                     "Caparo Industries plc v Dickman", "1990", "617–18", id="oscola-company"),
        pytest.param("R (Miller) v Secretary of State for Exiting the European Union [2017] "
                     "UKSC 5, [2018] AC 61 [23].",
                     "R (Miller) v Secretary of State for Exiting the European Union", "2017",
                     "[23]", id="oscola-neutral-then-report-paragraph"),
        pytest.param("Pepper v Hart [1993] AC 593.", "Pepper v Hart", "1993", None,
                     id="oscola-no-pinpoint"),
        pytest.param("Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
                     "Brown v. Board of Education", "1954", "495", id="bluebook"),
    ],
)  # fmt: skip
def test_cases_are_read_with_the_page_cited(
    note: str, title: str, year: str, locator: str | None
) -> None:
    case = read_case(note)
    assert case is not None
    assert (case.title, case.year, case.locator, case.authors) == (title, year, locator, [])


@pytest.mark.parametrize(
    "note",
    [
        "Timothy Endicott, Administrative Law (2nd edn, Oxford University Press 2011) 215.",
        "The Court of Appeal agreed in 1990 [1990] with the ruling.",
        "Smith v Jones was never reported.",
    ],
)
def test_other_notes_are_no_cases(note: str) -> None:
    assert read_case(note) is None


def test_a_case_cited_again_by_its_first_party_and_note() -> None:
    lines = [
        "The duty of care was set out in 1932.1 It was refined later.2 The Lords agreed.3",
        "The test was restated.4",
        "",
        RULE,
        "1 Donoghue v Stevenson [1932] AC 562 (HL) 580.",
        "2 Caparo Industries plc v Dickman [1990] 2 AC 605 (HL) 617–18; Donoghue (n 1) 582.",
        "3 ibid 583.",
        "4 Caparo (n 2) 620.",
    ]
    dataset = parse_text("\n".join(lines), file="t.txt").dataset
    titles = {s.id: s.title for s in dataset.sources}
    cited = [
        (titles[e.source or ""].split()[0], e.locator.printed if e.locator else None)
        for e in sorted(dataset.evidence, key=lambda e: e.id)
    ]
    assert cited == [
        ("Donoghue", "580"),
        ("Caparo", "617–18"),
        ("Donoghue", "582"),
        ("Donoghue", "583"),
        ("Caparo", "620"),
    ]
