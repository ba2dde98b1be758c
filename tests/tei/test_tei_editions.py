"""Other projects' texts: bodies, notes, page breaks and the citations in notes, resolved to
the file's bibliography, to a bibliography given with it, or to stubs marked external."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import purgehist
from purgehist import api
from purgehist.formats.tei.read import read_tei
from purgehist.model import CitationStatus
from purgehist.model.documents import walk_paragraphs

DATA = Path(__file__).resolve().parent / "data"


def _notes(dataset: purgehist.Dataset) -> list[purgehist.Note]:
    return [
        note
        for document in dataset.documents
        for paragraph in walk_paragraphs(document.divisions)
        for note in paragraph.notes
    ]


def test_a_letter_becomes_a_document_with_every_note() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)
        result = read_tei(DATA / "edition-letter.xml")
    data = result.dataset
    (document,) = data.documents
    assert (document.id, document.language) == ("L0815", "de")
    assert document.title == "Bucharin an Larina, Moskau, 3. März 1936"
    (body, _back) = document.divisions
    (letter,) = body.divisions
    assert letter.head == "Moskau, 3. März 1936"
    first, rest = letter.paragraphs
    # The expansion of an abbreviation is read, a line break is a space.
    assert first.text.startswith("Liebe Anjuta, ich lese Conquests Buch noch einmal und denke")
    assert "an die Reise." in first.text
    assert [(b.n, b.offset) for b in first.page_breaks] == [("1", 0), ("2", 73)]
    notes = _notes(data)
    assert [(n.n, n.line) for n in notes] == [("1", 15), ("2", 16), ("3", 17)]
    assert notes[0].offset == len("Liebe Anjuta, ich lese Conquests Buch")
    # A note outside any paragraph is kept in a paragraph of its own.
    assert (rest.text, rest.notes[0].text) == ("", "Der Brief kam nie an.")


def test_citations_in_notes_resolve_by_pointer_and_short_title() -> None:
    data = read_tei(DATA / "edition-letter.xml").dataset
    evidence = {e.id: e for e in data.evidence}
    first, second, _ = _notes(data)
    cited = [evidence[i] for i in first.evidence]
    assert [(e.source, e.cited_as) for e in cited] == [
        ("w_terror", "Conquest, The Great Terror"),
        ("w_getty", "Getty, Origins"),
    ]
    assert cited[0].locator is not None
    assert cited[0].locator.printed == "12"
    assert cited[0].provenance is not None
    assert cited[0].provenance.page == "1"
    # A reference to another letter is no citation; a pointer into an outside register
    # is a stub marked external, with the words printed where it is used.
    (outside,) = [evidence[i] for i in second.evidence]
    stub = data.get(outside.source or "")
    assert isinstance(stub, purgehist.Source)
    assert (stub.external, stub.title) == ("reg:work_77", "Die Reise nach Paris")
    # An author pointing into the edition's central register is a stub actor, also external.
    author = data.get("pmb_conquest")
    assert isinstance(author, purgehist.Actor)
    assert (author.name, author.external) == ("Conquest, Robert", "#pmb_conquest")
    assert [p.severity for p in purgehist.problems(data)] == ["info", "info"]


def test_coordinates_with_a_decimal_comma_are_read() -> None:
    data = read_tei(DATA / "edition-letter.xml").dataset
    (moskau,) = data.places
    assert moskau.coordinates is not None
    assert (moskau.coordinates.latitude, moskau.coordinates.longitude) == (55.75583, 37.61730)


def test_records_without_a_name_are_kept_with_a_warning() -> None:
    result = read_tei(DATA / "edition-letter.xml")
    courier = result.dataset.get("p_leer")
    assert isinstance(courier, purgehist.Actor)
    assert (courier.name, courier.roles) == ("p_leer", ("Kurier",))
    located = {p.code: p.location for p in result.problems}
    assert located["empty-name"].startswith(f"{DATA / 'edition-letter.xml'}:")


def test_short_titles_resolve_against_a_bibliography_given_with_the_file() -> None:
    result = api.parse_file(
        DATA / "edition-commentary.xml",
        "tei",
        options={"bibliography": str(DATA / "edition-bibliography.xml")},
    )
    data = result.dataset
    by_text = {e.cited_as: e for e in data.evidence}
    assert by_text["Wurzbach"].source == "b_1"
    assert by_text["Hhsta."].source == "b_2"
    assert by_text["Unbekannt"].status == CitationStatus.UNRESOLVED
    wurzbach = data.get("b_1")
    assert isinstance(wurzbach, purgehist.Source)
    assert wurzbach.short_title == "Wurzbach"
    assert wurzbach.title.startswith("Constant v., Biographisches Lexikon")
    assert purgehist.problems(data) == []


def test_an_unreadable_bibliography_is_left_out_with_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text>', encoding="utf-8")
    result = read_tei(DATA / "edition-commentary.xml", [broken])
    (problem,) = [p for p in result.problems if p.code == "unread-bibliography"]
    assert problem.location.startswith(f"{broken}:")


def test_an_edition_round_trips_through_purgehist_tei() -> None:
    data = read_tei(DATA / "edition-letter.xml").dataset
    buffer = io.BytesIO()
    api.export_stream(data, "tei", buffer, options={"export_date": "2024-01-01"})
    assert read_tei(buffer.getvalue()).dataset == data
