"""Bibliography entries: the heading and sub-headings, entries wrapped over lines, authors in
either order and repeated (``———.``, ``Ders.:``), each field, imprints, entries listed by title
with their editors, and archival holdings."""

from __future__ import annotations

import pytest

from purgehist.formats.text.author_lists import read_authors
from purgehist.formats.text.bibliography import (
    archival_entry,
    is_subheading,
    parse_bibliography,
    split_entries,
)
from purgehist.formats.text.citation_parts import CitationKind
from purgehist.formats.text.entries import (
    read_entry,
    read_titled_entry,
    split_editors,
)
from purgehist.formats.text.pages import BodyLine
from purgehist.formats.text.read import parse_text
from purgehist.formats.text.structure import heading_kind
from purgehist.model import SourceType


def _lines(*texts: str) -> list[BodyLine]:
    """Body lines numbered from 1; an empty string stands for a blank line."""
    lines: list[BodyLine] = []
    gap = 0
    for i, text in enumerate(texts):
        if not text:
            gap += 1
            continue
        lines.append(BodyLine(no=i + 1, text=text, gap=gap, page=0, page_start=False))
        gap = 0
    return lines


def _bibliography(lines: list[str]) -> list[tuple[str, str]]:
    text = "\n".join(["Some body text for the parser to read.", "", "Literatur", "", *lines])
    result = parse_text(text, file="b.txt")
    sources = {s.id: s for s in result.dataset.sources}
    return [
        (", ".join(c.name for c in sources[i].creators), sources[i].title)
        for i in result.dataset.documents[0].bibliography
    ]


FIELDS = ("title", "container", "volume", "issue", "place", "publisher", "year", "pages")


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


def test_repeated_author_dashes() -> None:
    read = read_entry("———. Origins of the Great Purges. Cambridge: CUP, 1985.", "Getty, J. Arch")
    assert read is not None
    assert [n.surname for n in read[0].authors] == ["Getty"]
    assert read[0].title == "Origins of the Great Purges"


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
    ("text", "title", "editors", "place", "year"),
    [
        pytest.param(
            "Sovetskoe gosudarstvo. Sbornik dokumentov, hg. v. A. B. Petrov und C. D. Orlova,"
            " Moskva 1998.",
            "Sovetskoe gosudarstvo. Sbornik dokumentov",
            ["Petrov", "Orlova"],
            "Moskva",
            "1998",
            id="de-hg-v",
        ),
        pytest.param(
            "Partiinye dokumenty. Perepiska 1930-1935, P.Q. Ivanov e.a. (red.) (Moskou 2007).",
            "Partiinye dokumenty. Perepiska 1930-1935",
            ["Ivanov"],
            "Moskou",
            "2007",
            id="nl-red-after",
        ),
        pytest.param(
            "Сборник документов. Том первый / Сост. А. Б. Смирнов, В. Г. Кузнецов. М.: Наука,"
            " 1995.",
            "Сборник документов. Том первый",
            ["Смирнов", "Кузнецов"],
            "М.",
            "1995",
            id="ru-sost",
        ),
        pytest.param(
            "Archives of the Provinces, ed. Mary Brown and John Smith (Leeds: Northern Press,"
            " 2010).",
            "Archives of the Provinces",
            ["Brown", "Smith"],
            "Leeds",
            "2010",
            id="en-ed",
        ),
        pytest.param(
            "Dictionnaire des régions, sous la dir. de Claire Martin, Lyon, Éditions du Sud, 2003.",
            "Dictionnaire des régions",
            ["Martin"],
            "Lyon",
            "2003",
            id="fr-sous-la-dir",
        ),
        pytest.param(
            "Kolkhoznaia derevnia, vol. 3 (Moscow, 2001).",
            "Kolkhoznaia derevnia",
            [],
            "Moscow",
            "2001",
            id="en-volume-no-editor",
        ),
    ],
)
def test_entry_listed_by_title(
    text: str, title: str, editors: list[str], place: str, year: str
) -> None:
    citation = read_titled_entry(text)
    assert citation is not None
    assert citation.title == title
    assert [a.surname for a in citation.authors] == editors
    assert citation.editors is bool(editors)
    assert (citation.place, citation.year) == (place, year)


def test_volume_goes_to_its_field() -> None:
    citation = read_titled_entry("Kolkhoznaia derevnia, vol. 3 (Moscow, 2001).")
    assert citation is not None
    assert citation.volume == "3"


