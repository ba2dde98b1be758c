"""Author–year citations of early printed books, as a history of scholarship prints them:
leaves cited by their signatures (``a.3v``, ``*.iiv``, ``)(.7v``), the recto or verso mark set
apart by the extraction (``b.4v –b.5r , 432``), lists of roman numerals, a dictionary's
headword, works published over several years, surnames with a particle inside, and authors
an editor supplied in brackets or named with ``et al.`` only."""

from __future__ import annotations

import pytest

from purgehist.formats.text.author_year import author_year_citations, read_author_year_entry
from purgehist.formats.text.read import parse_text
from purgehist.model.dataset import Dataset


@pytest.mark.parametrize(
    ("note", "cited"),
    [
        pytest.param(
            "On the poets' mixed usage, see e.g. Gottleber (1765: *.3r - *.4r ) and Nibbe "
            "(1725: b.4v –b.5r , 432).",
            [("Gottleber", "1765", "*.3r-*.4r"), ("Nibbe", "1725", "b.4v–b.5r, 432")],
            id="signatures-set-apart",
        ),
        pytest.param(
            "See e.g. Megiser (1603: )(.7v ) on vulgar Greek; Canini (1555: 12, a.3v ).",
            [("Megiser", "1603", ")(.7v"), ("Canini", "1555", "12, a.3v")],
            id="printers-mark-and-page-then-leaf",
        ),
        pytest.param(
            "Schultens (1748: lxxv–lxxvi, xcii–xciv, civ); Taylor (1996: 7–10, passim).",
            [
                ("Schultens", "1748", "lxxv–lxxvi, xcii–xciv, civ"),
                ("Taylor", "1996", "7–10, passim"),
            ],
            id="roman-list-and-passim",
        ),
        pytest.param(
            "Brinck (1615–1635: 56v ). Cf. also Rotolo (1973-1974: 91).",
            [("Brinck", "1615", "56v"), ("Rotolo", "1973", "91")],
            id="year-spans",
        ),
        pytest.param(
            "Cf. in Schultens's tracks Polier de Bottens (1739: 5).",
            [("Polier de Bottens", "1739", "5")],
            id="particle-inside-a-surname",
        ),
        pytest.param(
            "See e.g. Bullokar (1616: s.v. “dialect”) and Blank (1996: 7).",
            [("Bullokar", "1616", "s.v. “dialect”"), ("Blank", "1996", "7")],
            id="headword",
        ),
        pytest.param(
            "Voir Abbott (2010 : chap. 1 & 2) et Lyons (1977 : 12 et 14).",
            [("Abbott", "2010", "chap. 1 & 2"), ("Lyons", "1977", "12 et 14")],
            id="joined-by-and",
        ),
        pytest.param(
            "Vgl. Lyons (1977 : 12 sqq.), Meier (2001: 3 ff.) und Müller (2000: 12, Fn. 4).",
            [
                ("Lyons", "1977", "12 sqq"),
                ("Meier", "2001", "3 ff"),
                ("Müller", "2000", "12, Fn. 4"),
            ],
            id="following-pages-set-apart-and-a-note",
        ),
        pytest.param(
            "Dowty et al. (1981, chap. 7); Müller (2000, Kap. 3).",
            [("Dowty", "1981", "chap. 7"), ("Müller", "2000", "Kap. 3")],
            id="chapter-after-a-comma",
        ),
        pytest.param(
            "This is van Dijk’s (1998: 12) model, and Roberts's (1996) account.",
            [("van Dijk", "1998", "12"), ("Roberts", "1996", None)],
            id="possessive",
        ),
        pytest.param(
            "Thurmair (1989): halt, eben; Dittmar (2000: eben).",
            [("Thurmair", "1989", None), ("Dittmar", "2000", None)],
            id="a-word-discussed-is-no-page",
        ),
    ],
)
def test_pages_of_author_year_citations(
    note: str, cited: list[tuple[str, str, str | None]]
) -> None:
    found = author_year_citations(note)
    assert [(" ".join(a.surname for a in c.authors), c.year, c.locator) for c in found] == cited


