"""Notes labelled with letters or roman numerals: their own sequence beside the numbered notes.

A table's notes (``a``, ``b``, ``c`` under the table, their markers in its cells: ``1789a``,
``19c``), an edition's apparatus beside the author's numbered notes, and the notes of a preface
numbered ``i``, ``ii``, ``iii`` are labelled apart from the document's numbered notes, and
their numbering never disturbs it. A letter sequence starts at ``a`` wherever it appears (each
table has its own); a roman one at ``i`` or where the last one read stopped (the notes of a
preface run on over its pages).

A line opening with ``a`` is most often running text (``a new approach …``), so a run of
labelled lines is taken for notes only when the page shows it: the run's markers stand in the
running text above it in a form no word takes (glued to a figure or to closing punctuation,
``1965)b``, ``dialects”.a``, or as a superscript letter), for half of its labels at least; or
it has two labels or more, each alone on its line above its text, as ``pdftotext -layout``
prints a raised label; or the PDF front end saw its labels raised. A lone label before a
lower-case word is running text's article or preposition (``a la ciudad``, ``i cittadini``)
whatever marker stands above it, unless the PDF front end saw it raised. The lines of the notes
taken are blanked before the numbered notes are read, so they are never read as a numbered
note's text, and put back as notes of their own with their markers afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby

from purgehist.formats.text.footnotes import LETTERED, Marker, RawNote
from purgehist.formats.text.lines import LineKind, SourceLine
from purgehist.formats.text.marker_search import markers_in_order
from purgehist.formats.text.pages import BodyLine, Layout
from purgehist.formats.text.symbol_notes import symbol_ordinal

__all__ = [
    "LetteredNote",
    "add_lettered",
    "find_lettered_markers",
    "label_ordinal",
    "letter_label",
    "lettered_notes",
    "roman_value",
]

_LABEL = re.compile(r"^\s*(?P<label>[a-z]|[ivx]{1,6})(?:\s+(?P<rest>\S.*?))?\s*$")
_ROMAN = re.compile(r"^x{0,3}(?:ix|iv|v?i{0,3})$")
_SUPERSCRIPT_LETTERS = dict(
    zip("abcdefghijklmnoprstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", strict=True)
)
_EXAMPLE = re.compile(r"[(\[]\d{1,3}$|(?:[^\W\d_]\.?,?\s|[(\[;,]\s?)\d{4}$")
"""A letter after a bracketed number is a numbered example's part (``(12a)``), and after a
year that follows a name or opens a bracket it tells apart one author's works of that year
(``Marsh 1998a``, ``(1998a: 12)``): neither is a marker."""
_OPENING = re.compile(r"\s*(?:[^\W_]|[(\[“„«‘\"'])")
_WORDLIKE = re.compile(r"[^\W\d_]{2}|\d{2}")
_ENDED = re.compile(r"[.!?)\]”’\"»]\s*$")
"""A line that ends a sentence: where no blank line sets a document's notes off from the
running text after them (the PDF front end's lines have none), the lines after it are running
text again."""
_TEXT_LINES = 8
"""How many lines a lettered note's text may take (a table's notes are short)."""
_SHARE = 0.5
"""The share of a run's labels whose markers must be found in a sure form."""


@dataclass(slots=True)
class LetteredNote:
    """A note labelled with a letter or a roman numeral: its label, the index (into the
    source lines) of its label's line and of the lines of its text."""

    label: str
    first: int
    lines: list[int] = field(default_factory=list)
    head: str = ""
    """The text on the label's own line."""
    roman: bool = False
    """Whether its run is labelled with roman numerals (else with letters)."""


def _prose(text: str) -> bool:
    """Whether *text* reads as a note's words, not a formula's symbols: it opens with a letter,
    a figure or an opening bracket or quotation mark, and half of its tokens at least hold a
    word or a figure (two letters or digits in a row)."""
    tokens = text.split()
    words = sum(1 for token in tokens if _WORDLIKE.search(token))
    return _OPENING.match(text) is not None and words > 0 and 2 * words >= len(tokens)


def roman_value(text: str) -> int | None:
    """The value of a lower-case roman numeral up to 39, else ``None``."""
    if not text or _ROMAN.match(text) is None:
        return None
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for k, char in enumerate(text):
        value = values[char]
        total += -value if k + 1 < len(text) and values[text[k + 1]] > value else value
    return total


