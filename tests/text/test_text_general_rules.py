"""General rules added after the second held-out evaluation: Ibid. after a note without a
citation, note numbering that starts above 1 or restarts per chapter, lead-ins, MLA notes,
``Ders.``/``Dies.`` and wrapped bibliography entries."""

from __future__ import annotations

import pytest

from purgehist.formats.text.citation_parts import CitationKind
from purgehist.formats.text.entries import read_entry, read_mla_note
from purgehist.formats.text.footnotes import chapter_heading, note_label, printed_number
from purgehist.formats.text.note_citations import parse_note, strip_lead_in
from purgehist.formats.text.pages import split_pages
from purgehist.formats.text.read import parse_text
from purgehist.model import CitationStatus

RULE = "_______________"


def _page(body: list[str], notes: list[str]) -> list[str]:
    return [*body, "", RULE, *notes, ""]


# --- Ibid. only follows the previous note's last citation ----------------------------------------


@pytest.mark.parametrize(
    ("comment", "ibid"),
    [
        pytest.param("This point is taken up again below.", "Ibid., 12.", id="en"),
        pytest.param("Hierop kom ik later nog terug.", "Ibidem, 12.", id="nl"),
        pytest.param("Darauf komme ich unten zurück.", "Ebd., S. 12.", id="de"),
        pytest.param("Nous y reviendrons plus loin.", "Ibid., p. 12.", id="fr"),
    ],
)
def test_ibid_after_a_note_without_citation_stays_unresolved(comment: str, ibid: str) -> None:
    lines = _page(
        [
            "The first claim rests on a monograph.1 A remark follows here.2 And a third",
            "sentence relies on the same pages again.3",
        ],
        [
            f"1 Kowalski, Jan: Die Ordnung der Dinge, Berlin 1990, S. {4}.",
            f"2 {comment}",
            f"3 {ibid}",
        ],
    )
    result = parse_text("\n".join(lines), file="t.txt")
    evidence = {e.id: e for e in result.dataset.evidence}
    assert evidence["ev_1"].status == CitationStatus.RESOLVED
    assert evidence["ev_3"].status == CitationStatus.UNRESOLVED
    assert evidence["ev_3"].source is None
    assert "cites no work" in (evidence["ev_3"].note or "")


# --- note numbering: a chapter extract, and restarts per chapter ------------------------------


@pytest.mark.parametrize(
    ("first", "cite"),
    [
        pytest.param(231, "Smith, Alan: A Long History, London 2001, p. 5.", id="en"),
        pytest.param(87, "Jansen, Piet: Een lange geschiedenis, Leiden 2001, p. 5.", id="nl"),
        pytest.param(412, "Müller, Hans: Eine lange Geschichte, München 2001, S. 5.", id="de"),
        pytest.param(19, "Durand, Paul: Une longue histoire, Paris 2001, p. 5.", id="fr"),
    ],
)
def test_numbering_may_start_above_one(first: int, cite: str) -> None:
    lines = _page(
        [f"A sentence that carries the first note of this extract.{first} Then more text"],
        [f"{first} {cite}"],
    )
    layout = split_pages(lines)
    assert [m.n for line in layout.body for m in line.markers] == [first]
    assert [note.n for note in layout.notes] == [first]


def test_numbering_restarts_at_a_chapter_heading() -> None:
    lines = [
        "CHAPTER 1",
        "",
        "The first chapter opens with a claim.1 It goes on.2",
        "",
        "CHAPTER 2",
        "",
        "The second chapter starts its notes again.1 And goes on.2",
        "",
        "NOTES",
        "",
        "Chapter 1: Beginnings",
        "",
        "1. Alan Smith, A Long History (London: Verso, 2001), 5.",
        "2. Ibid., 7.",
        "",
        "Chapter 2: Endings",
        "",
        "1. Paul Durand, Une longue histoire (Paris: Seuil, 2001), 9.",
        "2. Ibid., 11.",
    ]
    result = parse_text("\n".join(lines), file="t.txt")
    ids = [e.id for e in result.dataset.evidence]
    assert len(ids) == len(set(ids)) == 4
    assert {"ev_c1_1", "ev_c2_1"} <= set(ids)
    printed = [
        n.n
        for d in result.dataset.documents[0].divisions
        for sub in (d, *d.divisions)
        for p in sub.paragraphs
        for n in p.notes
    ]
    assert printed == ["1", "2", "1", "2"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Chapter 5: After the Purge", True, id="en"),
        pytest.param("Hoofdstuk 3", True, id="nl"),
        pytest.param("Kapitel IV. Die Wende", True, id="de"),
        pytest.param("Chapitre 2", True, id="fr"),
        pytest.param("Chapter 2.1 shows this", False, id="section-number"),
        pytest.param("The chapter ends here", False, id="prose"),
    ],
)
def test_chapter_headings(line: str, expected: bool) -> None:
    assert chapter_heading(line) is expected


def test_note_keys_print_their_number() -> None:
    assert printed_number(200_007) == 7
    assert note_label(200_007, True) == "c3_7"
    assert note_label(7, False) == "7"


