"""French citation rules: imprints ``Lieu, Éditeur, année`` without brackets, surnames in
capitals (``NOM Prénom``), ``(dir.)`` and ``sous la direction de``, articles in guillemets
with ``vol.``/``no``/``n°``, chapters after ``in``, subtitles kept in the title, French
back-references, and two editions of one work kept apart."""

from __future__ import annotations

import pytest

from purgehist.formats.text.bibliography import parse_bibliography
from purgehist.formats.text.citation_parts import CitationKind, ParsedCitation
from purgehist.formats.text.note_citations import parse_note
from purgehist.formats.text.pages import BodyLine
from purgehist.formats.text.read import TextOptions, parse_text
from purgehist.formats.text.resolve import SourceIndex


def _entry(text: str) -> ParsedCitation:
    entries = parse_bibliography([BodyLine(no=1, text=text, gap=0, page=0, page_start=False)])
    assert len(entries) == 1
    return entries[0].citation


def _note(text: str) -> ParsedCitation:
    citations = parse_note(text)
    assert len(citations) == 1
    return citations[0]


def _surnames(citation: ParsedCitation) -> list[str]:
    return [name.surname for name in citation.authors]


# --- books: place, publisher and year after commas --------------------------------------------


@pytest.mark.parametrize(
    ("text", "surnames", "title", "place", "publisher", "year"),
    [
        pytest.param(
            "DUPONT Marie, La Ville ouvrière, Paris, Éditions de Minuit, 1988.",
            ["Dupont"],
            "La Ville ouvrière",
            "Paris",
            "Éditions de Minuit",
            "1988",
            id="capitals-one-author",
        ),
        pytest.param(
            "MARTIN J. Paul et LEROUX Anne B., Les Archives du village, Rennes, Presses"
            " universitaires de Rennes, 2011.",
            ["Martin", "Leroux"],
            "Les Archives du village",
            "Rennes",
            "Presses universitaires de Rennes",
            "2011",
            id="capitals-two-authors-et-initials",
        ),
        pytest.param(
            "BERNARD Louise, Les Canaux. Histoire d'un paysage, Aix-en-Provence, Presses du"
            " Midi, 2006.",
            ["Bernard"],
            "Les Canaux. Histoire d'un paysage",
            "Aix-en-Provence",
            "Presses du Midi",
            "2006",
            id="subtitle-after-full-stop-hyphenated-place",
        ),
        pytest.param(
            "GIRAUD Paul, Mémoire des ports : une enquête, New York, Harbour Books, 2013.",
            ["Giraud"],
            "Mémoire des ports : une enquête",
            "New York",
            "Harbour Books",
            "2013",
            id="subtitle-after-colon-two-word-place",
        ),
        pytest.param(
            "FABRE Hélène, Der Hafen und die Stadt. Marseille 1900, Munich, Hanser, 2004.",
            ["Fabre"],
            "Der Hafen und die Stadt. Marseille 1900",
            "Munich",
            "Hanser",
            "2004",
            id="year-inside-subtitle",
        ),
        pytest.param(
            "ROUSSEL Anne et al., Le Livre des métiers, Lyon, Fayard, 1999.",
            ["Roussel"],
            "Le Livre des métiers",
            "Lyon",
            "Fayard",
            "1999",
            id="et-al",
        ),
    ],
)
def test_french_book_entry_splits_title_and_imprint(
    text: str, surnames: list[str], title: str, place: str, publisher: str, year: str
) -> None:
    citation = _entry(text)
    assert _surnames(citation) == surnames
    assert citation.title == title
    assert (citation.place, citation.publisher, citation.year) == (place, publisher, year)


def test_capitals_entry_with_dir_marks_editors() -> None:
    citation = _entry("LAMBERT Claire (dir.), Histoire des halles, Paris, Perrin, 2002.")
    assert _surnames(citation) == ["Lambert"]
    assert citation.editors
    assert citation.title == "Histoire des halles"
    assert citation.publisher == "Perrin"