def label_ordinal(label: str, roman: bool | None = None) -> int:
    """The place of a lettered note's label in its sequence (``a``, ``i``: 1; ``c``, ``iii``:
    3; a symbol's: :func:`.symbol_notes.symbol_ordinal`), *roman* telling whether its run is
    labelled with roman numerals; when that is not known, ``i``, ``v`` and ``x`` alone are
    read as roman numerals."""
    symbol = symbol_ordinal(label)
    if symbol is not None:
        return symbol
    if roman is None:
        roman = len(label) > 1 or label in ("i", "v", "x")
    value = roman_value(label) if roman else None
    return value or ord(label[0]) - ord("a") + 1


def _roman(n: int) -> str:
    tens, rest = divmod(n, 10)
    ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][rest]
    return "x" * tens + ones


def letter_label(text: str) -> tuple[str, str] | None:
    """``(label, rest)`` when *text* opens with a lower-case letter or roman numeral set off
    by a space or alone on its line (``a Text``, ``iv``), else ``None``."""
    match = _LABEL.match(text)
    if match is None:
        return None
    label = match["label"]
    if len(label) > 1 and roman_value(label) is None:
        return None
    return label, match["rest"] or ""


def _next(label: str, roman: bool) -> str:
    if roman:
        value = roman_value(label)
        return _roman(value + 1) if value is not None and value < 39 else ""
    return chr(ord(label) + 1) if label < "z" else ""


def _marker(label: str) -> re.Pattern[str]:
    """A label's marker in a form no word takes: glued to a figure or to closing punctuation
    and followed by a space or punctuation (so not the letter of an abbreviation, ``e.g.``, nor
    a word after an elided article, ``l’a``), or in superscript letters."""
    glued = rf"(?<=[\d)\]”\"».,;:!?]){label}(?=[\s,;:)\]]|$)"
    if any(c not in _SUPERSCRIPT_LETTERS for c in label):
        return re.compile(glued)
    sup = "".join(_SUPERSCRIPT_LETTERS[c] for c in label)
    return re.compile(rf"{glued}|(?<![^\W\d_]){sup}(?![^\W\d_])")


def find_lettered_markers(
    texts: Sequence[str], labels: Sequence[str]
) -> list[tuple[int, int, int] | None]:
    """The marker of each of *labels* in *texts*, as ``(line, start, end)``: the first after
    the previous one found, else the first from the top (a table's rows are read across its
    columns, so its markers need not come in order); never one already taken."""
    return markers_in_order(
        texts,
        [_marker(label) for label in labels],
        lambda text, at: _EXAMPLE.search(text, 0, at) is not None,
    )


class _Reader:
    """The lettered notes of the pages, read one page after the other."""

    def __init__(self, lines: Sequence[SourceLine], *, cut: bool) -> None:
        self.lines = lines
        self.cut = cut
        """Whether a note ends at a line that ends a sentence (see :data:`_ENDED`)."""
        self.blank_ended = False
        """Whether a run taken for notes ended at a blank line."""
        self.roman_next = "i"
        """The label a roman sequence may go on with on a later page."""

    def page(self, indices: list[int]) -> list[list[LetteredNote]]:
        runs: list[list[LetteredNote]] = []
        position = 0
        while position < len(indices):
            run, end = self.run(indices, position)
            if run and self.confirmed(run, indices[:position]):
                runs.append(run)
                if end < len(indices) and not self.lines[indices[end]].text.strip():
                    self.blank_ended = True
                if run[0].roman:
                    self.roman_next = _next(run[-1].label, roman=True)
                position = end
            else:
                position += 1
        return runs

    def run(self, indices: list[int], position: int) -> tuple[list[LetteredNote], int]:
        """The lettered notes from *indices[position]* on, and the position after them."""
        lines = self.lines
        found = letter_label(lines[indices[position]].text)
        if found is None:
            return [], position
        label, rest = found
        if label == "a":
            roman = False
        elif label in ("i", self.roman_next):
            roman = True
        else:
            return [], position
        run = [LetteredNote(label, indices[position], head=rest, roman=roman)]
        expected = _next(label, roman)
        k = position + 1
        while k < len(indices):
            text = lines[indices[k]].text
            if not text.strip():
                break  # a blank line ends the notes (a label alone has its text right below)
            found = letter_label(text)
            last = lines[run[-1].lines[-1]].text if run[-1].lines else run[-1].head
            if found is not None and found[0] == expected and last:
                run.append(LetteredNote(found[0], indices[k], head=found[1], roman=roman))
                expected = _next(found[0], roman)
            elif len(run[-1].lines) < _TEXT_LINES and not (self.cut and _ENDED.search(last)):
                run[-1].lines.append(indices[k])
            else:
                break
            k += 1
        if not (run[-1].head or run[-1].lines):
            run.pop()
        if not all(_prose(" ".join([n.head, *(lines[j].text for j in n.lines)])) for n in run):
            return [], position  # a formula's letters on lines of their own
        return run, k

    def confirmed(self, run: list[LetteredNote], above: list[int]) -> bool:
        """Whether the page shows *run* to be notes (see the module's description)."""
        lines = self.lines
        if all(lines[n.first].kind == LineKind.NOTE and lines[n.first].label_known for n in run):
            return True
        if len(run) >= 2 and all(not n.head and n.lines for n in run):
            return True
        opening = run[0].head or "".join(lines[k].text for k in run[0].lines[:1])
        if len(run) == 1 and opening.lstrip()[:1].islower():
            return False  # a lone "a" or "i" before a word is running text's ("a la ciudad")
        if above and lines[above[-1]].text.strip():
            return False  # notes are set off from the running text or the table above them
        texts = [lines[k].text for k in above]
        hits = find_lettered_markers(texts, [n.label for n in run])
        return sum(h is not None for h in hits) >= max(1, _SHARE * len(run))