# --- lead-ins and MLA notes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        pytest.param(
            "For another reading see Brown, Long War, 12.", "Brown, Long War, 12.", id="en"
        ),
        pytest.param(
            "See, e.g., the study by Brown, Long War, 12.", "Brown, Long War, 12.", id="en-eg"
        ),
        pytest.param(
            "Zie over deze kwestie Visser, Lange oorlog, 12.", "Visser, Lange oorlog, 12.", id="nl"
        ),
        pytest.param(
            "Gedruckt in: Akten zur Politik, S. 12.", "Akten zur Politik, S. 12.", id="de"
        ),
        pytest.param(
            "Le débat est résumé dans Martin, Guerre, p. 12.", "Martin, Guerre, p. 12.", id="fr"
        ),
        pytest.param("Stalin in Power, 444.", "Stalin in Power, 444.", id="title-kept"),
        pytest.param("Cf. van Dijk, Oorlog, 3.", "van Dijk, Oorlog, 3.", id="particle-kept"),
    ],
)
def test_lead_ins_are_not_part_of_the_citation(text: str, rest: str) -> None:
    assert strip_lead_in(text) == rest


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
    "note",
    [
        pytest.param("Ders., a.a.O., S. 207.", id="de-ders"),
        pytest.param("Dies., a.a.O., S. 9.", id="de-dies"),
        pytest.param("Idem, op. cit., p. 9.", id="en-idem"),
        pytest.param("Idem, t.a.p., p. 9.", id="nl-idem"),
    ],
)
def test_same_author_back_references(note: str) -> None:
    (citation,) = parse_note(note)
    assert citation.kind == CitationKind.OPCIT
    assert citation.same_author


# --- bibliography entries -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "title", "place", "publisher", "year"),
    [
        pytest.param(
            "Brown, Alice. The Quiet Years: A Study. Harbour Press, 2004.",
            "The Quiet Years: A Study",
            None,
            "Harbour Press",
            "2004",
            id="en-mla",
        ),
        pytest.param(
            "Hale, Tom. Empire. New York: W. W. Norton, 1990.",
            "Empire",
            "New York",
            "W. W. Norton",
            "1990",
            id="en-chicago-initials",
        ),
        pytest.param(
            "Müller, Hans: Die stille Zeit. Eine Studie, München 2003.",
            "Die stille Zeit. Eine Studie",
            "München",
            None,
            "2003",
            id="de-comma",
        ),
        pytest.param(
            "Visser, Jan, De stille jaren (Amsterdam 1998).",
            "De stille jaren",
            "Amsterdam",
            None,
            "1998",
            id="nl-paren",
        ),
    ],
)
def test_imprints(
    entry: str, title: str, place: str | None, publisher: str | None, year: str
) -> None:
    read = read_entry(entry)
    assert read is not None
    citation = read[0]
    assert (citation.title, citation.place, citation.publisher, citation.year) == (
        title,
        place,
        publisher,
        year,
    )


def test_journal_issue_with_dash() -> None:
    read = read_entry("Roth, Eva: Ein Aufsatz, in: Archiv für Studien 42 (2001), H. 2–4, S. 5–9.")
    assert read is not None
    citation = read[0]
    assert (citation.container, citation.volume, citation.issue, citation.year) == (
        "Archiv für Studien",
        "42",
        "2–4",
        "2001",
    )


@pytest.mark.parametrize(
    ("mark", "sep"),
    [
        pytest.param("Ders.:", ":", id="de-ders"),
        pytest.param("Dies.:", ":", id="de-dies"),
        pytest.param("---.", ".", id="en-dashes"),
        pytest.param("Idem,", ".", id="fr-idem"),
    ],
)
def test_repeated_author_marks(mark: str, sep: str) -> None:
    read = read_entry(f"{mark} Ein zweites Buch{sep} Köln 2005.", "Roth, Eva")
    assert read is not None
    assert [a.inverted for a in read[0].authors] == ["Roth, Eva"]


def _bibliography(lines: list[str]) -> list[tuple[str, str]]:
    text = "\n".join(["Some body text for the parser to read.", "", "Literatur", "", *lines])
    result = parse_text(text, file="b.txt")
    sources = {s.id: s for s in result.dataset.sources}
    return [
        (", ".join(c.name for c in sources[i].creators), sources[i].title)
        for i in result.dataset.documents[0].bibliography
    ]


def test_wrapped_entries_are_joined_and_repeats_take_the_author() -> None:
    entries = _bibliography(
        [
            "Roth, Eva: Ein sehr langer Titel über die Geschichte der Provinzen und ihrer Verwal-",
            "tung, Köln 2001.",
            "Ders.: Ein zweites Buch über Dinge, die zu lang für eine Zeile sind, und noch mehr",
            "Wörter, Bonn 2003.",
            "",
            "Quellen zur Geschichte. Dokumente, hg. v. A. B.",
            "Chaustov, V. P. Naumov und N. Plotnikova, Moskva 2004.",
            "                                                         139",
            "Weber, Max: Ein Titel, Berlin 1990.",
        ]
    )
    assert [title for _, title in entries] == [
        "Ein sehr langer Titel über die Geschichte der Provinzen und ihrer Verwaltung",
        "Ein zweites Buch über Dinge, die zu lang für eine Zeile sind, und noch mehr Wörter",
        entries[2][1],
        "Ein Titel",
    ]
    assert entries[1][0] == "Roth, Eva"
    assert entries[2][1].startswith("Quellen zur Geschichte")
