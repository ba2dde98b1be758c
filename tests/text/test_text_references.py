"""References in footnotes that are no back-references: author-page and author-date short
forms, notes written like MLA bibliography entries, and editors named after a title."""

from __future__ import annotations

import pytest

from purgehist.formats.text.entries import (
    read_mla_note,
)
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.read import parse_text
from purgehist.formats.text.references import short_form
from purgehist.model import CitationStatus

RULE = "_______________"


def _two_works_document(note: str) -> list[object]:
    text = "\n".join(
        [
            "A first claim.1 A second claim.2 A third claim.3",
            "",
            RULE,
            "1 Anna Berg, The First Book (London: Kestrel, 1990), 3.",
            "2 Anna Berg, The Second Book (London: Kestrel, 2005), 4.",
            f"3 {note}",
        ]
    )
    result = parse_text(text, file="t.txt")
    return sorted(result.dataset.evidence, key=lambda e: e.id)


@pytest.mark.parametrize(
    ("text", "surnames", "year", "locator"),
    [
        pytest.param("Harris 149-150.", ["Harris"], None, "149-150", id="en-author-page"),
        pytest.param("Shearer, p. 299.", ["Shearer"], None, "p. 299", id="en-comma"),
        pytest.param(
            "see Getty and Naumov 1999, pp. 420-440.",
            ["Getty", "Naumov"],
            "1999",
            "pp. 420-440",
            id="en-author-date",
        ),
        pytest.param("Chlevnjuk 2009: 45.", ["Chlevnjuk"], "2009", "45", id="de-colon"),
        pytest.param("zie Van Dijk 1988, blz. 12.", ["Van Dijk"], "1988", "blz. 12", id="nl"),
        pytest.param("vgl. Müller und Weber, S. 7.", ["Müller", "Weber"], None, "S. 7", id="de"),
    ],
)
def test_short_forms(text: str, surnames: list[str], year: str | None, locator: str) -> None:
    citation = short_form(text)
    assert citation is not None
    assert [a.surname for a in citation.authors] == surnames
    assert citation.year == year
    assert citation.locator == locator


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("as discussed in Chapter 3.", id="en-chapter"),
        pytest.param("a seminar held in Birmingham.", id="en-place-no-page"),
        pytest.param("the famine in Ukraine 1933.", id="en-year-alone"),
        pytest.param("siehe Kapitel 4.", id="de-chapter"),
    ],
)
def test_prose_is_not_a_short_form(text: str) -> None:
    assert short_form(text) is None


@pytest.mark.parametrize(
    ("note", "title"),
    [
        pytest.param("Berg 1990, 12.", "The First Book", id="en-year"),
        pytest.param("Berg 2005: 7.", "The Second Book", id="de-year-colon"),
    ],
)
def test_author_date_picks_the_work_of_that_year(note: str, title: str) -> None:
    evidence = _two_works_document(note)
    third = evidence[2]
    assert third.status == CitationStatus.RESOLVED
    first, second = evidence[0].source, evidence[1].source
    assert third.source == (first if title == "The First Book" else second)


def test_author_date_with_an_unknown_year_stays_unresolved() -> None:
    third = _two_works_document("Berg 1977, 12.")[2]
    assert third.status == CitationStatus.UNRESOLVED
    assert "1977" in (third.note or "")


@pytest.mark.parametrize(
    ("note", "surname", "title", "locator"),
    [
        pytest.param(
            "Brown, Alice. The Quiet Years: A Study. Harbour Press, 2004, pp. 45-47.",
            "Brown",
            "The Quiet Years: A Study",
            "45-47",
            id="mla",
        ),
        pytest.param(
            "Brown, Alice M., and Tom Hale. Far Provinces. Lakeside UP, 1999, p. 3.",
            "Brown",
            "Far Provinces",
            "3",
            id="mla-two-authors",
        ),
    ],
)
def test_mla_notes_read_like_entries(note: str, surname: str, title: str, locator: str) -> None:
    citation = read_mla_note(note)
    assert citation is not None
    assert citation.authors[0].inverted.startswith(surname)
    assert citation.title == title
    assert citation.locator == locator


def test_german_style_name_is_not_an_mla_note() -> None:
    assert read_mla_note("Meyer, J. Karl: Ein Titel. Bonn 1985, S. 5.") is None


@pytest.mark.parametrize(
    ("note", "given", "title"),
    [
        pytest.param(
            "Brown, Mary K. The Long Winter: Essays. Translated by Ann Lee, Penguin, 2001,"
            " pp. 10-12.",
            "Mary K.",
            "The Long Winter: Essays",
            id="en-translator",
        ),
        pytest.param(
            "Weber, Hans P. Das kurze Jahr. Suhrkamp, 1999, pp. 3-4.",
            "Hans P.",
            "Das kurze Jahr",
            id="de-publisher",
        ),
    ],
)
def test_mla_name_with_initial(note: str, given: str, title: str) -> None:
    citation = read_mla_note(note)
    assert citation is not None
    assert citation.authors[0].given == given
    assert citation.title == title


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("The Peasant Question, ed. Mary Brown (London: Allen, 2004), 12.", id="en"),
        pytest.param("Akten der Partei, hg. v. H. P. Brown, Berlin 2004, S. 12.", id="de"),
    ],
)
def test_editor_after_title_is_no_author_of_the_title(note: str) -> None:
    (citation,) = parse_note(note)
    assert citation.editors
    assert [a.surname for a in citation.authors] == ["Brown"]
    assert citation.title is not None
    assert "Brown" not in citation.title
