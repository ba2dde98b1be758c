"""The text parser's rules one by one: headings against notes, archival references, splitting
citations, authors and bibliography entries, in four languages."""

from __future__ import annotations

from pathlib import Path

import pytest

import purgehist
from purgehist.formats.text.archival import find_archival, with_folios
from purgehist.formats.text.author_lists import read_authors
from purgehist.formats.text.bibliography import is_subheading
from purgehist.formats.text.citation_parts import CitationKind
from purgehist.formats.text.entries import read_entry
from purgehist.formats.text.footnotes import (
    RawNote,
    heading_like,
    match_note_start,
    split_merged,
)
from purgehist.formats.text.note_citations import parse_note, split_citations
from purgehist.formats.text.read import parse_text
from purgehist.formats.text.structure import heading_kind
from purgehist.model import LocatorUnit, SourceType, parse_locator

# --- 1. numbered headings are not footnotes -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("2.1 The Closed Archive and Its Substitutes", id="en-section"),
        pytest.param("3.2 De revisionisten en het einde van de zuivering", id="nl-section"),
        pytest.param("2.1 Die Rückkehr der Intention", id="de-section"),
        pytest.param("1.3 Le rôle de Staline", id="fr-section"),
    ],
)
def test_section_numbers_never_open_a_note(line: str) -> None:
    assert match_note_start(line) is None


@pytest.mark.parametrize(
    ("rest", "heading"),
    [
        pytest.param("L’interprétation totalitaire et sa contestation", True, id="fr-heading"),
        pytest.param("The Problem of Intention", True, id="en-heading"),
        pytest.param("Der Befehl Nr. 00447 und die Massenoperationen", True, id="de-heading"),
        pytest.param("Het begin van de zuivering", True, id="nl-heading"),
        pytest.param("Ibidem", False, id="nl-ibidem"),
        pytest.param("Conquest, Great Terror, 45", False, id="en-ends-in-page"),
        pytest.param("Vgl. Getty, Origins, S. 5 f.", False, id="de-full-stop"),
        pytest.param("voir la note précédente", False, id="fr-lower-case"),
    ],
)
def test_heading_like(rest: str, heading: bool) -> None:
    assert heading_like(rest) is heading


def _doc(body: str) -> str:
    return body.strip("\n") + "\n"


@pytest.mark.parametrize(
    ("text", "note_one"),
    [
        pytest.param(
            _doc("""
Intro text that cites a first work here.1 And a second one.2

1. The First Section

More body text follows in the first section of the chapter.

____________
1 Robert Conquest, The Great Terror (New York: Oxford University Press, 1990), 45.
2 Ibid., 46.
"""),
            "Robert Conquest",
            id="en-numbered-heading-before-notes",
        ),
        pytest.param(
            _doc("""
Der Text zitiert ein erstes Werk.1 Und ein zweites.2

2.1 Die Rückkehr der Intention

Weiterer Text folgt in diesem Abschnitt der Arbeit.

____________
1 Conquest, Robert: The Great Terror. London 1968, S. 61.
2 Ebd., S. 62.
"""),
            "Conquest, Robert",
            id="de-section-heading-before-notes",
        ),
    ],
)
def test_heading_does_not_swallow_the_first_notes(text: str, note_one: str) -> None:
    result = parse_text(text, file="heading.txt")
    evidence = {e.provenance.footnote: e for e in result.dataset.evidence if e.provenance}
    assert evidence["1"].cited_as is not None
    assert evidence["1"].cited_as.startswith(note_one)
    assert evidence["2"].source == evidence["1"].source


def test_notes_run_together_are_split_at_the_next_number() -> None:
    note = RawNote(n=26, line=9, page=0, parts=["Ibid., 77. 27 Werth, ‘State’, 207."])
    split = split_merged([note])
    assert [(n.n, n.text) for n in split] == [(26, "Ibid., 77."), (27, "Werth, ‘State’, 207.")]
    kept = [note, RawNote(n=27, line=10, page=0, parts=["Getty, Origins, 5."])]
    assert [n.n for n in split_merged(kept)] == [26, 27]  # 27 exists: nothing to split


# --- 2. archival references -----------------------------------------------------------------


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


ARCHIVAL_TEXT = _doc("""
The order was confirmed.1 It was carried out.2 The figures were reported.3 Again.4

____________
1 RGASPI f. 17, op. 3, d. 1170, l. 2.
2 Ibid., l. 5.
3 RGASPI, f. 17, op. 3, d. 1170, ll. 7–9; GARF f. 9401, op. 1, d. 4157, l. 202.
4 Ezhov to Stalin, 3 July 1937, RGASPI f. 17, op. 3, d. 1170, l. 10.
""")


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


