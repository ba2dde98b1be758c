"""purgehist's own TEI ``text/body`` back into divisions (the writer is in ``write_body``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from lxml import etree

from purgehist.formats.tei.chars import CHAR_TYPE, decode_attr
from purgehist.formats.tei.namespaces import ID, LINE_UNIT, local, t, unpoint
from purgehist.model.documents import Division, Note, PageBreak, Paragraph

__all__ = ["BodyReader", "text_of"]

Element = etree._Element
_T = TypeVar("_T")

_MILESTONE = t("milestone")
_G = t("g")
_PB = t("pb")
_NOTE = t("note")
_BIBL = t("bibl")
_GAP = t("gap")
_HEAD = t("head")
_P = t("p")
_DIV = t("div")


def text_of(el: Element, skip: frozenset[str] = frozenset()) -> str:
    """The text of *el*: its text nodes and ``<g>`` escapes, in order; child elements whose
    Clark tag is in *skip* are left out (their tails are kept), others are read recursively."""
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _G and child.get("type") == CHAR_TYPE:
            parts.append(_g_value(child))
        elif isinstance(tag, str) and tag not in skip:
            parts.append(text_of(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _g_value(g: Element) -> str:
    code = g.get("n", "")
    if code.startswith("U+"):
        try:
            return chr(int(code[2:], 16))
        except ValueError:
            pass
    return g.text or ""


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


class BodyReader:
    """Reads purgehist's own ``div``/``p``/``note``/``pb`` back into divisions."""

    def __init__(self, problem: Callable[[Element, str, str], None]) -> None:
        self._problem = problem

    def division(self, el: Element) -> Division:
        """The :class:`Division` a ``div`` element encodes."""
        head: str | None = None
        paragraphs: list[Paragraph] = []
        divisions: list[Division] = []
        for child in el:
            tag = child.tag
            if tag == _HEAD:
                head = text_of(child)
            elif tag == _P:
                paragraphs.append(self.paragraph(child))
            elif tag == _DIV:
                divisions.append(self.division(child))
            elif tag != _MILESTONE and isinstance(tag, str):
                self._problem(
                    child, "unmapped-element", f"<{local(tag)}> in a division is not read"
                )
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

    def paragraph(self, el: Element) -> Paragraph:
        """The :class:`Paragraph` a ``p`` element encodes (offsets count characters)."""
        parts: list[str] = [el.text or ""]
        size = len(parts[0])
        notes: list[tuple[int | None, Note]] = []
        pbs: list[tuple[int | None, PageBreak]] = []
        for child in el:
            tag = child.tag
            if tag == _G and child.get("type") == CHAR_TYPE:
                value = _g_value(child)
                parts.append(value)
                size += len(value)
            elif tag == _PB:
                pbs.append((_pos(child), PageBreak(n=decode_attr(child.get("n", "")), offset=size)))
            elif tag == _NOTE:
                notes.append((_pos(child), self._note(child, size)))
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

    def _note(self, el: Element, offset: int) -> Note:
        lost = any(child.tag == _GAP for child in el)
        evidence = tuple(
            unpoint(child.get("corresp", ""))
            for child in el
            if child.tag == _BIBL and child.get("corresp")
        )
        text = None if lost else text_of(el, frozenset({_BIBL, _MILESTONE, _GAP}))
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
