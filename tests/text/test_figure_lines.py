"""A figure's or a table's lines are no notes: the numbers of a chart's axis above its
caption, or of a table's column printed one to a line, are not labels set apart from notes."""

from __future__ import annotations

import pytest

from purgehist.formats.text.figure_lines import caption, figure_numbers
from purgehist.formats.text.read import parse_text
from purgehist.model.documents import walk_paragraphs


def _notes(text: str) -> list[tuple[str, str]]:
    dataset = parse_text(text, file="book.txt").dataset
    return [
        (n.n, n.text or "")
        for p in walk_paragraphs(dataset.documents[0].divisions)
        for n in p.notes
    ]


_PLOT_PAGE_ONE = """\
The plot() function draws whatever it is given, and it guesses what kind of plot we want from
the kind of variable we give it.4 Given a numeric vector, it draws each value against its
place in the vector, which is seldom what we want but is a start.5
4 The guess is made by the class of the variable, as the chapter on objects explains.
5 The other kinds of plot take more arguments, which we come to in the next sections.

- 157 -
"""

_PLOT_PAGE_TWO = """\
So let us draw the first plot of the chapter, from the vector of six values we made above, by
typing plot( x = fibonacci ) at the prompt. The result is the plot in Figure 6.2.

{ticks}

Index

Figure 6.2: Our first plot, the six values of the vector against their places in it.

As the figure shows, plot() is a generic function, much like print() and summary(), and so
its behaviour changes with the kind of input it is given. We will see more of it below.

- 158 -
"""


@pytest.mark.parametrize(
    "ticks",
    [
        pytest.param(["6", "7", "8"], id="ticks-going-on-from-the-notes"),
        pytest.param(["8", "6", "4", "2"], id="ticks-going-down"),
    ],
)
def test_a_charts_axis_above_its_caption_holds_no_notes(ticks: list[str]) -> None:
    page_two = _PLOT_PAGE_TWO.format(ticks="\n\n".join(ticks))
    notes = _notes(_PLOT_PAGE_ONE + "\f" + page_two)
    assert [n for n, _ in notes] == ["4", "5"]


_GARDEN_PAGE_ONE = """\
A data frame holds its variables side by side, one column each, and its cases one below the
other, one row each. The garden data frame that we use in this section has three variables
and five cases,1 and we print it whole before we take it apart with square brackets.
1 The data frame comes with the package of this book, in the file of the seventh chapter.

- 213 -
"""

_GARDEN_PAGE_TWO = """\
If we ask for the third column alone, we might well expect a data frame of one variable and
five cases, since that is what the subset() command gives us. We would expect to see this:
case.1
case.2
case.3
case.4
case.5

line
1
2
5
7
9

That is not what happens. What R prints instead is this:
> garden[ , 3 ]
[1] 1 2 5 7 9

That output is no data frame at all, just a plain numeric vector holding five elements.
R has noticed that the output we asked for needs no data frame, since it holds a single
variable, and so it drops the data frame down to a simpler output, the variable alone.
This behaviour is handy once you know it, but it confuses everyone who is starting out.

- 214 -
"""


def test_a_tables_column_of_numbers_holds_no_labels() -> None:
    notes = _notes(_GARDEN_PAGE_ONE + "\f" + _GARDEN_PAGE_TWO)
    assert [n for n, _ in notes] == ["1"]


_NOTES_BELOW_A_FIGURE = """\
The survey asked the translators how often they used machine translation in their work,6
and the answers, which Figure 8.2 shows, differ less by experience than we had expected.

Figure 8.2: How often the translators use machine translation, by years of experience.

Most of them use it for some of their texts only, and few of them for none at all.7
6 The question offered five answers, from never to always, as the appendix lists them.
7 Those who never use it named the terms of their contracts as the reason most often.

- 112 -
"""


def test_notes_below_a_caption_are_read() -> None:
    notes = _notes(_GARDEN_PAGE_ONE + "\f" + _NOTES_BELOW_A_FIGURE)
    assert [n for n, _ in notes] == ["1", "6", "7"]
    assert notes[2][1].startswith("Those who never use it")


_CONSONANTS_PAGE_ONE = """\
The sounds that open words such as pass and ball are made with both lips, which close and then
open again: the voiceless bilabial plosive [p] and the voiced one [b].7 The lips are not the
only place of articulation in the front of the mouth, as the next examples show.
7 Phonology often sees this otherwise, for good reasons, as a later section explains.

97
"""

_CONSONANTS_PAGE_TWO = """\
In the first sounds of foot and wade, the upper teeth touch the lower lip. They make no
closure there, only a narrowing with friction: the voiceless and the voiced labiodental
fricatives [f] and [v]. The sounds [s] and [z] are made further back.8

8

98

m

l
n

velar

alveolar

bilabial

Table 4.1: The consonants of German

h

The sounds [s] and [z] are in fact made a little further forward, towards the teeth.
"""


