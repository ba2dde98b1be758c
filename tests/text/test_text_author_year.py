"""Entries of an author–year references list (names, year and title read from the entry) and
the pages of the citations that point at them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from purgehist.formats.text.author_year import author_year_citations, read_author_year_entry


@pytest.mark.parametrize(
    ("entry", "surnames", "given", "title"),
    [
        pytest.param(
            "Haverkamp, J. B. 1967. Dutch views of Frisian dialects. Transactions of the "
            "Philological Society 66. 62–76.",
            ["Haverkamp"],
            "J. B",
            "Dutch views of Frisian dialects",
            id="given-names-in-initials",
        ),
        pytest.param(
            "de Wit, Henk J. 1980. De studie van het Oude Testament aan de universiteiten. "
            "Amsterdam: Noord-Holland.",
            ["de Wit"],
            "Henk J",
            "De studie van het Oude Testament aan de universiteiten",
            id="particle",
        ),
        pytest.param(
            "Brandt, Ruth & K. L. Vos. 2001. Ports and their clerks. Leiden: Brill.",
            ["Brandt", "Vos"],
            "Ruth",
            "Ports and their clerks",
            id="two-authors",
        ),
        pytest.param(
            "Meyer, A. B. C. 1991b. Logic and the port records. Vol. 2: The ledgers. "
            "Chicago: University Press.",
            ["Meyer"],
            "A. B. C",
            "Logic and the port records. Vol. 2: The ledgers",
            id="volume-belongs-to-the-title",
        ),
        pytest.param(
            "Abellán, José Luis y Antonio Monclús. 1989. El pensamiento español contemporáneo "
            "y la idea de América. Barcelona: Anthropos.",
            ["Abellán", "Monclús"],
            "José Luis",
            "El pensamiento español contemporáneo y la idea de América",
            id="names-joined-by-y",
        ),
        pytest.param(
            "Hogg, R. V., McKean, J. V., & Craig, A. T. (2005). Introduction to mathematical "
            "statistics (6th ed.). Upper Saddle River, NJ: Pearson.",
            ["Hogg", "McKean", "Craig"],
            "R. V.",
            "Introduction to mathematical statistics (6th ed.)",
            id="apa-every-name-inverted",
        ),
        pytest.param(
            "Long, J. S., & Ervin, L. H. (2000). Using heteroscedasticity consistent standard "
            "errors in the linear regression model. The American Statistician, 54, 217–224.",
            ["Long", "Ervin"],
            "J. S.",
            "Using heteroscedasticity consistent standard errors in the linear regression model",
            id="apa-two-names",
        ),
    ],
)
def test_author_year_entries(entry: str, surnames: list[str], given: str, title: str) -> None:
    citation = read_author_year_entry(entry)
    assert citation is not None
    assert [a.surname for a in citation.authors] == surnames
    assert citation.authors[0].given == given
    assert citation.title == title


@pytest.mark.parametrize(
    ("note", "cited"),
    [
        pytest.param(
            "Getty (1985: 38 and 1993) reads the purges as a struggle of centre and periphery.",
            [("Getty", "1985", "38"), ("Getty", "1993", None)],
            id="year-after-and",
        ),
        pytest.param(
            "See Getty (1985: 38–40 and 112) and Rittersporn (1991: 12, 1993: 7).",
            [("Getty", "1985", "38–40 and 112"), ("Rittersporn", "1991", "12"),
             ("Rittersporn", "1993", "7")],
            id="pages-after-and-years-after-a-comma",
        ),
        pytest.param(
            "The particle is glossed by Weber (1999: mild) and by Thurmair (1989: civil); the "
            "full list is in Müller (2005: xiv, 12).",
            [("Weber", "1999", None), ("Thurmair", "1989", None), ("Müller", "2005", "xiv, 12")],
            id="words-are-no-roman-numerals",
        ),
        pytest.param(
            "The preface of Harles (1778: xxiiii–xxv) lists the grammars.",
            [("Harles", "1778", "xxiiii–xxv")],
            id="four-written-iiii",
        ),
        pytest.param(
            "See Chambers (1728: i.203, 3rd sequence of pagination); Rhenius (1626: 5, second "
            "pagination sequence); Walper (1589: 11, 37).",
            [("Chambers", "1728", "i.203, 3rd sequence of pagination"),
             ("Rhenius", "1626", "5, second pagination sequence"), ("Walper", "1589", "11, 37")],
            id="which-pagination",
        ),
        pytest.param(
            "Hosius (1560: 158r –158v ); Högström (1748: 77 – I refer to the German translation, "
            "published in 1746/1747); Maier (1990: 12 – 14).",
            [("Hosius", "1560", "158r–158v"), ("Högström", "1748", "77"),
             ("Maier", "1990", "12–14")],
            id="a-dash-before-a-comment-ends-the-pages",
        ),
        pytest.param(
            "For Saxon, see Casaubon (1650: 139; 190). Cf. (Smith 1990: 12; 1995: 3).",
            [("Casaubon", "1650", "139; 190"), ("Smith", "1990", "12"), ("Smith", "1995", "3")],
            id="more-pages-after-a-semicolon-but-not-a-year",
        ),
        pytest.param(
            "The article is d’Alembert’s (1751: 12), as Marineo des Bottens (1530: 4) noted.",
            [("d’Alembert", "1751", "12"), ("Marineo des Bottens", "1530", "4")],
            id="particles-before-and-inside-a-surname",
        ),
        pytest.param(
            "Rabbit is mentioned in Deloria (1932: F831, F843, F844 and F847). Of these works "
            "F831 and F844 include determined expressions.",
            [("Deloria", "1932", "F831, F843, F844 and F847")],
            id="numbered-texts-after-and",
        ),
        pytest.param(
            "See IEEE (2012a, Table 8-3) and Dowty et al. (1981, chap. 7); Kay (2020, Figure 2).",
            [("IEEE", "2012", "Table 8-3"), ("Dowty", "1981", "chap. 7"),
             ("Kay", "2020", "Figure 2")],
            id="a-table-or-figure-after-a-comma",
        ),
        pytest.param(
            "See e.g. Da Ponte (1501: [i]) and Tavoni (1986: 223).",
            [("Da Ponte", "1501", "i"), ("Tavoni", "1986", "223")],
            id="a-page-numbered-by-an-editor-in-brackets",
        ),
    ],
)  # fmt: skip
def test_pages_of_author_year_citations(
    note: str, cited: list[tuple[str, str, str | None]]
) -> None:
    found = author_year_citations(note)
    assert [(c.authors[0].surname, c.year, c.locator) for c in found] == cited


def _listed(*works: tuple[str, str]) -> Callable[[str, str], bool]:
    """A references list's ``has_work``: whether a surname has a listed work of a year."""
    return lambda surname, year: (surname, year) in works


