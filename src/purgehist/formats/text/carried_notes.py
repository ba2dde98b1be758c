"""The rest of a note carried on at the foot of the next page's running text.

A note that does not fit its page goes on at the foot of the next, above that page's own
notes. Its rest is set off from the running text above it by a blank line, or, in plain
``pdftotext`` output, which sets no blank line there, told by the width of its lines: notes are
set in smaller type, so their full lines hold more characters than the running text's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from purgehist.formats.text.lines import indent
from purgehist.formats.text.trailing_labels import note_wide

__all__ = ["carried_start", "opens_paragraph"]

_SET_OFF = 4
"""How many lines a rest set off by a blank line may have at most."""
_PARAGRAPH = 2
"""How many characters further in than the running lines a paragraph's first line starts."""


def carried_start(texts: Sequence[str], width: float) -> int | None:
    """Where the lines at the foot of *texts* (a page's running text over its notes area) that
    carry on a note start: as wide as a note's lines and wider than the running lines above
    them, or set off by a blank line; ``None`` when there are none."""
    start = wide_foot(texts, width)
    if start is not None:
        return start
    end = start = len(texts)
    while start > 0 and texts[start - 1].strip() and end - start < _SET_OFF:
        start -= 1
    if start == end or start == 0 or texts[start - 1].strip():
        return None
    return start


def opens_paragraph(
    line: str,
    note_lines: Sequence[str],
    running: Sequence[str],
    *,
    below: Sequence[str] = (),
    margins: Collection[int] = (),
) -> bool:
    """Whether *line*, the first of the lines that would carry on an unfinished note whose
    lines below its first are *note_lines*, opens a paragraph of running text instead: it
    starts with a capital letter, indented past the running lines (*running*) and past
    every line of the note. A note broken off in mid-sentence (its last words a link, with no
    stop) goes on in mid-sentence, at its own margin.

    That margin is the one of the page the rest is on: facing pages set their text a few
    columns apart, so the note's lines on the page before may stand further in. A rest whose
    next line (the first of *below*) keeps *line*'s margin, one of the page's own notes'
    text *margins*, is a note's, not a paragraph's, whose next line goes back out."""
    text = line.lstrip()
    if not text or not text[0].isupper():
        return False
    if indent(line) in margins and _keeps_margin(line, below):
        return False
    indents = [indent(t) for t in [*running, *note_lines] if t.strip()]
    return (
        bool(indents)
        and indent(line) >= min(indents) + _PARAGRAPH
        and all(abs(indent(line) - indent(t)) > 1 for t in note_lines if t.strip())
    )


def _keeps_margin(line: str, below: Sequence[str]) -> bool:
    """Whether the first line of *below* that is not blank starts where *line* does."""
    following = next((t for t in below if t.strip()), None)
    return following is not None and indent(following) == indent(line)


def wide_foot(texts: Sequence[str], width: float) -> int | None:
    """Where the lines at the foot of *texts* as wide as a note's start, two at least (the
    last may be short, as a note's last line is), below running lines; ``None`` when there
    are none or the *width* of a running line is not known."""
    if not texts or not texts[-1].strip() or not width:
        return None
    end = len(texts) - (not note_wide(texts[-1], width))
    start = end
    while start > 0 and note_wide(texts[start - 1], width):
        start -= 1
    return start if 0 < start < end - 1 else None
