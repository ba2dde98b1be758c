"""Places as TEI ``place``: names with the time they were in use, ``location/geo``, the larger
place as ``location[@type='partOf']/placeName[@ref]``, identifiers."""

from __future__ import annotations

from lxml import etree

from purgehist.formats.tei.build import idno_els, name_els, provenance_bibl, sub
from purgehist.formats.tei.chars import encode_word
from purgehist.formats.tei.namespaces import ID, pointer
from purgehist.formats.tei.write_state import WriteState
from purgehist.model import Place

__all__ = ["place_element"]

Element = etree._Element


def place_element(place: Place, ctx: WriteState) -> Element:
    """``place`` for a :class:`Place`; coordinates are ``geo`` as "latitude longitude" in
    decimal degrees (TEI's default, WGS 84), written so that they read back exactly."""
    el = etree.Element("place", {ID: place.id})
    if place.type is not None:
        el.set("type", encode_word(place.type))
    name_els(el, "placeName", place.name, place.variants)
    if place.coordinates is not None:
        point = place.coordinates
        sub(etree.SubElement(el, "location"), "geo", f"{point.latitude!r} {point.longitude!r}")
    if place.part_of is not None:
        location = etree.SubElement(el, "location", type="partOf")
        sub(location, "placeName", ctx.place_name(place.part_of), ref=pointer(place.part_of))
    idno_els(el, place.identifiers, place.external)
    if place.description is not None:
        sub(el, "note", place.description, type="description")
    if place.provenance is not None:
        provenance_bibl(el, place.provenance)
    return el