@pytest.mark.parametrize(
    ("entry", "surnames", "et_al"),
    [
        pytest.param(
            "Polier de Bottens, Antoine-Noé [auctor et defendens]. 1739. Dissertatio "
            "philologica. Lausanne: Bousquet.",
            ["Polier de Bottens"],
            False,
            id="role-in-brackets",
        ),
        pytest.param(
            "[Spieghel, Hendrik Laurensz], [Coornhert, Dirck Volckertszoon] & [Fallet, G.] "
            "1584. Twe-spraack vande Nederduitsche letterkunst. Leyden: Plantijn.",
            ["Spieghel", "Coornhert", "Fallet"],
            False,
            id="every-author-supplied",
        ),
        pytest.param(
            "[Frederick the Great]. 1780. De la littérature allemande. Berlin: Decker.",
            ["Frederick the Great"],
            False,
            id="a-name-used-whole",
        ),
        pytest.param(
            "Goodtracks, Jimm G. 1992 – present. Baxoje, Jiwere-Nyut^aji dictionary. Manuscript.",
            ["Goodtracks"],
            False,
            id="a-work-still-growing",
        ),
        pytest.param(
            "Manutius, Aldus et al. (eds.). 1496. Thesaurus cornu copiae et horti Adonidis. "
            "Venetiis: in domo Aldi Romani.",
            ["Manutius"],
            True,
            id="et-al",
        ),
    ],
)
def test_entries_with_brackets_and_et_al(entry: str, surnames: list[str], et_al: bool) -> None:
    citation = read_author_year_entry(entry)
    assert citation is not None
    assert [a.surname for a in citation.authors] == surnames
    assert citation.et_al is et_al


_BOOK = """\
The dialects were listed in a thesaurus.1 A Dutch grammar compared them with its own.2 The
king disliked German letters.3

1 John the Grammarian (Manutius et al. 1496: 236v ): a list of five dialects.
2 [Spieghel] et al. (1584: 110); Polier de Bottens (1739: 5).
3 [Frederick the Great] (1780: 6-8); Nibbe (1725: b.4v –b.5r , 432).
\f\
References

[Frederick the Great]. 1780. De la littérature allemande. A Berlin: chez G. J. Decker.
Manutius, Aldus. 1496. Aldus Manutius Basianas Romanus studiosis omnibus S. P. D. In Aldus
  Manutius et al. (eds.), Thesaurus cornu copiae et horti Adonidis, *.iir. Venetiis.
Manutius, Aldus et al. (eds.). 1496. Thesaurus cornu copiae et horti Adonidis. Venetiis: in
  domo Aldi Romani.
Nibbe, Johann Barthold. 1725. Dialectologia paradigmatica. Lipsiae: Lanckisch.
Polier de Bottens, Antoine-Noé [auctor et defendens]. 1739. Dissertatio philologica de lingua.
  Lausanne: Bousquet.
[Spieghel, Hendrik Laurensz], [Coornhert, Dirck Volckertszoon] & [Fallet, G.] 1584.
  Twe-spraack vande Nederduitsche letterkunst. Tot Leyden: by Christoffel Plantijn.
"""


def _cited(dataset: Dataset) -> dict[str, list[tuple[str, str | None]]]:
    titles = {s.id: " ".join(s.title.split()[:2]) for s in dataset.sources}
    cited: dict[str, list[tuple[str, str | None]]] = {}
    for evidence in dataset.evidence:
        pages = evidence.locator.normalised if evidence.locator else None
        title = titles.get(evidence.source or "", "?")
        cited.setdefault(str(evidence.provenance.footnote), []).append((title, pages))
    return cited


def test_bracketed_and_et_al_authors_resolve_with_their_leaves() -> None:
    cited = _cited(parse_text(_BOOK).dataset)
    assert cited == {
        "1": [("Thesaurus cornu", "236v")],
        "2": [("Twe-spraack vande", "110"), ("Dissertatio philologica", "5")],
        "3": [("De la", "6-8"), ("Dialectologia paradigmatica", "b.4v–b.5r, 432")],
    }