def test_capitals_entry_keeps_given_names() -> None:
    citation = _entry("MARTIN J. Paul et LEROUX Anne B., Les Archives, Paris, Seuil, 2011.")
    assert [name.given for name in citation.authors] == ["J. Paul", "Anne B."]


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher", "year", "locator"),
    [
        pytest.param(
            "Marie Dupont, La Ville ouvrière, Paris, Éditions de Minuit, 1988, p. 45.",
            "La Ville ouvrière",
            "Paris",
            "Éditions de Minuit",
            "1988",
            "p. 45",
            id="natural-order-name",
        ),
        pytest.param(
            "Louise Bernard, Les Canaux. Histoire d'un paysage, Toulouse, Privat, 2006, p. 12-14.",
            "Les Canaux. Histoire d'un paysage",
            "Toulouse",
            "Privat",
            "2006",
            "p. 12-14",
            id="subtitle-kept",
        ),
        pytest.param(
            "DUPONT Marie, La Ville ouvrière, Paris, Seuil, 1988, p. 7.",
            "La Ville ouvrière",
            "Paris",
            "Seuil",
            "1988",
            "p. 7",
            id="capitals-in-a-note",
        ),
    ],
)
def test_french_book_in_a_note(
    text: str, title: str, place: str, publisher: str, year: str, locator: str
) -> None:
    citation = _note(text)
    assert len(citation.authors) == 1
    assert citation.kind == CitationKind.FULL
    assert citation.title == title
    assert (citation.place, citation.publisher, citation.year) == (place, publisher, year)
    assert citation.locator == locator


def test_subtitle_and_a_city_is_not_read_as_a_publisher() -> None:
    citation = _note("Marie Dupont, Les Halles, un quartier, Paris, 1988, p. 3.")
    assert citation.place == "Paris"
    assert citation.publisher is None
    assert citation.year == "1988"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Claire Lambert (dir.), Histoire des halles, Paris, Perrin, 2002, p. 9.", id="dir"
        ),
        pytest.param(
            "Sous la direction de Claire Lambert, Histoire des halles, Paris, Perrin, 2002, p. 9.",
            id="sous-la-direction-de",
        ),
    ],
)
def test_editor_named_before_the_title_in_a_note(text: str) -> None:
    citation = _note(text)
    assert _surnames(citation) == ["Lambert"]
    assert citation.editors
    assert citation.title == "Histoire des halles"
    assert (citation.place, citation.publisher) == ("Paris", "Perrin")


# --- articles and chapters ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        pytest.param(
            "ROUSSEL Anne, « Les marchés couverts », Revue d'histoire urbaine, vol. 31, no 4,"
            " 2009, p. 211-236.",
            "4",
            id="no",
        ),
        pytest.param(
            "ROUSSEL Anne, « Les marchés couverts », Revue d'histoire urbaine, vol. 31, n° 2,"
            " 2009, p. 211-236.",
            "2",
            id="n-degree",
        ),
    ],
)
def test_french_article_entry(text: str, issue: str) -> None:
    citation = _entry(text)
    assert _surnames(citation) == ["Roussel"]
    assert citation.title == "Les marchés couverts"
    assert citation.container == "Revue d'histoire urbaine"
    assert (citation.volume, citation.issue, citation.year) == ("31", issue, "2009")
    assert citation.pages == "211-236"


def test_french_article_in_a_note() -> None:
    citation = _note(
        "Anne Roussel, « Les marchés couverts », Revue d'histoire urbaine, vol. 31, no 4, 2009,"
        " p. 215."
    )
    assert citation.title == "Les marchés couverts"
    assert citation.container == "Revue d'histoire urbaine"
    assert (citation.volume, citation.issue, citation.year) == ("31", "4", "2009")
    assert citation.locator == "p. 215"


def _assert_le_monde_du_port(citation: ParsedCitation) -> None:
    """The chapter « Les dockers » in *Le Monde du port* (Paris, Robert Laffont, 2001)."""
    assert citation.title == "Les dockers"
    assert citation.container == "Le Monde du port"
    assert (citation.place, citation.publisher, citation.year) == (
        "Paris",
        "Robert Laffont",
        "2001",
    )


def test_french_chapter_entry_drops_editors_from_the_book() -> None:
    citation = _entry(
        "FABRE Hélène, « Les dockers », in LAMBERT Claire et al., Le Monde du port, Paris,"
        " Robert Laffont, 2001, p. 45-98."
    )
    assert citation.in_book
    _assert_le_monde_du_port(citation)
    assert citation.pages == "45-98"


def test_french_chapter_in_a_note() -> None:
    citation = _note(
        "Hélène Fabre, « Les dockers », in Claire Lambert (dir.), Le Monde du port, Paris,"
        " Robert Laffont, 2001, p. 50."
    )
    _assert_le_monde_du_port(citation)
    assert citation.locator == "p. 50"