@pytest.mark.parametrize(
    ("note", "works", "cited"),
    [
        pytest.param(
            "Ormelius-Sandbloms Ausführungen (1997: 93–94) kommen dem Kritikpunkt nach.",
            [("Ormelius-Sandblom", "1997")],
            [("Ormelius-Sandblom", "1997", "93–94")],
            id="de-genitive-before-a-noun",
        ),
        pytest.param(
            "Dorsey’s manuscripts (1890) gave the male declaratives by tribe.",
            [("Dorsey", "1890")],
            [("Dorsey", "1890", None)],
            id="en-possessive-before-a-noun",
        ),
        pytest.param(
            "Coniglio (2011: 98) geht davon aus, dass MPn nicht übereinander Skopus nehmen. "
            "In Kombinationen bilden sie komplexe Cluster (vgl. 2011: 119).",
            [("Coniglio", "2011")],
            [("Coniglio", "2011", "98"), ("Coniglio", "2011", "119")],
            id="de-bare-year-after-vgl-repeats-the-work",
        ),
        pytest.param(
            "Weber (2004: 3) disagrees. The clusters are complex (cf. 2011: 119).",
            [("Weber", "2004")],
            [("Weber", "2004", "3")],
            id="bare-year-of-another-year-is-not-guessed",
        ),
    ],
)  # fmt: skip
def test_citations_named_around_the_year(
    note: str, works: list[tuple[str, str]], cited: list[tuple[str, str, str | None]]
) -> None:
    found = author_year_citations(note, _listed(*works))
    assert [(c.authors[0].surname, c.year, c.locator) for c in found] == cited


def test_undated_works_told_apart_by_bracketed_letters_are_each_cited() -> None:
    note = "See the websites by Foster (2009; n.d.[a],[b],[c]) and Ramey’s (n.d.) website."
    found = author_year_citations(note)
    assert [(c.authors[0].surname, c.year_label) for c in found] == [
        ("Foster", "2009"),
        ("Foster", "n.d. a"),
        ("Foster", "n.d. b"),
        ("Foster", "n.d. c"),
        ("Ramey", "n.d."),
    ]


def test_pages_inside_square_brackets_leave_the_bracket_out() -> None:
    note = "(etwa Relativsätze, Fragesätze [zur Forschungslage vgl. Brandt 1994: 118–121])."
    (found,) = author_year_citations(note)
    assert found.locator == "118–121"
