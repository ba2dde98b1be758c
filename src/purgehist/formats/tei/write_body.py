"""Document bodies → TEI ``div``: headings, paragraphs, footnotes and page breaks at their
offsets, source lines."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from purgehist.diagnostics import Diagnostics
from purgehist.formats.tei.build import append_text, sub
from purgehist.formats.tei.chars import encode_text_attr, encode_word
from purgehist.formats.tei.namespaces import ID, LINE_UNIT, pointer
from purgehist.model.documents import Division, Note, Paragraph
from purgehist.model.evidence import Evidence

__all__ = ["division_element"]

Element = etree._Element


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
    found: Diagnostics,
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
            found.warning(
                "offset-out-of-range",
                f"paragraph {para.id or '?'}: offset {offset} is outside its text "
                f"(length {size}); the mark is written at the nearest end",
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
    found: Diagnostics,
    parent: Element | None = None,
) -> Element:
    """A ``div`` (with its paragraphs and subdivisions) for a :class:`Division`.

    :param evidence: the evidence record of an id, for the footnotes that cite it
    :param found: where problems are reported
    """
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
        _paragraph(el, para, evidence, found)
    for child in div.divisions:
        division_element(child, evidence, found, el)
    return el