def _read(lines: Sequence[SourceLine], *, cut: bool) -> tuple[list[LetteredNote], bool]:
    """The lettered notes of *lines*, and whether a blank line ended a run of them."""
    reader = _Reader(lines, cut=cut)
    notes: list[LetteredNote] = []
    for _, group in groupby(range(len(lines)), key=lambda k: lines[k].page):
        for run in reader.page(list(group)):
            notes.extend(run)
    return notes, reader.blank_ended


def lettered_notes(lines: Sequence[SourceLine]) -> tuple[list[SourceLine], list[LetteredNote]]:
    """*lines* with the lines of their lettered notes blanked, and those notes. A note ends at
    a sentence's end only in a document that sets no run of its notes off with a blank line."""
    notes, blank_ended = _read(lines, cut=False)
    if notes and not blank_ended:
        notes, _ = _read(lines, cut=True)
    if not notes:
        return list(lines), []
    blanked = {k for note in notes for k in (note.first, *note.lines)}
    kept = [
        SourceLine("", line.page, line.line, line.kind, None) if k in blanked else line
        for k, line in enumerate(lines)
    ]
    return kept, notes


def add_lettered(
    layout: Layout, lines: Sequence[SourceLine], notes: Sequence[LetteredNote]
) -> Layout:
    """*layout* with *notes* (read from *lines* by :func:`lettered_notes`) added, each keyed
    after :data:`.footnotes.LETTERED`, and their markers put in the running lines of their
    page above them."""
    by_line = {line.line: k for k, line in enumerate(lines)}
    body_at: dict[int, list[BodyLine]] = {}
    for body in layout.body:
        k = by_line.get(body.no)
        if k is not None:
            body_at.setdefault(lines[k].page, []).append(body)
    page_index = {page: bodies[0].page for page, bodies in body_at.items()}
    key = LETTERED + sum(1 for note in layout.notes if note.n >= LETTERED)
    for page, group in groupby(notes, key=lambda note: lines[note.first].page):
        run = list(group)
        first = lines[run[0].first].line
        above = [b for b in body_at.get(page, []) if b.no < first]
        hits = find_lettered_markers([b.text for b in above], [n.label for n in run])
        for note, hit in zip(run, hits, strict=True):
            parts = [note.head, *(lines[k].text for k in note.lines)]
            where = page_index.get(page, max(0, len(layout.pages) - 1))
            layout.notes.append(
                RawNote(n=key, line=lines[note.first].line, page=where, parts=parts,
                        label=note.label, roman=note.roman)
            )  # fmt: skip
            if hit is not None:
                _place(above[hit[0]], Marker(hit[1], hit[2], key))
            key += 1
    return layout


def _place(body: BodyLine, marker: Marker) -> None:
    """Put *marker* into *body*'s markers unless it overlaps one there."""
    if any(m.start < marker.end and marker.start < m.end for m in body.markers):
        return
    body.markers.append(marker)
    body.markers.sort(key=lambda m: m.start)
