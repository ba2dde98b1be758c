"""General rules added after the fourth held-out evaluation: entries listed by title (editions,
collections) with their editors, archival holdings in the bibliography, back-references with an
author, ``Ders.``/``Dies.``/``---.`` before a new work, MLA names with an initial, relative
clauses after a cited name, and editors named after a title."""

from __future__ import annotations

import pytest

from purgehist.formats.text.bibliography import (
    archival_entry,
    parse_bibliography,
    split_entries,
)
from purgehist.formats.text.citation_parts import CitationKind
from purgehist.formats.text.entries import read_mla_note, read_titled_entry, split_editors
from purgehist.formats.text.note_citations import parse_note, strip_lead_in
from purgehist.formats.text.pages import BodyLine
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


# --- entries listed by title --------------------------------------------------------------------


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


# --- archival holdings in the bibliography ------------------------------------------------------


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
    listed = [dataset.get(i) for i in dataset.documents[0].bibliography]
    kinds = {s.title: s.type for s in listed}
    assert kinds.get("Politburo protocols") == SourceType.ARCHIVAL


# --- back-references with an author ------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "author", "locator"),
    [
        pytest.param("Vgl. ook Van Dijk, a.w., blz. 33.", "Van Dijk", "blz. 33", id="nl-aw"),
        pytest.param("Zie daarover bij Jansen, t.a.p., 12.", "Jansen", "12", id="nl-tap"),
        pytest.param("So schon vgl. Meier, a.a.O., S. 7.", "Meier", "S. 7", id="de-aao"),
        pytest.param("On this point see Brown, op. cit., p. 90.", "Brown", "p. 90", id="en-opcit"),
        pytest.param("Sur la formule, voir Martin, op. cit., p. 4.", "Martin", "p. 4",
                     id="fr-opcit"),
    ],
)  # fmt: skip
def test_back_reference_with_author(note: str, author: str, locator: str) -> None:
    (citation,) = parse_note(note)
    assert citation.kind in {CitationKind.OPCIT, CitationKind.LOCCIT}
    assert citation.authors[0].surname.endswith(author.split()[-1])
    assert citation.locator == locator


# --- Ders., Dies., ---. before a new work -------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "title"),
    [
        pytest.param("Ders.: Die lange Nacht. Eine Studie, Berlin 2004, S. 9.",
                     "Die lange Nacht. Eine Studie", id="de-ders"),
        pytest.param("Dies.: Frauen im Lager, Köln 1999, S. 12–14.", "Frauen im Lager",
                     id="de-dies"),
        pytest.param("---. Rivers: A History. Oxford UP, 2012, p. 5.", "Rivers: A History",
                     id="en-dashes"),
        pytest.param("Dezelfde, De stille jaren (Utrecht 2001) 45.", "De stille jaren",
                     id="nl-dezelfde"),
    ],
)  # fmt: skip
def test_same_author_before_a_new_work(note: str, title: str) -> None:
    (citation,) = parse_note(note)
    assert citation.kind == CitationKind.IDEM
    assert citation.authors == []
    assert citation.title == title


# --- MLA names with an initial ------------------------------------------------------------------


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


# --- relative clause after a cited name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "stripped"),
    [
        pytest.param("See Brown, who argues the opposite: Mary Brown, Winters (London, 2001), 4.",
                     "Mary Brown, Winters (London, 2001), 4.", id="en-colon"),
        pytest.param("Vgl. Meier, der das anders sieht, S. 45.", "Meier, S. 45.", id="de-page"),
        pytest.param("Voir Martin, qui nuance ce point : Paul Martin, Les villes, Paris, 2000.",
                     "Paul Martin, Les villes, Paris, 2000.", id="fr-colon"),
        pytest.param("Zie Jansen, die dit betwist, blz. 8.", "Jansen, blz. 8.", id="nl-page"),
    ],
)  # fmt: skip
def test_relative_clause_after_name(note: str, stripped: str) -> None:
    assert strip_lead_in(note) == stripped


def test_relative_clause_note_names_the_work() -> None:
    (citation,) = parse_note(
        "For another reading see Brown, who stresses the towns: Mary Brown, Winters in the"
        " Provinces (London: Allen, 2001), 44."
    )
    assert citation.authors[0].surname == "Brown"
    assert citation.title == "Winters in the Provinces"


# --- editors after a title ----------------------------------------------------------------------


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
