"""Sources as TEI ``biblStruct``: ``analytic`` for a work in a container, ``monogr`` and
``imprint``."""

from __future__ import annotations

import re

from lxml import etree

from purgehist.formats.tei.build import date_el, idno_els, provenance_bibl, sub, valid_lang
from purgehist.formats.tei.namespaces import ID, pointer
from purgehist.model import Source, SourceType

__all__ = ["source_element"]

Element = etree._Element

_PAGES = re.compile(r"\s*([0-9]+)\s*[-–]\s*([0-9]+)\s*")


def _creators(parent: Element, source: Source) -> None:
    for creator in source.creators:
        ref = {"ref": pointer(creator.actor)} if creator.actor is not None else {}
        if creator.role in ("author", "editor"):
            sub(parent, creator.role, creator.name, **ref)
        else:
            resp = etree.SubElement(parent, "respStmt")
            sub(resp, "resp", creator.role)
            sub(resp, "name", creator.name, **ref)


def _titles(parent: Element, source: Source, level: str) -> None:
    sub(parent, "title", source.title, level=level)
    if source.short_title is not None:
        sub(parent, "title", source.short_title, level=level, type="short")


def source_element(source: Source) -> Element:
    """``biblStruct`` for a :class:`Source`: ``analytic`` when it sits in a container."""
    el = etree.Element("biblStruct", {ID: source.id, "type": source.type.value})
    if not source.listed:
        el.set("subtype", "unlisted")
    idno_parent: Element
    if source.container is not None:
        analytic = etree.SubElement(el, "analytic")
        _creators(analytic, source)
        _titles(analytic, source, "a")
        idno_els(analytic, source.identifiers, source.external)
        monogr = etree.SubElement(el, "monogr")
        serial = source.type in (SourceType.ARTICLE, SourceType.NEWSPAPER)
        sub(monogr, "title", source.container, level="j" if serial else "m")
        idno_parent = analytic
    else:
        monogr = etree.SubElement(el, "monogr")
        _creators(monogr, source)
        _titles(monogr, source, "u" if source.type == SourceType.ARCHIVAL else "m")
        idno_els(monogr, source.identifiers, source.external)
        idno_parent = monogr
    if source.language is not None:
        lang = sub(idno_parent, "textLang", source.language)
        if valid_lang(source.language):
            lang.set("mainLang", source.language)
    if source.edition is not None:
        sub(monogr, "edition", source.edition)
    imprint = etree.SubElement(monogr, "imprint")
    if source.place is not None:
        sub(imprint, "pubPlace", source.place)
    if source.publisher is not None:
        sub(imprint, "publisher", source.publisher)
    if source.date is not None:
        date_el(imprint, source.date)
    if source.accessed is not None:
        date_el(imprint, source.accessed, type="accessed")
    if source.volume is not None:
        sub(imprint, "biblScope", source.volume, unit="volume")
    if source.issue is not None:
        sub(imprint, "biblScope", source.issue, unit="issue")
    if not len(imprint):
        sub(imprint, "date", None, type="unknown")
    if source.pages is not None:
        scope = sub(monogr, "biblScope", source.pages, unit="page")
        match = _PAGES.fullmatch(source.pages)
        if match:
            scope.set("from", match[1])
            scope.set("to", match[2])
    if source.note is not None:
        sub(el, "note", source.note)
    if source.provenance is not None:
        provenance_bibl(etree.SubElement(el, "note", type="provenance"), source.provenance)
    return el
