"""Evidence (``bibl type="evidence"``) and claims (``note type="claim"``, with their stances
and relations as ``listRelation``) as TEI elements; the stance relation serves memberships
too."""

from __future__ import annotations

import re

from lxml import etree

from purgehist.formats.tei.build import desc_el, lang_attrs, provenance_bibl, sub
from purgehist.formats.tei.chars import encode_word
from purgehist.formats.tei.dates import w3c_attrs
from purgehist.formats.tei.namespaces import ID, pointer, pointers
from purgehist.formats.tei.write_state import WriteState
from purgehist.model import Attribution, Claim, ClaimRelation, Evidence, Locator
from purgehist.model.evidence import CitationStatus

__all__ = ["attribution_relation", "claim_element", "evidence_element"]

Element = etree._Element

_WORD = re.compile(r"[^\s\x00-\x1f\x7f-\x9f%]+")


def _range_element(
    parent: Element, unit: str, start: str, end: str | None, following: bool
) -> None:
    el = etree.SubElement(parent, "citedRange", n="range-following" if following else "range")
    el.set("unit", unit)
    if _WORD.fullmatch(start) and (end is None or _WORD.fullmatch(end)):
        el.set("from", start)
        if end is not None:
            el.set("to", end)
        el.text = f"{start}-{end}" if end else start
    else:
        sub(el, "num", start, type="start")
        if end is not None:
            sub(el, "num", end, type="end")


def _locator(parent: Element, locator: Locator) -> None:
    unit = encode_word(locator.unit)
    sub(parent, "citedRange", locator.printed, n="printed", unit=unit)
    for page_range in locator.ranges:
        _range_element(parent, unit, page_range.start, page_range.end, page_range.following)
    archival = locator.archival
    if archival is not None:
        arch = etree.SubElement(parent, "citedRange", n="archival", unit="archival")
        for key in ("archive", "fond", "opis", "delo", "folios"):
            value = getattr(archival, key)
            if value is not None:
                sub(arch, "idno", value, type=key)


def evidence_element(evidence: Evidence, ctx: WriteState) -> Element:
    """``bibl type="evidence"`` for an :class:`Evidence`: a pointer to the source and the
    locator as printed, as ranges and as an archival reference."""
    el = etree.Element("bibl", {ID: evidence.id, "type": "evidence"})
    if evidence.status != CitationStatus.RESOLVED:
        el.set("subtype", evidence.status.value)
    if evidence.grade is not None:
        el.set("ana", pointer(ctx.grade_ids[evidence.grade]))
    if evidence.source is not None:
        etree.SubElement(el, "ptr", type="source", target=pointer(evidence.source))
    if evidence.locator is not None:
        _locator(el, evidence.locator)
    if evidence.quote is not None:
        sub(el, "quote", evidence.quote)
    if evidence.cited_as is not None:
        sub(el, "note", evidence.cited_as, type="citedAs")
    if evidence.chain:
        chain = etree.SubElement(el, "note", type="chain")
        items = etree.SubElement(chain, "list", type="transmission")
        for link in evidence.chain:
            item = etree.SubElement(items, "item")
            ref = {"ref": pointer(link.actor)} if link.actor is not None else {}
            sub(item, "persName", link.name, **ref)
            if link.role is not None:
                sub(item, "roleName", link.role)
    if evidence.note is not None:
        sub(el, "note", evidence.note, type="comment")
    if evidence.provenance is not None:
        provenance_bibl(el, evidence.provenance)
    return el


def _number(value: float) -> str:
    text = repr(value)
    return text.replace("e+", "e")


def attribution_relation(
    parent: Element, attribution: Attribution, target: str, ctx: WriteState, kind: str = "stance"
) -> None:
    """``relation[@type=kind][@name=stance]``: *attribution*'s actor (``@active``) takes a
    stance on *target* (``@passive``: a claim, or a membership), in a work (``@corresp``), with
    evidence (``@source``), at a date."""
    rel = etree.SubElement(parent, "relation", type=kind, name=attribution.stance.value)
    rel.set("ref", pointer(ctx.stance_ids[attribution.stance.value]))
    rel.set("active", pointer(attribution.actor))
    rel.set("passive", pointer(target))
    if attribution.evidence:
        rel.set("source", pointers(attribution.evidence))
    if attribution.work is not None:
        rel.set("corresp", pointer(attribution.work))
    if attribution.no_evidence:
        rel.set("subtype", "noEvidence")
    date_attrs = w3c_attrs(attribution.date)
    plain_date = date_attrs.get("when") == attribution.date
    for key, value in date_attrs.items():
        rel.set(key, value)
    if attribution.note is not None or attribution.provenance is not None or not plain_date:
        desc = desc_el(rel, attribution.note)
        if attribution.date is not None and not plain_date:
            sub(desc, "date", attribution.date, type="edtf")
        if attribution.provenance is not None:
            provenance_bibl(desc, attribution.provenance)


def _relation(parent: Element, claim: Claim, relation: ClaimRelation, ctx: WriteState) -> None:
    rel = etree.SubElement(parent, "relation", type="argument", name=relation.type.value)
    rel.set("ref", pointer(ctx.relation_ids[relation.type.value]))
    rel.set("active", pointer(claim.id))
    rel.set("passive", pointer(relation.target))
    if relation.note is not None:
        desc_el(rel, relation.note)


def claim_element(claim: Claim, ctx: WriteState) -> Element:
    """``note type="claim"`` for a :class:`Claim`, with its stances and its relations to
    other claims as ``listRelation`` children."""
    el = etree.Element("note", {ID: claim.id, "type": "claim"})
    if claim.about:
        el.set("target", pointers(claim.about))
    if claim.anchor is not None:
        el.set("corresp", pointer(claim.anchor))
    ana = [ctx.status_ids[claim.status.value], *(ctx.tag_ids[tag] for tag in claim.tags)]
    el.set("ana", pointers(ana))
    sub(el, "p", claim.text, **lang_attrs(claim.lang))
    if claim.quote is not None:
        sub(el, "quote", claim.quote)
    quantity = claim.quantity
    if quantity is not None:
        measure = sub(el, "measure", quantity.unit, type="quantity")
        if quantity.value is not None:
            measure.set("quantity", _number(quantity.value))
        if quantity.low is not None:
            measure.set("atLeast", _number(quantity.low))
        if quantity.high is not None:
            measure.set("atMost", _number(quantity.high))
    if claim.certainty is not None:
        etree.SubElement(
            el,
            "certainty",
            locus="value",
            cert=claim.certainty.value,
            target=pointer(claim.id),
        )
    if claim.note is not None:
        sub(el, "note", claim.note, type="comment")
    if claim.provenance is not None:
        provenance_bibl(el, claim.provenance)
    if claim.attributions:
        stances = etree.SubElement(el, "listRelation", type="stances")
        for attribution in claim.attributions:
            attribution_relation(stances, attribution, claim.id, ctx)
    if claim.relations:
        argument = etree.SubElement(el, "listRelation", type="argument")
        for relation in claim.relations:
            _relation(argument, claim, relation, ctx)
    return el