@pytest.mark.parametrize(
    ("lines", "count"),
    [
        pytest.param(
            (
                "Sbornik pervyi. Dokumenty, hg. v. A. B. Petrov, Moskva 1998.",
                "Sbornik vtoroi. Perepiska, hg. v. C. D. Orlova, Moskva 2001.",
                "Zeitgeschichte im Überblick. Eine sehr lange Einleitung zu den Akten der Jahre",
                "1930–1940, hg. v. E. F. Meier, Berlin 1999.",
            ),
            3,
            id="de-short-lines-end-entries",
        ),
        pytest.param(
            (
                "Bronnenuitgave een. Stukken uit het partijarchief, uitgegeven in vele delen (A",
                "2004).",
                "Bronnenuitgave twee, P.Q. Ivanov (red.) (Moskou 2007).",
            ),
            2,
            id="nl-hand-break",
        ),
        pytest.param(
            (
                "A Very Long Title of a Printed Collection of Documents That Wraps at Moscow 1937.",
                "Continued after a natural wrap, ed. Mary Brown (London, 2010).",
            ),
            1,
            id="en-natural-wrap-kept",
        ),
    ],
)
def test_entries_listed_by_title_are_told_apart(lines: tuple[str, ...], count: int) -> None:
    assert len(split_entries(_lines(*lines))) == count


def test_subtitle_and_imprint_lines_stay_with_their_entry() -> None:
    # a subtitle set on a line of its own looks like a running head, and an imprint line
    # opens with a capitalised word and ends on a year: neither opens an entry
    lines = _lines(
        "Conquest, Robert. The Great Terror.",
        "A Reassessment",
        "New York: Oxford University Press. 1990.",
        "Getty, J. Arch. The Origins of the Great Purges.",
        "Cambridge: Cambridge University Press. 1985.",
        "Primary sources",
        "Gedike, Friedrich. 1782. Ueber Dialekte. Berlin.",
    )
    assert split_entries(lines) == [
        (1, "Conquest, Robert. The Great Terror. A Reassessment New York: Oxford University "
            "Press. 1990."),
        (4, "Getty, J. Arch. The Origins of the Great Purges. Cambridge: Cambridge University "
            "Press. 1985."),
        (6, "Primary sources"),
        (7, "Gedike, Friedrich. 1782. Ueber Dialekte. Berlin."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "rest", "editors"),
    [
        pytest.param("The Peasant Question, ed. Mary Brown", "The Peasant Question", ["Brown"],
                     id="en-ed"),
        pytest.param("Akten der Partei, hg. v. H. P. Weber u. a.", "Akten der Partei", ["Weber"],
                     id="de-hg"),
        pytest.param("Brieven, J.K. de Vries en P. Smit (red.)", "Brieven", ["Vries", "Smit"],
                     id="nl-red"),
        pytest.param("Les archives, sous la dir. de Paul Martin", "Les archives", ["Martin"],
                     id="fr-dir"),
        pytest.param("The Peasant Question in Europe", "The Peasant Question in Europe", [],
                     id="none"),
    ],
)  # fmt: skip
def test_split_editors(title: str, rest: str, editors: list[str]) -> None:
    got_title, names = split_editors(title)
    assert got_title == rest
    assert [n.surname.split()[-1] for n in names] == editors


@pytest.mark.parametrize(
    ("heading", "line", "title"),
    [
        pytest.param("Archival sources", "GARF, f. 5446, op. 1 (Council of Ministers)",
                     "Council of Ministers", id="en"),
        pytest.param("Archivalien", "RGASPI, f. 82, op. 2 (Bestand Molotov)", "Bestand Molotov",
                     id="de"),
        pytest.param("Archiefbronnen", "Nationaal Archief, Den Haag, collectie Smit",
                     "Nationaal Archief, Den Haag, collectie Smit", id="nl-no-signature"),
        pytest.param("Sources d'archives", "Archives nationales, fonds Martin, carton 12",
                     "Archives nationales, fonds Martin, carton 12", id="fr-no-signature"),
        pytest.param("Literature", "RGASPI, f. 558, op. 11 (Stalin papers)", "Stalin papers",
                     id="shape-without-heading"),
    ],
)  # fmt: skip
def test_archival_entries(heading: str, line: str, title: str) -> None:
    entries = parse_bibliography(_lines(heading, "", line))
    assert len(entries) == 1
    citation = entries[0].citation
    assert citation.kind == CitationKind.ARCHIVAL
    assert citation.title == title


def test_archival_entry_keeps_the_signature() -> None:
    citation = archival_entry("RGASPI, f. 17, op. 3 (Politburo protocols)", in_archive_part=False)
    assert citation is not None
    assert citation.locator == "RGASPI f. 17, op. 3"


def test_book_outside_archives_is_no_archival_entry() -> None:
    assert (
        archival_entry("Smith, John. Archives and Power. London, 2001.", in_archive_part=False)
        is None
    )


