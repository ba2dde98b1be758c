"""Two-column pages of ``pdftotext -layout`` text: each column read on its own, so that the
notes at the foot of a column are found under that column's running text."""

from __future__ import annotations

from itertools import zip_longest

from purgehist.formats.text.columns import gutter
from purgehist.formats.text.read import parse_text
from purgehist.model import Division
from purgehist.model.documents import walk_paragraphs

_LEFT = [
    "The grammar of graphics is ubiquitous, providing",
    "the foundation for a variety of popular tools and",
    "toolkits. Yet support for uncertainty visualization",
    "in the grammar of graphics, beyond simple intervals,",
    "has been lacking for most of its history.1 Here I",
    "describe how uncertainty can be brought into it with",
    "a few new geometries and a small set of aesthetics,",
    "and what building such a toolkit taught me about the",
    "grammar itself and the people who use it every day.",
    "",
    "  1 Most tools offer error bars and little else,",
    "which say nothing of the shape of a distribution.",
    "",
]
_RIGHT = [
    "Distributions are the natural thing to visualize",
    "when what we have is a model's estimate of some",
    "quantity together with its uncertainty. Densities,",
    "intervals, dotplots and gradients all show a part",
    "of the same distribution, and a toolkit should let",
    "its users move between them with little effort.2",
    "That is the aim of the geometries described here,",
    "and of the stats that compute what they show from",
    "draws, from analytical forms, or from sample data.",
    "Each of these is a function of the distribution,",
    "and the same few aesthetics map its parts, which",
    "keeps the notation short. Nothing else is needed.",
    "",
    "  2 Switching a geometry should not mean new data.",
]
_GUTTER = 8


def _page(left: list[str], right: list[str]) -> str:
    width = max(len(t) for t in left) + _GUTTER
    return "\n".join(f"{a:<{width}}{b}".rstrip() for a, b in zip_longest(left, right, fillvalue=""))


def _notes(divisions: tuple[Division, ...]) -> dict[str, str | None]:
    return {n.n: n.text for p in walk_paragraphs(divisions) for n in p.notes}


def test_notes_at_the_foot_of_each_column_are_found_with_their_own_text() -> None:
    page = _page(_LEFT, _RIGHT)
    text = page + "\f" + page.replace("1", "3").replace("2", "4")
    dataset = parse_text(text, file="a.txt").dataset
    notes = _notes(dataset.documents[0].divisions)
    assert notes["1"] == (
        "Most tools offer error bars and little else, which say nothing of the shape of a "
        "distribution."
    )
    assert notes["2"] == "Switching a geometry should not mean new data."
    assert notes["4"] == "Switching a geometry should not mean new data."


def test_running_text_reads_the_left_column_before_the_right() -> None:
    page = _page(_LEFT, _RIGHT)
    dataset = parse_text(page + "\f" + page, file="a.txt").dataset
    text = " ".join(p.text for d in dataset.documents[0].divisions for p in d.paragraphs)
    assert "has been lacking for most of its history. Here I describe how" in text
    assert text.index("every day.") < text.index("Distributions are")
    assert "keeps the notation short. Nothing else is needed." in text


def test_gutter_found_between_columns_not_in_a_single_column() -> None:
    page = _page(_LEFT, _RIGHT).split("\n")
    assert gutter(page) is not None
    single = [a + " " + b for a, b in zip_longest(_LEFT, _RIGHT, fillvalue="")]
    assert gutter(single) is None
