"""The corpus scorer's alignment of parsed notes with gold notes: a note read out of line
order (a two-column page's right column has its notes on lines above the left column's last
notes) is matched by its label and text all the same, but only near its place: a note of the
same label and text far away (a numbering that restarts, a repeated `Ibid.`) is not taken."""

from __future__ import annotations

from itertools import zip_longest
from pathlib import Path

from purgehist.evaluation.anchored import score_anchored
from purgehist.evaluation.gold import Gold, GoldNote
from purgehist.formats.text.read import parse_text

_LEFT = [
    "The first inquiries on the island were made in the",
    "winter, when the hotel was nearly empty and the",
    "roads were closed for days at a time by the snow.1",
    "The fieldworker walked a great deal, and people in",
    "the village wondered what he was doing all day and",
    "why he wrote so much in his small black notebooks.",
    "His landlady remembered him as polite but distant,",
    "a young man who kept to himself in the evenings.2",
    "Nobody thought that he would stay for long on the",
    "island, and yet he came back the next winter again.",
    "",
    "1 Interview with the hotel's owner, August 31, 1988,",
    "   with the help of her nephew.",
    "2 Letter from a neighbour to the author, August 4,",
    "   1988, and a second letter of September 1988.",
]
_RIGHT = [
    "The questions that the islanders asked about him",
    "are still asked by his readers today, and they are",
    "not easy to answer. One answer has to do with the",
    "teacher who had supervised his first thesis and who",
    "knew the anthropologists at the university abroad.3",
    "Another has to do with the money that was offered",
    "for a graduate student to teach some tutorials and",
    "to do fieldwork in the islands during two winters.",
    "He applied for it and got it, the only one of his",
    "cohort to write a thesis on a place so far away.",
    "",
    "3 Interview with a former colleague, April 1980.",
]
_NOTES = {
    "1": "Interview with the hotel's owner, August 31, 1988, with the help of her nephew.",
    "2": "Letter from a neighbour to the author, August 4, 1988, and a second letter of "
    "September 1988.",
    "3": "Interview with a former colleague, April 1980.",
}


def _page(left: list[str], right: list[str]) -> str:
    width = max(len(t) for t in left) + 8
    return "\n".join(f"{a:<{width}}{b}".rstrip() for a, b in zip_longest(left, right, fillvalue=""))


def test_a_right_columns_note_on_a_line_above_the_left_columns_last_is_matched(
    tmp_path: Path,
) -> None:
    text = _page(_LEFT, _RIGHT) + "\f"
    path = tmp_path / "columns.txt"
    path.write_text(text, encoding="utf-8")
    gold_notes = tuple(GoldNote(label=k, printed=(v,)) for k, v in _NOTES.items())
    gold = Gold(name="columns", text=path, notes=gold_notes, works={}, complete=False)
    dataset = parse_text(text, file="columns.txt").dataset
    found = {
        n.n: n.line for d in dataset.documents[0].divisions for p in d.paragraphs for n in p.notes
    }
    assert found["3"] is not None
    assert found["2"] is not None
    assert found["3"] < found["2"]
    score = score_anchored(dataset, gold)
    assert (score.recall.right, score.recall.total) == (3, 3)
    assert (score.precision.right, score.precision.total) == (3, 3)


_FILL = [
    "The survey of the district was carried out over two winters by a team of",
    "four students, who visited every farm in the valley and wrote down what the",
    "farmers told them about the harvests, the prices and the weather of the year.",
    "Their notebooks were kept in the archive of the county and are read here for",
]


def _footnoted_page(label: int, note: str, folio: int) -> str:
    body = [*_FILL[:2], _FILL[2] + str(label), _FILL[3]]
    return "\n".join([*body, "", f"{label} {note}", "", str(folio), ""])


def test_a_note_of_the_same_label_and_text_far_away_is_not_matched(tmp_path: Path) -> None:
    letters = {
        n: f"Letter of the student number {n} to his mother, county archive." for n in range(2, 14)
    }
    pages = [_footnoted_page(n, text, n + 10) for n, text in letters.items()]
    # the numbering restarts in a later chapter, whose first note repeats an earlier one
    pages.append(_footnoted_page(1, "Ibid., 45.", 30))
    text = "\f".join(pages)
    path = tmp_path / "chapters.txt"
    path.write_text(text, encoding="utf-8")
    # the gold's first note (missed: it is not in the text) reads the same as the repeat
    gold_notes = (
        GoldNote(label="1", printed=("Ibid., 45.",)),
        *(GoldNote(label=str(n), printed=(t,)) for n, t in letters.items()),
    )
    gold = Gold(name="chapters", text=path, notes=gold_notes, works={}, complete=False)
    dataset = parse_text(text, file="chapters.txt").dataset
    found = [n.n for d in dataset.documents[0].divisions for p in d.paragraphs for n in p.notes]
    assert found == [str(n) for n in range(2, 14)] + ["1"]
    score = score_anchored(dataset, gold)
    assert (score.recall.right, score.recall.total) == (12, 13)
    assert (score.precision.right, score.precision.total) == (12, 13)
