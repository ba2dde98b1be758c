"""purgehist's own document bodies, ``text/body/div``, back into a document's divisions:
headings, paragraphs, footnotes and page breaks at their offsets, source lines."""

from __future__ import annotations

from typing import TypeVar

import attrs

from purgehist.formats.tei.chars import CHAR_TYPE, decode_attr, g_value, text_of
from purgehist.formats.tei.namespaces import ID, LINE_UNIT, t, unpoint
from purgehist.formats.tei.read_edition import read_edition
from purgehist.formats.tei.read_state import Element, ReadState
from purgehist.model.documents import Division, Note, PageBreak, Paragraph

__all__ = ["read_text"]

_T = TypeVar("_T")

_MILESTONE, _G, _PB, _NOTE, _BIBL, _GAP, _HEAD, _P, _DIV, _TEXT, _BODY = (
    t(name)
    for name in ("milestone", "g", "pb", "note", "bibl", "gap", "head", "p", "div", "text", "body")
)
_NOTE_SKIP = frozenset({_BIBL, _MILESTONE, _GAP})


def read_text(state: ReadState, text: Element) -> None:
    """Read a top-level ``text`` (one ``text[@corresp]``, or a ``group`` of them) into the
    divisions of the documents of ``state.documents`` they point to; another project's
    ``text`` becomes a document of its own (:func:`~.read_edition.read_edition`)."""
    if not state.own:
        read_edition(state, text, state.root_id)
        return
    texts = [text] if text.get("corresp") else list(text.iter(_TEXT))
    for el in texts:
        doc_id = unpoint(el.get("corresp") or "")
        doc = state.documents.get(doc_id)
        if doc is None:
            continue
        body = el.find(_BODY)
        divisions: list[Division] = []
        if body is not None:
            for div in body:
                if div.tag == _DIV:
                    divisions.append(_division(state, div))
                elif isinstance(div.tag, str):
                    state.not_mapped(div, body)
        state.documents[doc_id] = attrs.evolve(doc, divisions=tuple(divisions))


def _line_of(el: Element) -> int | None:
    first = el[0] if len(el) else None
    if first is not None and first.tag == _MILESTONE and first.get("unit") == LINE_UNIT:
        try:
            return int(first.get("n", ""))
        except ValueError:
            return None
    return None


def _pos(el: Element) -> int | None:
    sub_type = el.get("subtype", "")
    if sub_type.startswith("pos") and sub_type[3:].isdigit():
        return int(sub_type[3:])
    return None


def _division(state: ReadState, el: Element) -> Division:
    """The :class:`Division` a ``div`` element encodes."""
    head: str | None = None
    paragraphs: list[Paragraph] = []
    divisions: list[Division] = []
    for child in el:
        tag = child.tag
        if tag == _HEAD:
            head = text_of(child)
        elif tag == _P:
            paragraphs.append(_paragraph(child))
        elif tag == _DIV:
            divisions.append(_division(state, child))
        elif tag != _MILESTONE and isinstance(tag, str):
            state.not_mapped(child, el)
    n = el.get("n")
    return Division(
        id=el.get(ID),
        type=decode_attr(el.get("type", "chapter")),
        n=decode_attr(n) if n is not None else None,
        head=head or None,
        paragraphs=tuple(paragraphs),
        divisions=tuple(divisions),
        line=_line_of(el),
    )


def _paragraph(el: Element) -> Paragraph:
    """The :class:`Paragraph` a ``p`` element encodes (offsets count characters)."""
    parts: list[str] = [el.text or ""]
    size = len(parts[0])
    notes: list[tuple[int | None, Note]] = []
    pbs: list[tuple[int | None, PageBreak]] = []
    for child in el:
        tag = child.tag
        if tag == _G and child.get("type") == CHAR_TYPE:
            value = g_value(child)
            parts.append(value)
            size += len(value)
        elif tag == _PB:
            pbs.append((_pos(child), PageBreak(n=decode_attr(child.get("n", "")), offset=size)))
        elif tag == _NOTE:
            notes.append((_pos(child), _note(child, size)))
        elif tag == _MILESTONE:
            pass
        elif isinstance(tag, str):
            value = text_of(child)
            parts.append(value)
            size += len(value)
        tail = child.tail or ""
        parts.append(tail)
        size += len(tail)
    return Paragraph(
        id=el.get(ID),
        text="".join(parts),
        notes=_ordered(notes),
        page_breaks=_ordered(pbs),
        line=_line_of(el),
    )


def _note(el: Element, offset: int) -> Note:
    lost = any(child.tag == _GAP for child in el)
    evidence = tuple(
        unpoint(child.get("corresp", ""))
        for child in el
        if child.tag == _BIBL and child.get("corresp")
    )
    text = None if lost else text_of(el, _NOTE_SKIP)
    return Note(
        n=decode_attr(el.get("n", "")) or "?",
        offset=offset,
        text=text or None,
        evidence=evidence,
        line=_line_of(el),
    )


def _ordered(items: list[tuple[int | None, _T]]) -> tuple[_T, ...]:
    if items and all(pos is not None for pos, _ in items):
        return tuple(item for _, item in sorted(items, key=lambda pair: pair[0] or 0))
    return tuple(item for _, item in items)