# --- 3. splitting citations and reading their pages ----------------------------------------


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param(
            "Stephen F. Cohen, “Stalin’s Terror,” Russian Review 45, no. 4 (1986): 375–84. "
            "The whole exchange in that issue repays careful reading.",
            [("Cohen", "375–84")],
            id="en-comment-after-pages",
        ),
        pytest.param(
            "Conquest, De grote terreur, 45. Dit punt wordt door veel historici betwist.",
            [("Conquest", "45")],
            id="nl-comment-after-pages",
        ),
        pytest.param(
            "Schlögel, Karl: Terror und Traum. Moskau 1937. München 2008, S. 23.",
            [("Schlögel", "S. 23")],
            id="de-year-in-title-is-no-sentence-end",
        ),
        pytest.param(
            "Getty, Origins, 12; see also Thurston, Life and Terror, 227.",
            [("Getty", "12"), ("Thurston", "227")],
            id="en-see-also",
        ),
        pytest.param(
            "Getty, Origins, 12; zie ook Conquest, De grote terreur, 45.",
            [("Getty", "12"), ("Conquest", "45")],
            id="nl-zie-ook",
        ),
        pytest.param(
            "Hildermeier, Manfred: Die Sowjetunion. München 2001, S. 13–19; vgl. auch "
            "Baberowski: Terror, S. 201.",
            [("Hildermeier", "S. 13–19"), ("Baberowski", "S. 201")],
            id="de-vgl-auch",
        ),
        pytest.param(
            "Sur la notion de « limites », voir Binner et Junge, art. cit., p. 561.",
            [("Binner", "p. 561")],
            id="fr-voir-after-comment",
        ),
        pytest.param(
            "Getty, Origins, op. cit., 210, and cf. Thurston, Life and Terror, 12.",
            [("Getty", "210"), ("Thurston", "12")],
            id="en-and-cf",
        ),
    ],
)
def test_split_and_read_citations(note: str, expected: list[tuple[str, str]]) -> None:
    citations = parse_note(note)
    assert [(c.authors[0].surname, c.locator) for c in citations] == expected


@pytest.mark.parametrize(
    ("note", "locator", "pages"),
    [
        pytest.param(
            "Getty, ‘Victims’, American Historical Review 98, no. 4 (1993): 1017–49, at 1022.",
            "1022",
            "1017-1049",
            id="en-at",
        ),
        pytest.param(
            "Hildermeier, Manfred: Interpretationen. In: HZ 264 (1997), S. 655–674, hier S. 661.",
            "S. 661",
            "655-674",
            id="de-hier",
        ),
        pytest.param(
            "Nicolas Werth, « Un État », Bulletin, n° 86, 2006, p. 6-167, ici p. 27.",
            "p. 27",
            "6-167",
            id="fr-ici",
        ),
        pytest.param(
            "Getty, ‘State and Society’, Slavic Review 50 (1991) 18-35, aldaar 20.",
            "20",
            "18-35",
            id="nl-aldaar",
        ),
    ],
)
def test_pinpoint_after_a_page_range(note: str, locator: str, pages: str) -> None:
    (citation,) = parse_note(note)
    assert (citation.locator, citation.pages) == (locator, pages)


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [
        pytest.param("12 ff.", "12 ff.", id="en-ff"),
        pytest.param("S. 45 f.", "45-46", id="de-f"),
        pytest.param("p. 570 sq.", "570 ff.", id="fr-sq"),
        pytest.param("p. 12 et suiv.", "12 ff.", id="fr-et-suiv"),
        pytest.param("blz. 12 e.v.", "12 ff.", id="nl-ev"),
        pytest.param("xiv–xvii", "xiv-xvii", id="en-roman"),
        pytest.param("pp. 280 et 290", "280, 290", id="fr-et"),
    ],
)
def test_following_pages_and_lists(printed: str, normalised: str) -> None:
    assert parse_locator(printed).normalised == normalised


def test_merged_notes_one_line_and_short_title_with_op_cit() -> None:
    (citation,) = parse_note("Werth, L’Ivrogne et la marchande de fleurs, op. cit., p. 112 et 118.")
    assert (citation.kind, citation.title, citation.locator) == (
        CitationKind.OPCIT,
        "L’Ivrogne et la marchande de fleurs",
        "p. 112 et 118",
    )
    assert split_citations("Ibid., 77.") == ["Ibid., 77."]


