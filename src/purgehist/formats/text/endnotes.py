"""Endnotes: notes gathered under a title (``Notes``, ``Endnotes``, ``Anmerkungen``,
``Noten``, ``Notes to chapter 3``) at the end of a chapter, a part or the book, instead of at
the foot of each page. Their markers are in the running text read since the previous notes
section; the numbering may start again for every chapter inside the section."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from purgehist.formats.text.apart_labels import apart_notes, lone_label
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.lowered_labels import lowered_labels
from purgehist.formats.text.note_areas import AreaNote, finished, glued_initial, read_label
from purgehist.formats.text.structure import heading_kind

__all__ = [
    "EndnoteSection",
    "endnotes_title",
    "ends_section",
    "section_notes",
    "title_apart",
]

# the word for notes, in the languages of the corpus and their neighbours (a lone "Note" is
# a boxed remark's heading, not a section's)
_NOTES = (
    r"(?:(?:End|Foot)[- ]?)?[Nn]otes|(?:END|FOOT)?NOTES|(?:End|Fuß)noten|(?:END|FUSS)NOTEN|"
    r"Anmerkungen|ANMERKUNGEN|Noten|NOTEN|Notas|NOTAS|Noter|NOTER|Примечания|ПРИМЕЧАНИЯ"
)
_AND = r"\s+(?i:and|&|und|et|y|e|og|en|и)\s+"
# the words a notes section's title joins to the word for notes (a journal's heading joins it
# to others: "Notes and Documents", "Notes and Queries", "Notes et documents")
_COMPANION = (
    r"(?i:references|sources|bibliography|literature|literatur|quellen|belege|références|"
    r"bibliographie|referencias|fuentes|bibliografía|bibliografia|referências|"
    r"fontes|kilder|litteratur|bronnen|literatuur|источники|литература)"
)
_TITLE = re.compile(
    rf"^\s*(?:{_NOTES}|(?:{_NOTES}){_AND}{_COMPANION}|{_COMPANION}{_AND}(?:{_NOTES})|"
    r"(?:Notes|Anmerkungen|Noten)\s+(?:to|for|zu|zum|bij|du|de)\s+.{1,60})\s*$"
)
"""A notes section's title: the word for notes alone or joined to a word for its sources
(``Notes and References``, ``Sources and Notes``), or the notes of a chapter or part."""
_SUBHEAD = re.compile(
    r"^\s*(?:(?:Notes|Anmerkungen|Noten)\s+(?:to|for|zu|zum|bij|du|de)\s+)?"
    r"(?:Chapter|Kapitel|Hoofdstuk|Chapitre|Part|Teil|Deel|Partie)\s+\S+.{0,80}$",
    re.IGNORECASE,
)
_TITLE_WIDTH = 90
"""The longest line taken for a chapter's title below its subheading in a notes section."""
_HEADING_WIDTH = 60
"""The longest numbered heading ("1 Introduction"): a labelled line longer than it that
opens a notes section's chapter is a note, wrapped before its end."""
_NOTE_ENDS = (".", ";", ")", "]", "”", '"', "?", "!")
_FURNITURE = (LineKind.RUNNING_HEAD, LineKind.PAGE_NUMBER)
_HEAD_LINES = 2
"""How many lines a page may open with before its first note overleaf a notes title: its
running head, when the front end could not tell it (plain text)."""
_APPENDIX = re.compile(
    r"^\s*(?:Appendix|Annexe?|Anhang|Bijlage)\s+(?:[A-Z]|[IVXLC]+|\d{1,2})\b\s*[:.–—-]?"
    r"(?:\s+[A-Z0-9].{0,60})?(?<![.,;])\s*$"
)
"""An appendix's heading with its letter or number (``Appendix A``, ``Appendix II Sources``,
``Anhang 1: Quellen``), not a note's line that opens with one (``Appendix B shows``)."""


@dataclass(slots=True)
class EndnoteSection:
    """A notes section being read: where the running text it annotates starts (an index into
    the body lines) and the indices of its lines; for a section with no title
    (:mod:`.unheaded_endnotes`), the label its next page must go on with."""

    body_start: int
    lines: list[int] = field(default_factory=list)
    expected: int | None = None
    """The next label of a section with no title; ``None`` under a title."""
    before: int = 0
    """The number of the last note read before a section with no title."""


