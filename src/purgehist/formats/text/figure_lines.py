"""Lines of a figure or a table, which a page's notes area never holds.

A figure's or a table's caption (``Figure 6.2: Our first plot``, ``Table 6.1: IEEE 802.11a
PHY.``) stands among the running text, above the notes area at the page's foot; ``pdftotext``
prints the words and numbers of the figure next to it (a chart's ticks and axis titles, a
table's cells), one to a line, and those numbers read as note labels set apart from their
texts. Labels set apart follow one another, each the one before plus one (one label between
lost at most), and plain ``pdftotext`` may print the page's number among them; a run of
three numbers alone or more on successive lines that goes otherwise, one number aside
(``1 2 5 7 9``, ``35 51 64 50``, ``1 1 2 3 5 8``, ``2 4 6 8``), or that holds a fraction or
a negative number (``1.5 1 0.5``), is a column of figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from purgehist.formats.text.lines import SourceLine
from purgehist.formats.text.note_areas import AreaNote

__all__ = ["caption", "figure_labels", "figure_numbers"]

_CAPTION = re.compile(
    r"^\s*(?:Figure|Fig\.|Table|Tab\.|Abbildung|Abb\.|Tabelle|Tableau|Figura|Tabla|Рисунок|Рис\.|"
    r"Таблица)\s+(?:[A-Z]\.)?\d+(?:\.\d+)*[a-z]?\s*[:–—]\s+\S"
)
"""A caption's opening: the figure's name and number, then a colon or a dash."""
_NUMBER = re.compile(r"^\s*(?:(\d{1,4})|[-−]?\d*[.,]?\d+)\s*$")
"""A number alone: a whole one (group 1), which may be a label, or a figure no label is
(``0.5``, ``.53``, ``-1``)."""


_SENTENCE_END = re.compile(r"[.!?][)\]’”\"']*\s*$")
"""A line's end that ends a sentence."""


def caption(text: str) -> bool:
    """Whether *text* opens a figure's or a table's caption."""
    return _CAPTION.match(text) is not None


def figure_labels(notes: Sequence[AreaNote], lines: Sequence[SourceLine]) -> bool:
    """Whether *notes*, labels set apart from their texts, are a chart's numbers over its
    words and caption: a caption opens the text of one of them, follows words that end no
    sentence (an axis's title), or has a note after it. A caption after the last note's
    sentence is printed below the notes area, which stays."""
    for position, note in enumerate(notes):
        if note.head:
            continue
        held = [j for j, i in enumerate(note.lines) if caption(lines[i].text)]
        if held and (
            held[0] == 0
            or position < len(notes) - 1
            or not _SENTENCE_END.search(lines[note.lines[held[0] - 1]].text)
        ):
            return True
    return False


def figure_numbers(texts: Sequence[str]) -> set[int]:
    """The positions in *texts* (a page's non-blank lines) of the numbers alone that stand
    in a run of three or more on successive lines not numbered as labels are, or holding a
    figure that is no label (a fraction, a negative number)."""
    found: set[int] = set()
    run: list[tuple[int, int | None]] = []
    for position, text in enumerate((*texts, "")):
        if match := _NUMBER.match(text):
            run.append((position, int(match[1]) if match[1] else None))
            continue
        whole = [n for _, n in run if n is not None]
        if len(run) >= 3 and (len(whole) < len(run) or not _labels_and_a_stray(whole)):
            found.update(p for p, _ in run)
        run = []
    return found


def _labels_and_a_stray(numbers: list[int]) -> bool:
    """Whether *numbers* are labels in order, but for one stray number at most (the page's
    own number, which plain ``pdftotext`` may print among them). They may start again at 1
    once, after labels carried on from an earlier page (a numbering by part or chapter,
    ``17 18 1 2``); a run that holds 1 twice (``1 2 3 1 2``) is a column of figures."""
    restart = numbers.count(1) == 1
    return any(
        _in_label_order([*numbers[:k], *numbers[k + 1 :]], restart) for k in range(len(numbers))
    ) or _in_label_order(numbers, restart)


def _in_label_order(numbers: list[int], restart: bool) -> bool:
    """Whether *numbers* go up one at a time (one label between lost at most), or start
    again at 1 once where *restart* allows it."""
    steps = [b - a for a, b in pairwise(numbers) if not (restart and b == 1 and a > 1)]
    if len(steps) < len(numbers) - 2:
        return False
    return all(step in (1, 2) for step in steps) and steps.count(2) <= 1
