"""``person``, ``personGrp`` and ``org`` → :class:`Actor`, with lifespans and memberships."""

from __future__ import annotations

from purgehist.formats.tei.chars import decode_attr, text_of
from purgehist.formats.tei.dates import edtf_from_attrs
from purgehist.formats.tei.namespaces import local, t, unpoint
from purgehist.formats.tei.read_state import Element, Kids, ReadState, attrs_of
from purgehist.model import Actor, ActorKind, Membership

__all__ = ["read_actor"]

_MAIN_NAMES = ("main", "reg", "full", "preferred")
"""``@type`` of the name other projects mean as the main one."""


def read_actor(state: ReadState, el: Element) -> None:
    """Read a ``person``, ``personGrp`` or ``org`` into ``state.actors``."""
    tag = local(el.tag)
    kids = Kids(el)
    names = kids.take("persName" if tag == "person" else "orgName") or kids.take("name")
    kind = _kind(state, el, tag)
    if kind is None:
        return
    main_index = 0
    if not state.own:
        for i, name_el in enumerate(names):
            if name_el.get("type") in _MAIN_NAMES:
                main_index = i
                break
    main = state.text(names[main_index]) if names else None
    if main is None:
        main = state.text(kids.first("label")) or ""
    variants = state.variants(n for i, n in enumerate(names) if i != main_index and state.text(n))
    roles = tuple(decode_attr(r) for r in (el.get("role") or "").split())
    lifespan = _lifespan(state, el, kids)
    memberships = [_membership(state, m) for m in kids.take("affiliation")]
    memberships += [_membership(state, m) for m in kids.take("note", type="membership")]
    description = state.description(kids)
    actor = state.finish(
        el,
        kids,
        Actor,
        "pers_" if kind == ActorKind.PERSON else "org_",
        main or "x",
        kind=kind,
        name=main,
        variants=variants,
        roles=roles,
        lifespan=lifespan,
        memberships=tuple(m for m in memberships if m is not None),
        description=description,
    )
    if actor is not None:
        state.actors.append(actor)


def _kind(state: ReadState, el: Element, tag: str) -> ActorKind | None:
    if tag == "person":
        return ActorKind.PERSON
    if state.own:
        return state.choice(el, ActorKind, el.get("type", "organisation"), "kind of actor")
    if tag == "personGrp":
        return ActorKind.GROUP
    org_type = (el.get("type") or "").lower()
    return ActorKind.SCHOOL if "school" in org_type else ActorKind.ORGANISATION


def _lifespan(state: ReadState, el: Element, kids: Kids) -> str | None:
    birth = kids.first("birth")
    death = kids.first("death")
    note = kids.first("note", type="lifespan") if state.own else None
    if note is not None:
        date = note.find(t("date"))
        return state.edtf(note, text_of(date)) if date is not None else None
    if birth is None and death is None:
        return None
    if state.own:
        return state.edtf(
            el,
            f"{text_of(birth) if birth is not None else ''}/"
            f"{text_of(death) if death is not None else ''}",
        )
    start = _point(state, birth) if birth is not None else None
    end = _point(state, death) if death is not None else None
    if start is None and end is None:
        return None
    return state.edtf(el, f"{start or ''}/{end or ''}")


def _point(state: ReadState, el: Element) -> str | None:
    """A single date (for birth and death) from other projects' dating attributes."""
    when = el.get("when") or el.get("when-iso")
    if when:
        return when
    low, high = el.get("notBefore"), el.get("notAfter")
    if low and high and low != high:
        state.found.warning("approximate-date", f"{low}..{high} is read as {low}?", state.where(el))
        return f"{low}?"
    value = low or high
    return f"{value}?" if value and not (low and high) else value


def _membership(state: ReadState, el: Element) -> Membership | None:
    target = el.get("ref") or el.get("target")
    if not target:
        state.not_mapped(el)
        state.found.warning(
            "unmapped-affiliation", "an affiliation without @ref is not read", state.where(el)
        )
        return None
    kids = Kids(el)
    date_el = kids.first("date")
    if state.own:
        date = state.text(date_el)
    else:
        date = edtf_from_attrs(attrs_of(el))
        date = state.edtf(el, date) if date else None
    return state.build(
        el,
        Membership,
        group=unpoint(target.split()[0]),
        role=state.text(kids.first("roleName")),
        date=date,
        note=state.text(kids.first("note")),
    )