def endnotes_title(text: str) -> bool:
    """Whether *text*, a line standing alone, is the title of a notes section."""
    return bool(_TITLE.match(text)) and len(text.strip()) <= 70


def ends_section(lines: Sequence[SourceLine], kept: Sequence[int], position: int) -> bool:
    """Whether line *position* of *kept* ends a notes section: a heading of the bibliography,
    or a chapter heading that running text follows (not a subheading over more notes)."""
    text = lines[kept[position]].text
    found = heading_kind(_title_cased(text))
    if found is None and _appendix_heading(lines, kept, position):
        found = ("chapter", None, text)
    if found is None or found[0] not in ("chapter", "bibliography"):
        return False
    if found[0] == "bibliography":
        return True
    following = [lines[k].text for k in kept[position + 1 :] if lines[k].text.strip()][:2]
    if not following or read_label(following[0]) is not None:
        return False
    # "Chapter 3" over its title on a line of its own, then the chapter's first note
    return not (len(following) == 2 and _subhead_title(following[0], following[1]))


def _appendix_heading(lines: Sequence[SourceLine], kept: Sequence[int], position: int) -> bool:
    """Whether line *position* of *kept* is an appendix's heading standing apart: first on its
    page or after a blank line or a finished note, and no lower-case line going on with it
    (a note's wrapped line ``Appendix A Figure 3 gives the counts for`` / ``each year.``)."""
    line = lines[kept[position]]
    if not _APPENDIX.match(line.text):
        return False
    if position > 0:
        before = lines[kept[position - 1]]
        text = before.text.strip()
        if before.page == line.page and text and not text.endswith(_NOTE_ENDS):
            return False
    after = next((lines[k].text.strip() for k in kept[position + 1 :] if lines[k].text.strip()), "")
    return not after[:1].islower()


def _subhead_title(text: str, after: str) -> bool:
    """Whether *text*, below a chapter's subheading in a notes section, is the chapter's title
    on a line of its own: short, unfinished by a stop, and *after* it a labelled line that
    reads as a note, not as the chapter's numbered first section ("1 Introduction")."""
    stripped = text.strip()
    label = read_label(after)
    return (
        len(stripped) <= _TITLE_WIDTH
        and not stripped.endswith((".", ",", ";"))
        and label is not None
        and _reads_as_note(label.rest)
    )


def _reads_as_note(rest: str) -> bool:
    """Whether *rest*, a labelled line's text after its label, reads as a note rather than a
    numbered heading: finished by a stop, or longer than a heading is set."""
    rest = rest.strip()
    return rest.endswith(_NOTE_ENDS) or len(rest) > _HEADING_WIDTH


def _title_cased(text: str) -> str:
    """*text* title-cased when it is set in capitals (``CHAPTER TWO``, ``BIBLIOGRAPHY``): a
    heading in capitals is the same heading as in title case."""
    return text.title() if text.isupper() else text


def section_notes(
    lines: Sequence[SourceLine], indices: Sequence[int], *, initials: bool = False
) -> list[AreaNote]:
    """The notes of a notes section: labelled lines in sequence, the numbering starting again
    after a finished note (a new chapter's notes), subheadings left out; with *initials*, a
    long label glued to an initial is read where the sequence calls for it
    (:func:`.note_areas.glued_initial`)."""
    if _set_apart(lines, indices):
        return _apart_notes(lines, indices)
    return _sequential_notes(lines, indices, initials=initials)


def _sequential_notes(
    lines: Sequence[SourceLine], indices: Sequence[int], *, initials: bool = False
) -> list[AreaNote]:
    notes: list[AreaNote] = []
    expected: int | None = None
    last_text = ""
    heading = False  # below a subheading, before its chapter's first note: its title
    going_on: int | None = None  # the label a chapter's notes would go on with
    for k in _labels_put_back(lines, indices):
        text = lines[k].text
        if not text.strip():
            continue
        if _SUBHEAD.match(text) and read_label(text) is None:
            # "Chapter 3": its notes start again, or go on from the last chapter's
            going_on = expected if expected is not None else going_on
            expected = None
            heading = True
            continue
        if heading and _heading_line(text, going_on):
            continue
        heading = False
        label = read_label(text) or (glued_initial(text, expected, last_text) if initials else None)
        fits = label is not None and (
            expected is None
            or label.n == expected
            or (label.n == 1 and finished(last_text))
            or (expected < label.n <= expected + 3 and finished(last_text))
        )
        if label is not None and fits:
            notes.append(AreaNote(label.n, k, head=label.rest))
            expected = label.n + 1
        elif notes:
            notes[-1].lines.append(k)
        last_text = text
    return notes


