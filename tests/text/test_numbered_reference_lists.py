"""Numbered references lists in plain text (``[1] A. Author, …`` under a references heading,
also one that pdftotext letter-spaced, ``R EFERENCES``): a bibliography whose entries are
read as numbered works, none of them taken for a footnote."""

from __future__ import annotations

from purgehist.formats.text.read import parse_text
from purgehist.formats.text.reference_lists import column_head, joined_capitals, list_follows
from purgehist.model.dataset import Dataset
from purgehist.model.documents import walk_paragraphs

_PAGE_ONE = """\
Interval plots have a long history in statistical graphics [2].1 Their uses in
dashboards were studied later [1, 3], and grammars of graphics made them composable.2
Nothing here is settled yet, and the questions of how people read them stay open.

1 Earlier surveys count them among the oldest displays.
2 Wilkinson first set the grammar out, though not for uncertainty.
"""

_PAGE_TWO = """\
The figures were made with R [4]; the code is archived with the data.

{heading}
[1] M. Allen, D. Poggiali, and R. A. Kievit. Raincloud plots: a multi-platform tool for
    robust data visualization. Wellcome Open Research, 4(63), 2019. 1, 6
[2] J. S. Ancker and J. B. Starren. Design features of graphs in health risk
    communication. Journal of the American Medical Informatics Association,
    13(6):608–618, 2006. 8
[3] E. F. Codd. The Relational Model for Database Management: Version 2. Addison-Wesley,
    Reading, MA, USA, 1990. 3
"""

_PAGE_THREE = """\
[4] G. E. Newman and B. J. Scholl. Bar graphs depicting averages are perceptually
    misinterpreted. Psychonomic Bulletin & Review, 19:601–607, 2012. 6
[5] L. Wilkinson. The Grammar of Graphics. Statistics and Computing. Springer, New York,
    2005. 1, 9
"""


def _parse(heading: str) -> Dataset:
    text = "\f".join([_PAGE_ONE, _PAGE_TWO.format(heading=heading), _PAGE_THREE])
    return parse_text(text, file="intervals.txt").dataset


def _notes(dataset: Dataset) -> list[tuple[str, str | None]]:
    return [(n.n, n.text) for p in walk_paragraphs(dataset.documents[0].divisions) for n in p.notes]


def test_letter_spaced_references_heading_makes_a_bibliography_not_notes() -> None:
    dataset = _parse("R EFERENCES")
    assert [n for n, _ in _notes(dataset)] == ["1", "2"]
    assert len(dataset.documents[0].bibliography) == 5


def test_entries_of_a_numbered_list_reach_the_numbered_works() -> None:
    dataset = _parse("R EFERENCES")
    listed = {s.id: s for s in dataset.sources if s.listed}
    assert len(listed) == 5
    # the entry's number is no part of its first author's name
    assert "allen_raincloud_2019" in listed
    assert listed["allen_raincloud_2019"].creators[0].name == "Allen, M."
    assert "The Grammar of Graphics" in {s.title for s in listed.values()}


def test_list_carried_to_the_next_page_stays_in_the_bibliography() -> None:
    dataset = _parse("B IBLIOGRAPHY")
    document = dataset.documents[0]
    assert [d.type for d in document.divisions][-1] == "bibliography"
    assert len(document.bibliography) == 5
    assert all("Wilkinson. The Grammar" not in (text or "") for _, text in _notes(dataset))


def test_letter_spaced_capitals_are_joined_only_in_capitals() -> None:
    assert joined_capitals("R EFERENCES") == "REFERENCES"
    assert joined_capitals("S ETTING THE STAGE") == "SETTING THE STAGE"
    assert joined_capitals("A note on sources") == "A note on sources"


def test_column_head_is_the_left_column_beside_another_columns_line() -> None:
    line = "R EFERENCES" + " " * 20 + "form error bars and violin plots for inferences about"
    assert column_head(line) == "R EFERENCES"
    assert column_head("Literatur        34") == "Literatur        34"


def test_list_follows_wants_entries_numbered_from_one_in_order() -> None:
    assert list_follows(["[1] A. B. Smith. Title.", "  more", "[2] C. D.", "[3] E. F."]) == 3
    assert list_follows(["1. Vgl. Müller 1990.", "3. Ebd."]) is None
    assert list_follows(["[4] A. B.", "[5] C. D.", "[6] E. F."]) is None
