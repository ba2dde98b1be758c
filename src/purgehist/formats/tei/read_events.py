"""``event`` → :class:`Event`: labels, dates and calendars, place, participants.

The place is ``@where`` (purgehist's own files since format 2); a ``place/placeName`` without a
pointer (other projects' files, and purgehist's own before) names it, and is resolved by name
once the file is read (see :class:`~purgehist.formats.tei.read_state.PlaceNames`)."""

from __future__ import annotations

from purgehist.formats.tei.chars import decode_attr
from purgehist.formats.tei.namespaces import t, unpoint
from purgehist.formats.tei.read_state import Element, Kids, ReadState
from purgehist.model import Calendar, Event, Participant

__all__ = ["read_event"]


def read_event(state: ReadState, el: Element) -> None:
    """Read an ``event`` into ``state.events``."""
    kids = Kids(el)
    names = kids.take("eventName") or kids.take("label") or kids.take("head")
    label = state.text(names[0]) if names else None
    if label is None and not state.own:
        label = state.text(kids.first("desc")) or state.text(kids.first("p"))
    variants = state.variants(names[1:])
    date, date_text, calendar = _dates(state, el, kids)
    description = state.description(kids)
    place_id, place_name = state.place_ref(el) if el.get("where") else (None, None)
    place = kids.first("place")
    if place is not None and place_id is None:
        named = place.find(t("placeName"))
        place_id, place_name = state.place_ref(named if named is not None else place)
    participants: list[Participant] = []
    part_of = None
    for lst in kids.take("listRelation"):
        for rel in lst.iter(t("relation")):
            if rel.get("name") == "participant":
                desc = rel.find(t("desc"))
                participants.append(
                    Participant(
                        actor=unpoint(rel.get("active", "")),
                        role=state.text(desc) if desc is not None else None,
                    )
                )
            elif rel.get("name") == "partOf":
                part_of = unpoint(rel.get("passive", ""))
            else:
                state.not_mapped(rel, lst)
    event = state.finish(
        el,
        kids,
        Event,
        "ev_",
        label or "event",
        label=label or "",
        labels=variants,
        type=decode_attr(el.get("type", "")) or None,
        date=date,
        date_text=date_text,
        calendar=calendar,
        place=place_id,
        participants=tuple(participants),
        part_of=part_of,
        description=description,
    )
    if event is not None:
        state.events.append(event)
        if place_name is not None:
            state.place_names.add(
                "events", len(state.events) - 1, "place", place_name, state.where(el)
            )


def _dates(state: ReadState, el: Element, kids: Kids) -> tuple[str | None, str | None, Calendar]:
    """The EDTF date, the date as printed and its calendar: from ``note type="date"`` in
    purgehist's own files, from dating attributes (or a ``date`` child) in others'."""
    date = date_text = None
    calendar = Calendar.GREGORIAN
    if state.own:
        date_note = kids.first("note", type="date")
        if date_note is not None:
            date_kids = Kids(date_note)
            date = state.text(date_kids.first("date", type="edtf"))
            printed = date_kids.first("date", type="printed")
            if printed is not None:
                date_text = state.text(printed)
                if (printed.get("calendar") or "").endswith("julian"):
                    calendar = Calendar.JULIAN
        return date, date_text, calendar
    date = state.foreign_date(el)
    if date is None:
        date_child = kids.first("date")
        date = state.foreign_date(date_child) if date_child is not None else None
    return date, date_text, calendar
