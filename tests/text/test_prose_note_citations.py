"""Notes of prose in a document that cites in full: a sentence of comment is no reference
(``This, as well as …``, ``However, if …``), and the listed works it names by author and year
are its citations, APA's comma before the year (``(White, 1980)``) among them."""

from __future__ import annotations

from purgehist.formats.text.author_year import author_year_citations
from purgehist.formats.text.citation_parts import CitationKind
from purgehist.formats.text.note_citations import parse_note

_LISTED = {("White", "1980"), ("Hogg", "2005"), ("Long", "2000")}


def _has_work(surname: str, year: str) -> bool:
    return (surname, year) in _LISTED


def _read(note: str) -> list[tuple[str, list[str], str | None]]:
    return [
        (c.kind, [a.surname for a in c.authors], c.year)
        for c in parse_note(note, has_work=_has_work)
    ]


def test_a_sentence_of_comment_without_year_or_pages_is_no_reference() -> None:
    for note in (
        "This, like the rule of thumb for the buffer size, rests on a fixed ratio between "
        "the load and the waiting time, which does not always hold.",
        "However, if the pause is set too short, the scheduler will waste cycles as well.",
        "Namely, that the tool chosen to take these measurements is itself adding to the "
        "running time.",
        "Ironically, most of the complaints about the wording came from those who drafted it.",
        "The Board, however, made clear that such a reading was never part of the text.",
    ):
        assert _read(note) == [(CitationKind.COMMENT, [], None)]


def test_a_name_before_a_sentence_case_title_is_a_short_citation() -> None:
    for note, author in (
        ("Voir Dupont, Histoire de la pensée politique en France.", "Dupont"),
        ("Cf. Rossi, la storia della filosofia politica italiana.", "Rossi"),
        ("See Smith, the making of the english working class, passim.", "Smith"),
    ):
        assert _read(note) == [(CitationKind.SHORT, [author], None)]


def test_a_sentence_naming_listed_works_by_author_and_year_cites_them() -> None:
    note = (
        "The estimator I was first taught weights the squared errors (White, 1980). "
        "Yet the variant that Fox and Weisberg (2011) offer in their software is the "
        "one set out by Long and Ervin (2000)."
    )
    assert _read(note) == [
        (CitationKind.SHORT, ["White"], "1980"),
        (CitationKind.SHORT, ["Long", "Ervin"], "2000"),
    ]
    note = (
        "In the words of the probability handbook I learned from (Hogg, McKean, & "
        "Craig, 2005) this case should strictly be called a comparison of distributions."
    )
    assert _read(note) == [(CitationKind.SHORT, ["Hogg", "McKean", "Craig"], "2005")]


def test_references_in_full_and_web_pages_stay_references() -> None:
    full = _read(
        "See Robert Conquest, The Great Terror: A Reassessment (New York: Oxford University "
        "Press, 1990), p. 5."
    )
    assert [(kind, names) for kind, names, _ in full] == [(CitationKind.FULL, ["Conquest"])]
    web = parse_note("Source: http://www.bartleby.com/344/400.html.", has_work=_has_work)
    assert [(c.kind, c.url) for c in web] == [
        (CitationKind.FULL, "http://www.bartleby.com/344/400.html")
    ]


def test_apas_comma_before_the_year_is_read_only_for_a_listed_work() -> None:
    found = author_year_citations("(White, 1980; Long, 2000, p. 12) and (Paris, 1939)", _has_work)
    assert [(c.authors[0].surname, c.year, c.locator) for c in found] == [
        ("White", "1980", None),
        ("Long", "2000", "12"),
    ]
    assert author_year_citations("(White, 1980)") == []