# --- 4. bibliography entries ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surnames", "editors", "rest"),
    [
        pytest.param(
            "Getty, J. Arch, and Oleg V. Naumov. The Road", ["Getty", "Naumov"], False,
            "The Road", id="en-and",
        ),
        pytest.param(
            "Getty, J. Arch, and Roberta T. Manning, eds. Stalinist", ["Getty", "Manning"], True,
            "Stalinist", id="en-eds",
        ),
        pytest.param(
            "Thurston, Robert W. Life and Terror in Stalin’s Russia.", ["Thurston"], False,
            "Life and Terror in Stalin’s Russia.", id="en-initial-then-title",
        ),
        pytest.param(
            "Junge, Marc / Bordjugov, Gennadij / Binner, Rolf: Vertikal’",
            ["Junge", "Bordjugov", "Binner"], False, "Vertikal’", id="de-slashes",
        ),
        pytest.param(
            "Plaggenborg, Stefan (Hg.): Stalinismus.", ["Plaggenborg"], True, "Stalinismus.",
            id="de-hg",
        ),
        pytest.param(
            "BINNER, Rolf et JUNGE, Marc, « Wie der Terror »", ["Binner", "Junge"], False,
            "« Wie der Terror »", id="fr-et-capitals",
        ),
        pytest.param(
            "WERTH, Nicolas, La Terreur et le désarroi, Paris", ["Werth"], False,
            "La Terreur et le désarroi, Paris", id="fr-title-is-no-name",
        ),
        pytest.param(
            "Deutscher, Isaac & David King, The Great Purges (New York 1984)",
            ["Deutscher", "King"], False, "The Great Purges (New York 1984)", id="nl-ampersand",
        ),
        pytest.param(
            "Davies, R. W. en Stephen G. Wheatcroft, Hongerjaren", ["Davies", "Wheatcroft"],
            False, "Hongerjaren", id="nl-en",
        ),
    ],
)  # fmt: skip
def test_read_authors(text: str, surnames: list[str], editors: bool, rest: str) -> None:
    part = read_authors(text)
    assert part is not None
    assert ([n.surname for n in part.names], part.editors, part.rest) == (surnames, editors, rest)


