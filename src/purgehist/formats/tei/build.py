"""Small element builders shared by the writer and the body writer (no namespace: see writer)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from purgehist.formats.tei.chars import (
    CHAR_TYPE,
    ILLEGAL,
    encode_text_attr,
    encode_word,
    g_parts,
    has_illegal,
)
from purgehist.formats.tei.dates import w3c_attrs
from purgehist.formats.tei.namespaces import CONTAINER_TYPES, CONTAINERS, LANG, pointer
from purgehist.model.common import Identifier, NameVariant, Provenance

__all__ = [
    "EXTERNAL",
    "append_text",
    "date_el",
    "desc_el",
    "idno_els",
    "indent",
    "lang_attrs",
    "name_els",
    "provenance_bibl",
    "sub",
    "valid_lang",
]

Element = etree._Element

_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")

EXTERNAL = {"type": "external", "subtype": "stub"}
"""The attributes of the ``idno`` that holds a stub's pointer into an outside register (an
identifier of the record's own never has a ``@subtype``)."""


def valid_lang(tag: str | None) -> bool:
    """Tell whether *tag* can be written as ``xml:lang`` (a BCP 47-shaped tag)."""
    return tag is not None and _LANG.fullmatch(tag) is not None


def lang_attrs(tag: str | None) -> dict[str, str]:
    """``{xml:lang: tag}``, or ``{}`` for ``None``. A tag that is not BCP 47-shaped goes to
    ``@n`` as ``lang:…`` so that nothing is lost (see docs/tei.md)."""
    if tag is None:
        return {}
    if _LANG.fullmatch(tag):
        return {LANG: tag}
    return {"n": "lang:" + encode_text_attr(tag)}


def append_text(el: Element, text: str) -> None:
    """Append *text* at the end of *el*'s content, escaping XML-illegal characters as ``<g>``."""
    if not text:
        return
    if ILLEGAL.search(text) is None:
        if len(el):
            last = el[-1]
            last.tail = (last.tail or "") + text
        else:
            el.text = (el.text or "") + text
        return
    for part in g_parts(text):
        if isinstance(part, str):
            append_text(el, part)
        else:
            g = etree.SubElement(el, "g", type=CHAR_TYPE, n=part[0])
            g.text = part[1]


def sub(parent: Element, tag: str, text: str | None = None, **attrib: str) -> Element:
    """A child element with optional text (illegal characters escaped)."""
    el = etree.SubElement(parent, tag, attrib)
    if text:
        if ILLEGAL.search(text) is None:
            el.text = text
        else:
            append_text(el, text)
    return el


def date_el(parent: Element, value: str, tag: str = "date", **attrib: str) -> Element:
    """``<date when|from|to|notBefore|notAfter>EDTF</date>``: the EDTF string is the content,
    the W3C attributes approximate it for other tools."""
    return sub(parent, tag, value, **attrib, **w3c_attrs(value))


def desc_el(parent: Element, text: str | None) -> Element:
    """``desc`` cannot hold ``g``: text with XML-illegal characters is wrapped in ``q``."""
    desc = etree.SubElement(parent, "desc")
    if text is not None:
        if has_illegal(text):
            sub(desc, "q", text, type="escaped")
        else:
            desc.text = text
    return desc


def name_els(parent: Element, tag: str, name: str, variants: Iterable[NameVariant]) -> None:
    """The main name (``@type="main"``) and the variants, with their language and, for a name
    in use for a time, the EDTF date in ``@when-custom`` and its W3C approximation."""
    sub(parent, tag, name, type="main")
    for variant in variants:
        el = sub(
            parent, tag, variant.name, type=encode_word(variant.type), **lang_attrs(variant.lang)
        )
        if variant.date is not None:
            el.set("when-custom", encode_word(variant.date))
            for key, value in w3c_attrs(variant.date).items():
                el.set(key, value)


def idno_els(parent: Element, identifiers: Iterable[Identifier], external: str | None) -> None:
    """``idno[@type=scheme]`` for each identifier, then the stub's pointer (:data:`EXTERNAL`)."""
    for ident in identifiers:
        sub(parent, "idno", ident.value, type=encode_word(ident.scheme))
    if external is not None:
        sub(parent, "idno", external, **EXTERNAL)


def provenance_bibl(parent: Element, prov: Provenance) -> Element:
    """``<bibl type="provenance">``: where a record was read (document, file, line, footnote,
    page, note)."""
    bibl = etree.SubElement(parent, "bibl", type="provenance")
    if prov.document is not None:
        etree.SubElement(bibl, "ptr", type="document", target=pointer(prov.document))
    if prov.file is not None:
        sub(bibl, "title", prov.file, type="file")
    if prov.line is not None:
        sub(bibl, "citedRange", str(prov.line), unit="line")
    if prov.footnote is not None:
        sub(bibl, "citedRange", prov.footnote, unit="note")
    if prov.page is not None:
        sub(bibl, "citedRange", prov.page, unit="page")
    if prov.note is not None:
        sub(bibl, "note", prov.note)
    return bibl


def _is_container(el: Element) -> bool:
    tag = el.tag
    if tag in CONTAINERS:
        return True
    if tag == "note" or tag == "bibl":
        return (tag, el.get("type")) in CONTAINER_TYPES
    return False


def indent(el: Element, level: int = 0) -> None:
    """Indent element-only content (two spaces a level), never inside mixed content."""
    if not len(el) or not _is_container(el):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    child = None
    for child in el:
        indent(child, level + 1)
        child.tail = pad
    if child is not None:
        child.tail = "\n" + "  " * level