def test_archival_entry_becomes_a_listed_archival_source() -> None:
    from purgehist.formats.text.read import parse_text

    text = (
        "Body text with a note.1\n\n_______________\n1 Smith, Archives and Power, 4.\n\n"
        "Bibliography\n\nArchives\n\nRGASPI, f. 17, op. 3 (Politburo protocols)\n\n"
        "Printed works\n\nSmith, John. Archives and Power. London, 2001.\n"
    )
    dataset = parse_text(text, file="t.txt").dataset
    listed = set(dataset.documents[0].bibliography)
    kinds = {s.title: s.type for s in dataset.sources if s.id in listed}
    assert kinds.get("Politburo protocols") == SourceType.ARCHIVAL


def test_author_year_entries_without_indents_keep_their_titles_extents_and_imprints() -> None:
    # names and year alone on a line, the book's extent ("312 pp."), and a chapter's pages
    # before the book's imprint: none of them ends an entry or opens one
    lines = _lines(
        "Albrecht, Jörn. 2013. Übersetzung und Linguistik. Tübingen: Narr. 312 pp.",
        "Allen, Jeffrey. 2003. Post-editing. Amsterdam: John Benjamins.",
        "Boyd, Michael S. 2016. Who is Joe the plumber? In Claudio Bendazzoli (eds.),",
        "Addressing methodological challenges in interpreting studies research, 197–224.",
        "Newcastle upon Tyne: Cambridge Scholars Publishing.",
        "Di Giambattista, Lorella, Viviana Di Felice, Luca Briasco & Letizia Formosa. 2015.",
        "Le politiche dell’Unione europea in materia di controlli alle frontiere. Roma.",
        "Diriker, Ebru. 2004. De-/Re-contextualizing conference interpreting. Amsterdam:",
        "John Benjamins.",
    )
    assert [no for no, _ in split_entries(lines)] == [1, 2, 3, 6, 8]


def test_entries_opening_with_letters_beyond_latin_1_open_entries_of_their_own() -> None:
    lines = _lines(
        "Culy, Christopher. 1990. The syntax and semantics of internally headed relative",
        "clauses. Stanford: Stanford University. (Doctoral dissertation).",
        "Čulo, Oliver & Jean Nitzke. 2016. Patterns of terminological variation in post-",
        "editing. Baltic Journal of Modern Computing 4(2). 106–114.",
        "Łukasiewicz, Jan. 1951. Aristotle’s syllogistic. Oxford: Clarendon Press.",
        "Šmilauer, Vladimír. 1947. Novočeská skladba. Praha: Ing. Mikuta.",
    )
    assert [no for no, _ in split_entries(lines)] == [1, 3, 5, 6]


def test_entries_without_indents_after_an_initial_or_an_editors_mark_are_told_apart() -> None:
    # plain pdftotext keeps no hanging indents: an entry ending on an initial ("Raphelengi
    # F.", "P.U.L.") or a comma is complete when names and year open the next line, as they
    # open the entry above; names marked as editors before the year, alone on their line,
    # leave the title to the next line
    lines = _lines(
        "Merula, Paul[l]us. 1605. Cosmographiae generalis libri tres. Lugduni Batauorum: ex "
        "officina Plantiniana Raphelengi F.",
        "Metzler, Johannes. 1529. Primae grammatices Graecae partis rudimenta. Haganoae:",
        "per Ioannem Secerium.",
        "Keaney, J. J., Robert Lamberton, J. J. Keaney & Robert Lamberton (eds.). 1996.",
        "Essay on the life and poetry of Homer (American Classical Studies 40). Atlanta:",
        "Scholars Press.",
        "Muller, Jean-Claude. 1984. Saumaise, Monboddo, Adelung. In Sylvain Auroux (eds.),",
        "Matériaux pour une histoire des théories linguistiques, 389–396. Lille: Université de "
        "Lille III, diffusion P.U.L.",
        "Nuti, Erika. 2013. Reconsidering Renaissance Greek grammars through the case",
        "of Chrysoloras’ Erotemata. Greek, Roman, and Byzantine Studies 53(1). 240–",
        "268.",
        "Oecolampadius, Johannes. 1518. Dragmata Graecae literaturae. Basileae: apud A.",
        "Cratandrum.",
        "Pavlović, Nataša & Kristian Jensen. 2009. Eye tracking translation directionality. In",
        "Anthony Pym (ed.), Translation research projects 2, 93–109. Tarragona: Intercultural",
        "Studies Group,",
        "Poole, Alex & Linden J. Ball. 2005. Eye tracking in human-computer interaction.",
    )
    assert [no for no, _ in split_entries(lines)] == [1, 2, 4, 7, 9, 12, 14, 17]
