"""Other projects' ``text`` (editions, commentaries, monographs) → a :class:`Document`:
``front``/``body``/``back`` and their divisions, headings, paragraphs, page breaks and every
note (footnotes, end notes, commentary, apparatus: notes are told by where they stand, not by
``@place``), each note's citations handed to
:mod:`~purgehist.formats.tei.read_note_citations`.

Whitespace is folded as TEI's default says; ``choice`` is read as its expansion
(``expan``, ``reg``, ``corr``), ``app`` as its lemma. Register lists in the text
(``listPerson``…) are read as records elsewhere and skipped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from purgehist.formats.tei.namespaces import ID, local, t
from purgehist.formats.tei.read_bibliography import read_entry_paragraph
from purgehist.formats.tei.read_note_citations import note_citations
from purgehist.formats.tei.read_plain_citations import plain_note_citations
from purgehist.formats.tei.read_state import Element, ReadState, norm
from purgehist.model import Provenance
from purgehist.model.documents import Division, Document, Note, PageBreak, Paragraph
from purgehist.model.ids import IdPool, is_ncname, slug

__all__ = ["read_edition"]

_SPACE = re.compile(r"\s+")
_NOTE, _PB, _LB, _CB, _HEAD, _CHOICE, _APP, _FW, _FIGURE, _P = (
    t(n) for n in ("note", "pb", "lb", "cb", "head", "choice", "app", "fw", "figure", "p")
)
_DIVS = frozenset(t(n) for n in ("div", *(f"div{i}" for i in range(1, 8))))
_PARTS = frozenset(t(n) for n in ("front", "body", "back", "group", "text", "floatingText"))
_RECORD_LISTS = frozenset(
    t(n)
    for n in (
        "listPerson",
        "listOrg",
        "listPlace",
        "listEvent",
        "listBibl",
        "listRelation",
        "listAnnotation",
        "standOff",
    )
)
_READINGS = tuple(t(n) for n in ("expan", "reg", "corr", "lem"))
_SEPARATED = frozenset(t(n) for n in ("p", "ab", "l", "item", "head", "lg", "row", "cell"))
"""Inline, these are kept apart from what follows by a space."""
_BLOCK_HOLDERS = frozenset(t(n) for n in ("p", "ab", "div")) | _DIVS
"""An element with one of these among its children is a container, not a paragraph."""


class _Text:
    """Text being gathered with whitespace folded, and what is anchored in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.notes: list[Note] = []
        self.page_breaks: list[PageBreak] = []

    def add(self, value: str | None) -> None:
        if not value:
            return
        value = _SPACE.sub(" ", value)
        if value.startswith(" ") and (not self.parts or self.parts[-1].endswith(" ")):
            value = value[1:]
        if value:
            self.parts.append(value)
            self.size += len(value)

    def value(self) -> str:
        text = "".join(self.parts)
        return text.rstrip()