FIELDS = ("title", "container", "volume", "issue", "place", "publisher", "year", "pages")


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        pytest.param(
            "Tucker, Robert C. Stalin in Power: The Revolution from Above, 1928–1941. New York: "
            "W. W. Norton, 1990.",
            ("Stalin in Power: The Revolution from Above, 1928–1941", None, None, None,
             "New York", "W. W. Norton", "1990", None),
            id="en-chicago-book",
        ),
        pytest.param(
            "Khlevniuk, Oleg V. The History of the Gulag. Translated by Vadim A. Staklo. "
            "New Haven: Yale University Press, 2004.",
            ("The History of the Gulag", None, None, None, "New Haven",
             "Yale University Press", "2004", None),
            id="en-translated-by",
        ),
        pytest.param(
            "Ellman, Michael. ‘Soviet Repression Statistics’. Europe-Asia Studies 54, no. 7 "
            "(2002): 1151–72.",
            ("Soviet Repression Statistics", "Europe-Asia Studies", "54", "7", None, None,
             "2002", "1151-1172"),
            id="en-chicago-article",
        ),
        pytest.param(
            "Manning, Roberta T. “The Soviet Economic Crisis.” In Stalinist Terror, edited by "
            "J. Arch Getty and Roberta T. Manning, 116–41. Cambridge: Cambridge University "
            "Press, 1993.",
            ("The Soviet Economic Crisis", "Stalinist Terror", None, None, "Cambridge",
             "Cambridge University Press", "1993", "116-141"),
            id="en-chicago-chapter",
        ),
        pytest.param(
            "Schlögel, Karl: Terror und Traum. Moskau 1937. München 2008.",
            ("Terror und Traum. Moskau 1937", None, None, None, "München", None, "2008", None),
            id="de-book-year-in-title",
        ),
        pytest.param(
            "Binner, Rolf: Die Zielgruppen. In: Cahiers du monde russe 43 (2002), H. 1, "
            "S. 181–228.",
            ("Die Zielgruppen", "Cahiers du monde russe", "43", "1", None, None, "2002",
             "181-228"),
            id="de-article-heft",
        ),
        pytest.param(
            "Werth, Nicolas: Ein Staat gegen sein Volk. In: Courtois, Stéphane u. a.: Das "
            "Schwarzbuch des Kommunismus. München 1998, S. 51–295.",
            ("Ein Staat gegen sein Volk", "Das Schwarzbuch des Kommunismus", None, None,
             "München", None, "1998", "51-295"),
            id="de-chapter",
        ),
        pytest.param(
            "SOUVARINE, Boris, Staline. Aperçu historique du bolchévisme, Paris, Plon, 1935.",
            ("Staline. Aperçu historique du bolchévisme", None, None, None, "Paris", "Plon",
             "1935", None),
            id="fr-book",
        ),
        pytest.param(
            "KHLEVNIUK, Oleg, « Les mécanismes », Cahiers du monde russe, vol. 39, n° 1-2, "
            "1998, p. 197-208.",
            ("Les mécanismes", "Cahiers du monde russe", "39", "1-2", None, None, "1998",
             "197-208"),
            id="fr-article",
        ),
        pytest.param(
            "WERTH, Nicolas, « Un État contre son peuple », in Stéphane COURTOIS et al., Le "
            "Livre noir du communisme, Paris, Robert Laffont, 1997, p. 43-295.",
            ("Un État contre son peuple", "Le Livre noir du communisme", None, None, "Paris",
             "Robert Laffont", "1997", "43-295"),
            id="fr-chapter",
        ),
        pytest.param(
            "Martens, Ludo, Een andere kijk op Stalin (Berchem 1994)",
            ("Een andere kijk op Stalin", None, None, None, "Berchem", None, "1994", None),
            id="nl-paren-imprint",
        ),
        pytest.param(
            "Getty, J Arch, ‘State and Society under Stalin’, Slavic Review 50 No.1 (1991) 18-35",
            ("State and Society under Stalin", "Slavic Review", "50", "1", None, None, "1991",
             "18-35"),
            id="nl-article",
        ),
    ],
)  # fmt: skip
def test_read_entry(entry: str, expected: tuple[str | None, ...]) -> None:
    read = read_entry(entry)
    assert read is not None
    citation = read[0]
    assert tuple(getattr(citation, f) for f in FIELDS) == expected


def test_repeated_author_dashes() -> None:
    read = read_entry("———. Origins of the Great Purges. Cambridge: CUP, 1985.", "Getty, J. Arch")
    assert read is not None
    assert [n.surname for n in read[0].authors] == ["Getty"]
    assert read[0].title == "Origins of the Great Purges"


@pytest.mark.parametrize(
    ("text", "subheading"),
    [
        pytest.param("Primary sources", True, id="en"),
        pytest.param("Gedrukte bronnen", True, id="nl"),
        pytest.param("Quellen und Darstellungen", True, id="de"),
        pytest.param("Ouvrages et articles cités", True, id="fr"),
        pytest.param("Kuhn, Thomas S, The structure of scientific revolutions (1996)", False,
                     id="entry"),
    ],
)  # fmt: skip
def test_subheadings_in_bibliography(text: str, subheading: bool) -> None:
    assert is_subheading(text) is subheading


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("Select Bibliography for Chapter 2", id="en-select"),
        pytest.param("Sources and literature", id="en-sources"),
        pytest.param("Bronnen- en literatuurlijst", id="nl"),
        pytest.param("Quellen- und Literaturverzeichnis", id="de"),
        pytest.param("Bibliographie sélective", id="fr"),
    ],
)
def test_bibliography_heading_variants(heading: str) -> None:
    found = heading_kind(heading)
    assert found is not None
    assert found[0] == "bibliography"


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


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "the file is empty", id="empty"),
        pytest.param(b"  \n\n ", "the file is empty", id="blank"),
        pytest.param(b"%PDF-1.7\n\x00\x01\x02binary stream", "not a text file", id="pdf"),
        pytest.param(bytes(range(256)) * 8, "not a text file", id="random-bytes"),
    ],
)
def test_empty_and_binary_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "thesis.txt"
    path.write_bytes(content)
    with pytest.raises(purgehist.DataError, match=message):
        purgehist.parse(path, "text")


def test_utf16_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "thesis.txt"
    path.write_bytes("Inleiding\n\nVolgens Getty was het anders.\n".encode("utf-16"))
    dataset = purgehist.parse(path, "text")
    assert "Volgens Getty" in dataset.documents[0].divisions[0].paragraphs[0].text
