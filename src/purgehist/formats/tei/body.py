"""Document bodies ↔ TEI ``text/body``: divisions, headings, paragraphs, footnotes, page breaks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from lxml import etree

from purgehist.diagnostics import Problem, Severity
from purgehist.formats.tei.build import append_text, sub
from purgehist.formats.tei.chars import CHAR_TYPE, decode_attr, encode_text_attr, encode_word
from purgehist.formats.tei.namespaces import ID, local, pointer, t, unpoint
from purgehist.model.documents import Division, Note, PageBreak, Paragraph
from purgehist.model.evidence import Evidence

__all__ = ["LINE_UNIT", "BodyReader", "division_element", "text_of"]

Element = etree._Element
_T = TypeVar("_T")

LINE_UNIT = "sourceLine"
"""``<milestone unit="sourceLine" n="12"/>``, first child of a ``div``, ``p`` or footnote: the
line of the source file it was read from."""

_MILESTONE = t("milestone")
_G = t("g")
_PB = t("pb")
_NOTE = t("note")
_BIBL = t("bibl")
_GAP = t("gap")
_HEAD = t("head")
_P = t("p")
_DIV = t("div")


def _line(parent: Element, line: int | None) -> None:
    if line is not None:
        etree.SubElement(parent, "milestone", unit=LINE_UNIT, n=str(line))


def _footnote(
    parent: Element,
    note: Note,
    position: int | None,
    evidence: Callable[[str], Evidence | None],
) -> None:
    el = etree.SubElement(parent, "note", place="foot", n=encode_text_attr(note.n))
    if position is not None:
        el.set("subtype", f"pos{position}")
    _line(el, note.line)
    if note.text is None:
        etree.SubElement(el, "gap", reason="lost")
    else:
        append_text(el, note.text)
    for evid_id in note.evidence:
        bibl = etree.SubElement(el, "bibl", type="evidence", corresp=pointer(evid_id))
        record = evidence(evid_id)
        if record is not None and record.source is not None:
            etree.SubElement(bibl, "ptr", target=pointer(record.source))
        if record is not None and record.locator is not None and record.locator.printed:
            sub(bibl, "citedRange", record.locator.printed, unit=encode_word(record.locator.unit))


def _paragraph(
    parent: Element,
    para: Paragraph,
    evidence: Callable[[str], Evidence | None],
    warnings: list[Problem],
) -> None:
    el = etree.SubElement(parent, "p")
    if para.id is not None:
        el.set(ID, para.id)
    _line(el, para.line)
    text = para.text
    size = len(text)
    notes_order = sorted(range(len(para.notes)), key=lambda i: para.notes[i].offset)
    unsorted = notes_order != list(range(len(para.notes)))
    pbs_order = sorted(range(len(para.page_breaks)), key=lambda i: para.page_breaks[i].offset)
    pbs_unsorted = pbs_order != list(range(len(para.page_breaks)))
    # Page breaks come before notes at the same offset.
    marks: list[tuple[int, int, int]] = [(para.page_breaks[i].offset, 0, i) for i in pbs_order]
    marks += [(para.notes[i].offset, 1, i) for i in notes_order]
    marks.sort(key=lambda m: (m[0], m[1]))
    pos = 0
    for offset, kind, index in marks:
        if not 0 <= offset <= size:
            warnings.append(
                Problem(
                    code="offset-out-of-range",
                    message=f"paragraph {para.id or '?'}: offset {offset} is outside its text "
                    f"(length {size}); the mark is written at the nearest end",
                    severity=Severity.WARNING,
                )
            )
            offset = min(max(offset, 0), size)
        if offset > pos:
            append_text(el, text[pos:offset])
            pos = offset
        if kind == 0:
            pb = para.page_breaks[index]
            pb_el = etree.SubElement(el, "pb", n=encode_text_attr(pb.n))
            if pbs_unsorted:
                pb_el.set("subtype", f"pos{index}")
        else:
            _footnote(el, para.notes[index], index if unsorted else None, evidence)
    if pos < size:
        append_text(el, text[pos:])


def division_element(
    div: Division,
    evidence: Callable[[str], Evidence | None],
    warnings: list[Problem],
    parent: Element | None = None,
) -> Element:
    """A ``div`` (with its paragraphs and subdivisions) for a :class:`Division`."""
    attrib = {"type": encode_word(div.type)}
    if div.id is not None:
        attrib[ID] = div.id
    if div.n is not None:
        attrib["n"] = encode_text_attr(div.n)
    el = etree.Element("div", attrib) if parent is None else etree.SubElement(parent, "div", attrib)
    _line(el, div.line)
    if div.head is not None:
        sub(el, "head", div.head)
    for para in div.paragraphs:
        _paragraph(el, para, evidence, warnings)
    for child in div.divisions:
        division_element(child, evidence, warnings, el)
    return el


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
