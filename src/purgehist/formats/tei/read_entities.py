"""``person``, ``personGrp`` and ``org`` → :class:`Actor`: names, sex, lifespans and places of
birth and death, occupations (other projects' files), memberships and who asserts them."""

from __future__ import annotations

from purgehist.formats.tei.chars import decode_attr, text_of
from purgehist.formats.tei.dates import edtf_from_attrs
from purgehist.formats.tei.namespaces import ID, local, t, unpoint
from purgehist.formats.tei.read_claims import read_attribution
from purgehist.formats.tei.read_state import Element, Kids, ReadState, attrs_of
from purgehist.model import Actor, ActorKind, Attribution, Membership

__all__ = ["read_actor"]

_MAIN_NAMES = ("main", "reg", "full", "preferred")
"""``@type`` of the name other projects mean as the main one."""
_PLACE_NAME = t("placeName")
_PLACE_SKIP = frozenset({_PLACE_NAME})


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
    if not state.own:
        roles += tuple(r for o in kids.take("occupation") if (r := state.text(o)) is not None)
    sex = _sex(state, el, kids)
    birth, death = kids.first("birth"), kids.first("death")
    lifespan = _lifespan(state, el, kids, birth, death)
    places = {
        "birth_place": state.place_ref(_place_of(state, kids, birth, "birthPlace")),
        "death_place": state.place_ref(_place_of(state, kids, death, "deathPlace")),
    }
    memberships = _memberships(state, kids)
    external = state.external(kids)
    description = state.description(kids)
    actor = state.finish(
        el,
        kids,
        Actor,
        "pers_" if kind == ActorKind.PERSON else "org_",
        main or "x",
        kind=kind,
        name=state.name_or_id(el, main, "person" if kind == ActorKind.PERSON else "actor"),
        variants=variants,
        roles=roles,
        sex=sex,
        lifespan=lifespan,
        memberships=memberships,
        description=description,
        external=external,
        **{field: place_id for field, (place_id, _) in places.items()},
    )
    if actor is not None:
        state.actors.append(actor)
        for field, (_, name) in places.items():
            if name is not None:
                where = state.where(el)
                state.place_names.add("actors", len(state.actors) - 1, field, name, where)


def _kind(state: ReadState, el: Element, tag: str) -> ActorKind | None:
    if tag == "person":
        return ActorKind.PERSON
    if state.own:
        return state.choice(el, ActorKind, el.get("type", "organisation"), "kind of actor")
    if tag == "personGrp":
        return ActorKind.GROUP
    org_type = (el.get("type") or "").lower()
    return ActorKind.SCHOOL if "school" in org_type else ActorKind.ORGANISATION


def _sex(state: ReadState, el: Element, kids: Kids) -> str | None:
    """``sex`` (its text, else ``@value``), an organisation's ``note[@type='sex']`` in
    purgehist's own files, or another project's ``person/@sex``."""
    found = kids.first("sex")
    if found is not None:
        return state.text(found) or (None if state.own else found.get("value"))
    if state.own:
        return state.text(kids.first("note", type="sex"))
    return el.get("sex")


def _place_of(
    state: ReadState, kids: Kids, life_event: Element | None, note: str
) -> Element | None:
    """The element naming the place of a ``birth`` or ``death`` (``placeName``, or the event
    itself for its ``@where``), or of an organisation's ``note[@type=note]``."""
    if life_event is None:
        holder = kids.first("note", type=note) if state.own else None
        return holder.find(_PLACE_NAME) if holder is not None else None
    name = life_event.find(_PLACE_NAME)
    if name is None and life_event.get("where"):
        return life_event
    return name


def _lifespan(
    state: ReadState, el: Element, kids: Kids, birth: Element | None, death: Element | None
) -> str | None:
    note = kids.first("note", type="lifespan") if state.own else None
    if note is not None:
        date = note.find(t("date"))
        return state.edtf(note, text_of(date)) if date is not None else None
    if birth is None and death is None:
        return None
    if state.own:
        # A birth or death with a place holds its date (if any) in a date child.
        born = text_of(birth, _PLACE_SKIP) if birth is not None else ""
        died = text_of(death, _PLACE_SKIP) if death is not None else ""
        return state.edtf(el, f"{born}/{died}") if born or died else None
    start = _point(state, birth) if birth is not None else None
    end = _point(state, death) if death is not None else None
    if start is None and end is None:
        return None
    return state.edtf(el, f"{start or ''}/{end or ''}")


def _point(state: ReadState, el: Element) -> str | None:
    """A single date (for birth and death) from other projects' dating attributes, on the
    element or on a ``date`` child."""
    child = el.find(t("date"))
    if child is not None and not any(el.get(a) for a in ("when", "notBefore", "notAfter")):
        el = child
    when = el.get("when") or el.get("when-iso")
    if when:
        return when
    low, high = el.get("notBefore"), el.get("notAfter")
    if low and high and low != high:
        state.found.warning("approximate-date", f"{low}..{high} is read as {low}?", state.where(el))
        return f"{low}?"
    value = low or high
    return f"{value}?" if value and not (low and high) else value


def _memberships(state: ReadState, kids: Kids) -> tuple[Membership, ...]:
    """``affiliation`` (persons) and ``note[@type='membership']`` (organisations), with the
    stances in ``note[@type='placements']`` that point to them by ``xml:id``."""
    elements = kids.take("affiliation") + kids.take("note", type="membership")
    stances: dict[str, list[Attribution]] = {}
    note = kids.first("note", type="placements") if state.own else None
    if note is not None:
        for rel in note.iter(t("relation")):
            attribution = read_attribution(state, rel) if rel.get("type") == "placement" else None
            if attribution is not None:
                stances.setdefault(unpoint(rel.get("passive", "")), []).append(attribution)
            elif rel.get("type") != "placement":
                state.not_mapped(rel, note)
    memberships = []
    for el in elements:
        membership = _membership(state, el, tuple(stances.pop(el.get(ID, ""), ())))
        if membership is not None:
            memberships.append(membership)
    for target in stances:
        state.found.error(
            "dangling-reference",
            f"a stance on the membership {target!r}, which this actor does not have",
            state.where(note if note is not None else kids.el),
        )
    return tuple(memberships)


def _membership(
    state: ReadState, el: Element, attributions: tuple[Attribution, ...]
) -> Membership | None:
    target = el.get("ref") or el.get("target")
    if not target:
        state.not_mapped(el)
        state.found.warning(
            "unmapped-affiliation", "an affiliation without @ref is not read", state.where(el)
        )
        return None
    kids = Kids(el)
    date_el = kids.first("date")
    role = state.text(kids.first("roleName"))
    if state.own:
        date = state.text(date_el)
    else:
        date = edtf_from_attrs(attrs_of(el))
        date = state.edtf(el, date) if date else None
        if role is None and not len(el):
            role = state.text(el)  # "Mitglied": the affiliation's own words
    return state.build(
        el,
        Membership,
        group=unpoint(target.split()[0]),
        role=role,
        date=date,
        note=state.text(kids.first("note")),
        attributions=attributions,
    )
