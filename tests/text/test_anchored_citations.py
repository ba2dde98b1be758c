"""The corpus scorer on citations: a chapter or section cited is compared with its unit
(``chap. 2`` is not page 2, but is ``ch. 2`` or ``Kapitel 2``), a gold name hyphenated for
print (soft hyphens) is the name, and a title an editor gave wholly in brackets is a title."""

from __future__ import annotations

from pathlib import Path

import pytest

from purgehist.evaluation.anchored import score_anchored
from purgehist.evaluation.compare import same_locator
from purgehist.evaluation.gold import Gold, GoldCitation, GoldNote, GoldWork
from purgehist.formats.text.read import parse_text
from purgehist.model import parse_locator

_TEXT = """\
Presuppositions are a kind of implicature.1 Others disagree.2 The particle is old.3 The
etymology was discussed.4

1 Voir Potts (2005 : chap. 2).
2 Voir Potts (2005 : 2).
3 Vgl. Ormelius-Sandblom (1997: 93–94).
4 See Valckenaer (1790: 490-491).
\f\
References

Ormelius-Sandblom, Elisabet. 1997. Die Modalpartikeln ja, doch und schon. Stockholm:
  Almqvist & Wiksell.
Potts, Christopher. 2005. The logic of conventional implicatures. Oxford: Oxford University
  Press.
Valckenaer, Lodewijk Caspar. 1790. [Nota ad λέγω]. In Etymologicum linguae Graecae, 490–491.
  Trajecti ad Rhenum: Paddenburg.
"""

_WORKS = {
    "potts": GoldWork(
        key="potts",
        title="The logic of conventional implicatures",
        authors=("Potts, Christopher",),
        year="2005",
    ),
    "ormelius": GoldWork(
        key="ormelius",
        title="Die Modalpartikeln ja, doch und schon",
        authors=("Or\u00adme\u00adli\u00adus-Sand\u00adblom, Elisabet",),
        year="1997",
    ),
    "valckenaer": GoldWork(
        key="valckenaer", title="[Nota ad λέγω]", authors=("Valckenaer, L. C.",), year="1790"
    ),
}


def _note(label: str, printed: str, work: str, pages: str) -> GoldNote:
    return GoldNote(
        label=label,
        printed=(printed,),
        citations=(GoldCitation(work=work, locators=(pages,)),),
    )


def _gold(tmp_path: Path, *notes: GoldNote) -> Gold:
    """A partial gold of the paper *_TEXT* with *notes*."""
    path = tmp_path / "paper.txt"
    path.write_text(_TEXT, encoding="utf-8")
    return Gold(name="paper", text=path, notes=notes, works=_WORKS, complete=False)


def test_units_soft_hyphens_and_bracketed_titles(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        _note("1", "Voir Potts (2005 : chap. 2).", "potts", "chap. 2"),
        _note("2", "Voir Potts (2005 : 2).", "potts", "chap. 2"),  # page 2: not chapter 2
        _note("3", "Vgl. Ormelius-Sandblom (1997: 93–94).", "ormelius", "93–94"),
        _note("4", "See Valckenaer (1790: 490-491).", "valckenaer", "490–491"),
    )
    score = score_anchored(parse_text(_TEXT).dataset, gold)
    assert (score.works.right, score.works.total) == (4, 4)
    assert (score.citations.right, score.citations.total) == (3, 4)
    [miss] = [m for m in score.misses if m.measure == "pages"]
    assert "note 2" in miss.where


@pytest.mark.parametrize(
    ("printed", "gold"),
    [("S. 45 f.", "45 f."), ("45f.", "45–46"), ("217ff.", "217ff."), ("12 sqq.", "12 ff.")],
)
def test_following_pages_compare_as_the_parser_reads_them(printed: str, gold: str) -> None:
    assert same_locator(parse_locator(printed).normalised, [gold])


def test_a_unit_compares_however_it_is_abbreviated(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        _note("1", "Voir Potts (2005 : chap. 2).", "potts", "ch. 2"),
        _note("2", "Voir Potts (2005 : 2).", "potts", "chapter 2"),  # page 2 still
    )
    score = score_anchored(parse_text(_TEXT).dataset, gold)
    assert (score.citations.right, score.citations.total) == (1, 2)
    [miss] = [m for m in score.misses if m.measure == "pages"]
    assert "note 2" in miss.where


@pytest.mark.parametrize(
    ("printed", "gold", "same"),
    [
        ("chap. 7", "ch. 7", True),
        ("Kap. 3", "Kapitel 3", True),
        ("chap. 3–4", "chapitre 3-4", True),
        ("§ 4", "Abschnitt 4", True),
        ("sect. 2.1", "section 2.1", True),
        ("chap. 7", "§ 7", False),
        ("chap. 7", "7", False),
    ],
)
def test_chapters_and_sections_in_any_abbreviation(printed: str, gold: str, same: bool) -> None:
    locator = parse_locator(printed)
    assert locator.unit is not None
    assert locator.unit.value in ("chapter", "section")
    assert same_locator(locator.printed, [gold]) is same
