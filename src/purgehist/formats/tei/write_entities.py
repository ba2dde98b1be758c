"""Actors (``person``, ``org``) and events (``event``) as TEI elements."""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from purgehist.formats.tei.build import date_el, desc_el, lang_attrs, provenance_bibl, sub
from purgehist.formats.tei.chars import encode_word
from purgehist.formats.tei.dates import w3c_attrs
from purgehist.formats.tei.namespaces import ID, pointer
from purgehist.formats.tei.write_state import WriteState
from purgehist.model import Actor, ActorKind, Calendar, Event, NameVariant
from purgehist.model.dates import EdtfError, parse_edtf

__all__ = ["actor_element", "event_element"]

Element = etree._Element


def _names(parent: Element, tag: str, name: str, variants: Iterable[NameVariant]) -> None:
    sub(parent, tag, name, type="main")
    for variant in variants:
        sub(parent, tag, variant.name, type=encode_word(variant.type), **lang_attrs(variant.lang))


def _membership_children(el: Element, role: str | None, date: str | None, note: str | None) -> None:
    if role is not None:
        sub(el, "roleName", role)
    if date is not None:
        date_el(el, date)
    if note is not None:
        sub(el, "note", note)


def _is_interval(value: str) -> bool:
    try:
        return parse_edtf(value).interval
    except EdtfError:
        return False


def actor_element(actor: Actor) -> Element:
    """``person`` (persons) or ``org`` (organisations, groups, schools) for an :class:`Actor`."""
    is_person = actor.kind == ActorKind.PERSON
    el = etree.Element("person" if is_person else "org", {ID: actor.id})
    if not is_person:
        el.set("type", actor.kind.value)
    if actor.roles:
        el.set("role", " ".join(encode_word(role) for role in actor.roles))
    _names(el, "persName" if is_person else "orgName", actor.name, actor.variants)
    for ident in actor.identifiers:
        sub(el, "idno", ident.value, type=encode_word(ident.scheme))
    if actor.lifespan is not None:
        if is_person and _is_interval(actor.lifespan):
            start, _, end = actor.lifespan.partition("/")
            date_el(el, start, "birth")
            date_el(el, end, "death")
        else:
            note = etree.SubElement(el, "note", type="lifespan")
            date_el(note, actor.lifespan)
    for membership in actor.memberships:
        if is_person:
            member = etree.SubElement(
                el, "affiliation", type="membership", ref=pointer(membership.group)
            )
        else:
            member = etree.SubElement(
                el, "note", type="membership", target=pointer(membership.group)
            )
        _membership_children(member, membership.role, membership.date, membership.note)
    if actor.description is not None:
        sub(el, "note", actor.description, type="description")
    if actor.provenance is not None:
        provenance_bibl(etree.SubElement(el, "note", type="provenance"), actor.provenance)
    return el


def event_element(event: Event, ctx: WriteState) -> Element:
    """``event`` for an :class:`Event`; the EDTF date and the printed date go in a
    ``note type="date"``, participants and the larger event in a ``listRelation``."""
    el = etree.Element("event", {ID: event.id})
    if event.type is not None:
        el.set("type", encode_word(event.type))
    for key, value in w3c_attrs(event.date).items():
        el.set(key, value)
    for ident in event.identifiers:
        sub(el, "idno", ident.value, type=encode_word(ident.scheme))
    _names(el, "eventName", event.label, event.labels)
    if event.date is not None or event.date_text is not None or event.calendar != "gregorian":
        note = etree.SubElement(el, "note", type="date")
        if event.date is not None:
            date_el(note, event.date, type="edtf")
        if event.date_text is not None or event.calendar != Calendar.GREGORIAN:
            calendar = ctx.julian_id if event.calendar == Calendar.JULIAN else ctx.gregorian_id
            sub(note, "date", event.date_text, type="printed", calendar=pointer(calendar))
    if event.description is not None:
        sub(el, "note", event.description, type="description")
    if event.provenance is not None:
        provenance_bibl(el, event.provenance)
    if event.place is not None:
        place = etree.SubElement(el, "place")
        sub(place, "placeName", event.place)
    if event.participants or event.part_of is not None:
        relations = etree.SubElement(el, "listRelation", type="event")
        for participant in event.participants:
            rel = etree.SubElement(
                relations,
                "relation",
                name="participant",
                active=pointer(participant.actor),
                passive=pointer(event.id),
            )
            if participant.role is not None:
                desc_el(rel, participant.role)
        if event.part_of is not None:
            etree.SubElement(
                relations,
                "relation",
                name="partOf",
                active=pointer(event.id),
                passive=pointer(event.part_of),
            )
    return el