@dataclass
class _Edition:
    """One ``text`` being read: the document's id, the page the reading is on, the notes met."""

    state: ReadState
    doc_id: str
    page: str | None = None
    notes: int = 0
    pending: _Text = field(default_factory=_Text)
    """Notes and page breaks met outside any paragraph, given to the next paragraph."""

    # containers -------------------------------------------------------------------------

    def division(self, el: Element, kind: str | None = None) -> Division:
        """The :class:`Division` of a ``div``, ``body``, ``front``, ``back`` or nested
        ``text``."""
        head: str | None = None
        paragraphs: list[Paragraph] = []
        divisions: list[Division] = []
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _RECORD_LISTS:
                continue
            if tag in _DIVS or tag in _PARTS:
                self._flush(paragraphs)
                divisions.append(self.division(child))
            elif tag == _HEAD and head is None and not paragraphs:
                text = _Text()
                self.inline(child, text, into=self.pending)
                head = text.value() or None
            elif tag in (_NOTE, _PB, _CB, _LB, _FW):
                self.inline_child(child, self.pending, self.pending)
            elif any(c.tag in _BLOCK_HOLDERS for c in child):
                self._flush(paragraphs)
                divisions.append(self.division(child, local(tag)))
            elif (
                self.state.as_bibliography and tag == _P and read_entry_paragraph(self.state, child)
            ):
                continue
            else:
                paragraphs.append(self.paragraph(child))
        self._flush(paragraphs, at_end=True)
        n = el.get("n")
        ident = el.get(ID)
        return Division(
            id=self.body_id(ident),
            type=kind or el.get("type") or local(el.tag),
            n=norm(n) or None if n is not None else None,
            head=head,
            paragraphs=tuple(paragraphs),
            divisions=tuple(divisions),
            line=_line(el),
        )

    def _flush(self, paragraphs: list[Paragraph], *, at_end: bool = False) -> None:
        """Notes and page breaks left outside paragraphs: at the end of a division, into a
        paragraph of their own (so that none is lost)."""
        if at_end and (self.pending.notes or self.pending.page_breaks):
            paragraphs.append(self._paragraph_of(_Text(), None, None))

    def paragraph(self, el: Element) -> Paragraph:
        """The :class:`Paragraph` of a block element (``p``, ``ab``, ``lg``, ``list``…)."""
        text = _Text()
        self.inline(el, text, into=text)
        ident = el.get(ID)
        return self._paragraph_of(text, self.body_id(ident), el)

    def _paragraph_of(self, text: _Text, ident: str | None, el: Element | None) -> Paragraph:
        pending, self.pending = self.pending, _Text()
        return Paragraph(
            id=ident,
            text=text.value(),
            notes=(*pending.notes, *(_clamp_note(n, text) for n in text.notes)),
            page_breaks=(*pending.page_breaks, *(_clamp_pb(p, text) for p in text.page_breaks)),
            line=_line(el) if el is not None else None,
        )

    def body_id(self, ident: str | None) -> str | None:
        """*ident* if it can stay the id of a division or paragraph: an NCName no record or
        other part of the body has (other projects' files repeat ids)."""
        if ident is None or not is_ncname(ident) or ident in self.state.ids:
            return None
        self.state.ids.add(ident)
        return ident

    # inline content ---------------------------------------------------------------------

    def inline(self, el: Element, text: _Text, *, into: _Text) -> None:
        """Gather the text of *el* into *text*; its notes and page breaks go to *into* at the
        offset reached in *text*."""
        text.add(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self.inline_child(child, text, into)
                if child.tag in _SEPARATED:
                    text.add(" ")
            text.add(child.tail)

    def inline_child(self, child: Element, text: _Text, into: _Text) -> None:
        tag = child.tag
        offset = text.size if into is text else into.size
        if tag == _NOTE:
            self.note(child, offset, into)
        elif tag == _PB:
            self.page = child.get("n") or self.page
            into.page_breaks.append(PageBreak(n=norm(child.get("n", "")), offset=offset))
        elif tag in (_LB, _CB):
            if child.get("break") != "no":
                text.add(" ")
        elif tag in (_CHOICE, _APP):
            chosen = next((c for c in child if c.tag in _READINGS), None)
            if chosen is None:
                chosen = next((c for c in child if isinstance(c.tag, str)), None)
            if chosen is not None:
                self.inline(chosen, text, into=into)
        elif tag in _RECORD_LISTS:
            pass  # read as records
        elif tag == _FW or (tag == _FIGURE and not len(child)):
            self.state.not_mapped(child)
        else:
            self.inline(child, text, into=into)

    def note(self, el: Element, offset: int, into: _Text) -> None:
        """A note at *offset* of *into*; notes nested in it follow it at the same offset."""
        self.notes += 1
        n = norm(el.get("n", "")) or str(self.notes)
        line = _line(el)
        provenance = Provenance(document=self.doc_id, footnote=n, page=self.page, line=line)
        body = _Text()
        inner = _Text()
        self.inline(el, body, into=inner)
        evidence = note_citations(self.state, el, provenance)
        if not evidence and body.value():
            where = self.state.where(el)
            evidence = plain_note_citations(self.state, body.value(), self.notes, provenance, where)
        into.notes.append(
            Note(n=n, offset=offset, text=body.value() or None, evidence=evidence, line=line)
        )
        into.notes.extend(attrs_offset(inner.notes, offset))
        into.page_breaks.extend(PageBreak(n=p.n, offset=offset) for p in inner.page_breaks)


def _line(el: Element) -> int | None:
    line: object = el.sourceline
    return line if isinstance(line, int) else None


def attrs_offset(notes: list[Note], offset: int) -> list[Note]:
    """*notes* (nested in a note) placed at *offset*, where the note around them is."""
    return [
        Note(n=n.n, offset=offset, text=n.text, evidence=n.evidence, line=n.line) for n in notes
    ]


def _clamp_note(note: Note, text: _Text) -> Note:
    # The trailing space folded away at the end can leave an offset one past the text.
    size = len(text.value())
    return note if note.offset <= size else attrs_offset([note], size)[0]


def _clamp_pb(pb: PageBreak, text: _Text) -> PageBreak:
    size = len(text.value())
    return pb if pb.offset <= size else PageBreak(n=pb.n, offset=size)


def _document_id(state: ReadState, root_id: str | None) -> str:
    if root_id and is_ncname(root_id) and root_id not in state.ids:
        return root_id
    stem = PurePath(state.name).name.split(".")[0] or "text"
    return IdPool(set(state.ids)).claim(slug(stem, "doc_"))


def read_edition(state: ReadState, text: Element, root_id: str | None) -> None:
    """Read another project's top-level ``text`` into one document of ``state.documents``."""
    doc_id = _document_id(state, root_id)
    state.ids.add(doc_id)
    edition = _Edition(state, doc_id)
    divisions = tuple(
        edition.division(child)
        for child in text
        if isinstance(child.tag, str) and (child.tag in _PARTS or child.tag in _DIVS)
    )
    document = state.build(
        text,
        Document,
        id=doc_id,
        title=state.metadata.title or doc_id,
        type=text.get("type") or "edition",
        language=text.get("{http://www.w3.org/XML/1998/namespace}lang") or state.root_lang,
        file=PurePath(state.name).name,
        divisions=divisions,
    )
    if document is not None:
        state.documents[doc_id] = document