def test_a_label_printed_above_a_table_keeps_its_text_below_the_caption() -> None:
    notes = _notes(_CONSONANTS_PAGE_ONE + "\f" + _CONSONANTS_PAGE_TWO)
    assert [n for n, _ in notes] == ["7", "8"]
    assert notes[1][1].endswith("a little further forward, towards the teeth.")


@pytest.mark.parametrize(
    "line",
    [
        "Figure 6.2: Our first plot",
        "Table 6.1: IEEE 802.11a PHY.",
        "Figure B.3: Experimental results",
        "   Abbildung 2.2: Einige Wörter",
        "Tableau 3 – Les formes du verbe",
    ],
)
def test_a_caption_opens_with_the_figures_name_number_and_colon(line: str) -> None:
    assert caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Figure 6.2 shows the first plot, and",
        "table 3: no capital",
        "12 Figure 3: as a note's label opens it",
    ],
)
def test_running_text_naming_a_figure_is_no_caption(line: str) -> None:
    assert not caption(line)


def test_labels_set_apart_in_order_are_no_column_of_figures() -> None:
    labels = ["Running text", "3", "4", "6", "The text of note 3."]
    assert figure_numbers(labels) == set()
    column = ["line", "1", "2", "5", "7", "9", "That output is"]
    assert figure_numbers(column) == {1, 2, 3, 4, 5}
    assert figure_numbers(["1", "1", "2", "3", "5", "8"]) == set(range(6))
    assert figure_numbers(["Residence time", "0", "20", "40"]) == {1, 2, 3}
    # a fraction or a negative number is no label: a chart's axis
    assert figure_numbers(["Post-editing", "1.5", "1", "0.5", "MPE"]) == {1, 2, 3}
    assert figure_numbers(["placebo", "-1", "1", "0"]) == {1, 2, 3}
    # a label alone before the page's own number, which plain pdftotext prints there
    assert (
        figure_numbers(["A reason was likely the fact that", "5", "14", "This overview"]) == set()
    )
    assert figure_numbers(["running text", "5", "14", "6"]) == set()
    # a number alone is no run
    assert figure_numbers(["text", "35", "text"]) == set()


def test_a_numbering_started_again_is_no_column_of_figures() -> None:
    # labels set apart across a part's end, numbered again from 1 in the next part
    assert figure_numbers(["Running text", "17", "18", "1", "2", "Its text."]) == set()
    assert figure_numbers(["Running text", "3", "4", "1", "2", "Its text."]) == set()
    # a second step down, or one to a number other than 1, is a column still
    assert figure_numbers(["text", "5", "1", "5", "1", "5", "text"]) == {1, 2, 3, 4, 5}
    assert figure_numbers(["text", "17", "18", "2", "3", "text"]) == {1, 2, 3, 4}
    # a table's column of indices within groups (1 2 3 of the first group, 1 2 of the next)
    assert figure_numbers(["i", "1", "2", "3", "1", "2", "grumpiness"]) == {1, 2, 3, 4, 5}


_CAPTION_BELOW_THE_NOTES = """\
So let us draw the first plot of the chapter, from the vector of six values we made above.6
The result is the plot below, and it shows that plot() is a generic function.7
As the figure shows, plot() is a generic function, much like print() and summary(), and so
its behaviour changes with the kind of input it is given. We will see more of it below.
6
The vector was made in the section on vectors, where its six values are listed.
7
Generic functions are the subject of a later chapter, on objects and their classes.
Figure 6.2: Our first plot, the six values of the vector against their places in it.

- 158 -
"""


def test_a_caption_printed_below_the_notes_keeps_them() -> None:
    notes = _notes(_PLOT_PAGE_ONE + "\f" + _CAPTION_BELOW_THE_NOTES)
    assert [n for n, _ in notes] == ["4", "5", "6", "7"]
    assert notes[2][1].startswith("The vector was made in the section on vectors")


def test_a_charts_axis_title_over_its_caption_below_the_notes_holds_no_note() -> None:
    ticks = "\n\n".join(["6", "7", "8"])
    page_two = f"""\
So let us draw the first plot of the chapter, from the vector of six values we made above.
The result is the plot below, and it shows that plot() is a generic function.

{ticks}

Position in the sequence
Figure 6.2: Our first plot, the six values of the vector against their places in it.

- 158 -
"""
    notes = _notes(_PLOT_PAGE_ONE + "\f" + page_two)
    assert [n for n, _ in notes] == ["4", "5"]