# --- back-references ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "same_author", "locator"),
    [
        pytest.param("Id., ibid., p. 12.", CitationKind.IBID, False, "p. 12", id="id-ibid"),
        pytest.param("Ibidem, p. 3.", CitationKind.IBID, False, "p. 3", id="ibidem"),
        pytest.param("Id., op. cit., p. 12.", CitationKind.OPCIT, True, "p. 12", id="id-op-cit"),
        pytest.param("Id., ouvr. cité, p. 8.", CitationKind.OPCIT, True, "p. 8", id="id-ouvr-cite"),
    ],
)
def test_french_back_references(text: str, kind: str, same_author: bool, locator: str) -> None:
    citation = _note(text)
    assert citation.kind == kind
    assert citation.same_author is same_author
    assert citation.locator == locator


@pytest.mark.parametrize(
    "word", [pytest.param("op. cit.", id="op-cit"), pytest.param("art. cit.", id="art-cit"),
             pytest.param("ouvr. cité", id="ouvr-cite"), pytest.param("ouv. cit.", id="ouv-cit")]
)  # fmt: skip
def test_author_before_a_french_op_cit(word: str) -> None:
    citation = _note(f"Roussel, {word}, p. 14.")
    assert citation.kind == CitationKind.OPCIT
    assert _surnames(citation) == ["Roussel"]
    assert citation.locator == "p. 14"


# --- two editions sharing a main title ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "year", "expected"),
    [
        pytest.param("The Long Winter", "1970", "first", id="short-title-first-edition"),
        pytest.param("The Long Winter: A Second Look", "1995", "second", id="longer-title"),
        pytest.param("The Long Winter: A Second Look", None, "second", id="longer-title-no-year"),
        pytest.param("The Long Winter", None, "first", id="exact-title-no-year"),
    ],
)
def test_editions_with_a_shared_main_title_stay_apart(
    title: str, year: str | None, expected: str
) -> None:
    index = SourceIndex()
    author = _entry("AUBERT Marc, The Long Winter, London, Macmillan, 1970.").authors
    first = ParsedCitation(
        kind=CitationKind.FULL, printed="", authors=author, title="The Long Winter"
    )
    first.year = "1970"
    second = ParsedCitation(
        kind=CitationKind.FULL,
        printed="",
        authors=author,
        title="The Long Winter: A Second Look",
        year="1995",
    )
    index.add("first", first, listed=True)
    index.add("second", second, listed=True)
    cited = ParsedCitation(
        kind=CitationKind.FULL, printed="", authors=author, title=title, year=year
    )
    work, _ = index.find(cited)
    assert work is not None
    assert work.source_id == expected


_MEMOIRE = """La Terreur en province

Introduction

Le premier livre a fait date.1 Sa réédition corrige des chiffres.2 Fabre le nuance.3 Elle
insiste ailleurs.4 Le premier livre y revient.5

1 Marc Aubert, The Long Winter, Londres, Macmillan, 1970, p. 12.
2 Marc Aubert, The Long Winter: A Second Look, New York, Harbour Books, 1995, p. 45.
3 Hélène Fabre, « Les dockers », in Claire Lambert et al., Le Monde du port, Paris, Laffont,
2001, p. 50.
4 Id., ibid., p. 52.
5 Aubert, The Long Winter, op. cit., p. 14.

Bibliographie

AUBERT Marc, The Long Winter, Londres, Macmillan, 1970.
AUBERT Marc, The Long Winter: A Second Look, New York, Harbour Books, 1995.
FABRE Hélène, « Les dockers », in LAMBERT Claire et al., Le Monde du port, Paris, Laffont,
    2001, p. 45-98.
"""


def test_french_memoire_resolves_each_note_to_its_edition() -> None:
    dataset = parse_text(_MEMOIRE, file="memoire.txt", options=TextOptions(language="fr")).dataset
    by_title = {source.title: source.id for source in dataset.sources}
    assert set(by_title) == {
        "The Long Winter",
        "The Long Winter: A Second Look",
        "Les dockers",
    }
    cited = [(evidence.source, evidence.locator.printed if evidence.locator else None)
             for evidence in dataset.evidence]  # fmt: skip
    assert cited == [
        (by_title["The Long Winter"], "p. 12"),
        (by_title["The Long Winter: A Second Look"], "p. 45"),
        (by_title["Les dockers"], "p. 50"),
        (by_title["Les dockers"], "p. 52"),
        (by_title["The Long Winter"], "p. 14"),
    ]