def _heading_line(text: str, going_on: int | None) -> bool:
    """Whether *text*, below a chapter's subheading and before its first note, belongs to the
    heading: the chapter's title, or a number alone that can open no chapter's notes (neither
    1 nor the label the notes before go on with), the page's number set among the heading's
    lines."""
    label = read_label(text)
    if label is None:
        return len(text.strip()) <= _TITLE_WIDTH
    return not label.rest and label.n != 1 and label.n != going_on


def _set_apart(lines: Sequence[SourceLine], indices: Sequence[int]) -> bool:
    """Whether the labels of a notes section stand apart from their texts, each between blank
    lines, as plain ``pdftotext`` prints labels set in a frame or a column of their own: then
    its reading order puts a label before, after or among the texts, and only the texts keep
    their order. Most labels are so, at least three (``-layout`` sets a label alone right
    above its text, with no blank line between)."""
    texts = [lines[k].text for k in indices]
    apart = opening = 0
    for p, text in enumerate(texts):
        label = read_label(text)
        if label is None:
            continue
        if lone_label(text) is None:
            opening += 1
            continue
        before = p == 0 or not texts[p - 1].strip()
        after = p + 1 == len(texts) or not texts[p + 1].strip()
        if before and after:
            apart += 1
    return apart >= 3 and apart > opening


def _apart_notes(lines: Sequence[SourceLine], indices: Sequence[int]) -> list[AreaNote]:
    """The notes of a section whose labels stand apart (:func:`_set_apart`), read by
    :func:`.apart_labels.apart_notes` chapter by chapter where subheadings part it."""
    notes: list[AreaNote] = []
    part: list[int] = []
    for p, k in enumerate([*indices, -1]):
        if k < 0 or _stands_as_subheading(lines, indices, p):
            found = apart_notes(lines, part)
            notes.extend(found if found is not None else _sequential_notes(lines, part))
            part = []
        else:
            part.append(k)
    return notes


def _stands_as_subheading(lines: Sequence[SourceLine], indices: Sequence[int], p: int) -> bool:
    """Whether line *p* of *indices* is a subheading (``Chapter 3``): one that opens with a
    capital below a blank line, not words of a note that begin so (``chapter 6, and``)."""
    text = lines[indices[p]].text.strip()
    if not _SUBHEAD.match(text) or read_label(text) is not None or not text[:1].isupper():
        return False
    return p == 0 or not lines[indices[p - 1]].text.strip()


def _labels_put_back(lines: Sequence[SourceLine], indices: Sequence[int]) -> list[int]:
    """*indices* with each label printed below its note's first line (:mod:`.lowered_labels`)
    put back before it."""
    order = list(indices)
    for p in lowered_labels([lines[k].text for k in order]):
        order[p - 1], order[p] = order[p], order[p - 1]
    return order


def title_apart(lines: Sequence[SourceLine], kept: Sequence[int], position: int) -> bool:
    """Whether the notes title at *position* of *kept* (indices into *lines*) stands apart:
    first on the page, after a blank line, right above a labelled note, or last on its page
    with the notes overleaf (:func:`_notes_overleaf`)."""
    if position == 0 or not lines[kept[position - 1]].text.strip():
        return True
    if position + 1 < len(kept):
        return read_label(lines[kept[position + 1]].text) is not None
    return _notes_overleaf(lines, kept[position])


def _notes_overleaf(lines: Sequence[SourceLine], title: int) -> bool:
    """Whether the page after the one whose last line is *title* opens with a labelled note
    (after its running head and page number): a chapter's ``Notes`` heading set at the foot
    of its last page, its notes on the next. A PDF has no blank line to show that the title
    stands apart from the paragraph above it, so the notes below it show it."""
    page = lines[title].page
    seen = 0
    for line in lines[title + 1 :]:
        if line.page != page + 1:
            if line.page == page:
                continue
            return False
        if not line.text.strip() or line.kind in _FURNITURE:
            continue
        label = read_label(line.text)
        if label is not None and label.rest:
            return True
        seen += 1
        if seen == _HEAD_LINES:  # a running head the front end could not tell
            return False
    return False
