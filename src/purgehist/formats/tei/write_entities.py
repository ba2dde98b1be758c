"""Actors (``person``, ``org``) and events (``event``) as TEI elements.

A person's places of birth and death are ``birth/placeName[@ref]`` and ``death/placeName[@ref]``
(an organisation's, ``note[@type='birthPlace'|'deathPlace']/placeName[@ref]``); an event's
place is ``@where``. A membership that actors assert or dispute gets an ``xml:id``, and their
stances are ``relation[@type='placement']`` in a ``note[@type='placements']`` of the member.
"""

from __future__ import annotations

from lxml import etree

from purgehist.formats.tei.build import (
    date_el,
    desc_el,
    idno_els,
    name_els,
    provenance_bibl,
    sub,
)
from purgehist.formats.tei.chars import encode_word
from purgehist.formats.tei.dates import w3c_attrs
from purgehist.formats.tei.namespaces import ID, pointer
from purgehist.formats.tei.write_claims import attribution_relation
from purgehist.formats.tei.write_state import WriteState
from purgehist.model import Actor, ActorKind, Calendar, Event
from purgehist.model.dates import EdtfError, parse_edtf

__all__ = ["actor_element", "event_element"]

Element = etree._Element


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


def _life_event(el: Element, tag: str, date: str, place: str | None, ctx: WriteState) -> None:
    """``birth`` or ``death``: the EDTF date as content, or, with a place, in a ``date`` child
    beside ``placeName[@ref]``."""
    if place is None:
        date_el(el, date, tag)
        return
    event = etree.SubElement(el, tag)
    if date:
        date_el(event, date)
    sub(event, "placeName", ctx.place_name(place), ref=pointer(place))


def _person_parts(el: Element, actor: Actor, ctx: WriteState) -> None:
    """Sex, birth and death (dates and places) and, for a lifespan that is no interval, a
    ``note[@type='lifespan']``."""
    if actor.sex is not None:
        sub(el, "sex", actor.sex)
    interval = actor.lifespan is not None and _is_interval(actor.lifespan)
    start, _, end = (actor.lifespan or "").partition("/") if interval else ("", "", "")
    if interval or actor.birth_place is not None:
        _life_event(el, "birth", start, actor.birth_place, ctx)
    if interval or actor.death_place is not None:
        _life_event(el, "death", end, actor.death_place, ctx)
    if actor.lifespan is not None and not interval:
        date_el(etree.SubElement(el, "note", type="lifespan"), actor.lifespan)


def _group_parts(el: Element, actor: Actor, ctx: WriteState) -> None:
    """What an organisation has of a person's parts, as typed notes (``org`` holds no
    ``sex``, ``birth`` or ``death``)."""
    if actor.sex is not None:
        sub(el, "note", actor.sex, type="sex")
    for kind, place in (("birthPlace", actor.birth_place), ("deathPlace", actor.death_place)):
        if place is not None:
            note = etree.SubElement(el, "note", type=kind)
            sub(note, "placeName", ctx.place_name(place), ref=pointer(place))
    if actor.lifespan is not None:
        date_el(etree.SubElement(el, "note", type="lifespan"), actor.lifespan)


def _memberships(el: Element, actor: Actor, ctx: WriteState) -> None:
    is_person = actor.kind == ActorKind.PERSON
    placements = etree.Element("listRelation", type="placements")
    for n, membership in enumerate(actor.memberships, 1):
        if is_person:
            member = etree.SubElement(
                el, "affiliation", type="membership", ref=pointer(membership.group)
            )
        else:
            member = etree.SubElement(
                el, "note", type="membership", target=pointer(membership.group)
            )
        if membership.attributions:
            member_id = ctx.membership_id(actor.id, n)
            member.set(ID, member_id)
            for attribution in membership.attributions:
                attribution_relation(placements, attribution, member_id, ctx, "placement")
        _membership_children(member, membership.role, membership.date, membership.note)
    if len(placements):
        etree.SubElement(el, "note", type="placements").append(placements)


def actor_element(actor: Actor, ctx: WriteState) -> Element:
    """``person`` (persons) or ``org`` (organisations, groups, schools) for an :class:`Actor`."""
    is_person = actor.kind == ActorKind.PERSON
    el = etree.Element("person" if is_person else "org", {ID: actor.id})
    if not is_person:
        el.set("type", actor.kind.value)
    if actor.roles:
        el.set("role", " ".join(encode_word(role) for role in actor.roles))
    name_els(el, "persName" if is_person else "orgName", actor.name, actor.variants)
    idno_els(el, actor.identifiers, actor.external)
    if is_person:
        _person_parts(el, actor, ctx)
    else:
        _group_parts(el, actor, ctx)
    _memberships(el, actor, ctx)
    if actor.description is not None:
        sub(el, "note", actor.description, type="description")
    if actor.provenance is not None:
        provenance_bibl(etree.SubElement(el, "note", type="provenance"), actor.provenance)
    return el


def event_element(event: Event, ctx: WriteState) -> Element:
    """``event`` for an :class:`Event`; the EDTF date and the printed date go in a
    ``note type="date"``, the place in ``@where``, participants and the larger event in a
    ``listRelation``."""
    el = etree.Element("event", {ID: event.id})
    if event.type is not None:
        el.set("type", encode_word(event.type))
    for key, value in w3c_attrs(event.date).items():
        el.set(key, value)
    if event.place is not None:
        el.set("where", pointer(event.place))
    idno_els(el, event.identifiers, None)
    name_els(el, "eventName", event.label, event.labels)
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
