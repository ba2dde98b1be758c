"""``place`` → :class:`Place`: names (dated), coordinates, the larger place, identifiers.

purgehist's own files point to the larger place (``location[@type='partOf']/placeName[@ref]``);
other projects' files nest places (a ``place`` or ``listPlace`` inside a ``place``), and a
nested place is read as part of the one around it.
"""

from __future__ import annotations

import re

from purgehist.formats.tei.chars import decode_attr
from purgehist.formats.tei.namespaces import t
from purgehist.formats.tei.read_state import Element, Kids, ReadState
from purgehist.model import Coordinates, Place

__all__ = ["read_place"]

_MAIN_NAMES = ("main", "reg", "full", "preferred")
_NAME_TAGS = ("placeName", "settlement", "region", "country", "district", "bloc", "geogName")
"""The elements other projects name a place with, the most usual first."""
_PLACE = t("place")
_GEO = re.compile(r"\s*([-+]?[0-9.eE+-]+)\s*[,\s]\s*([-+]?[0-9.eE+-]+)\s*")


def _names(state: ReadState, kids: Kids) -> tuple[str | None, list[Element]]:
    """The main name and the elements of the other names."""
    names: list[Element] = []
    for tag in ("placeName",) if state.own else _NAME_TAGS:
        names = kids.take(tag)
        if names:
            break
    main_index = 0
    if not state.own:
        main_index = next(
            (i for i, n in enumerate(names) if n.get("type") in _MAIN_NAMES), main_index
        )
    main = state.text(names[main_index]) if names else None
    return main, [n for i, n in enumerate(names) if i != main_index and state.text(n)]


def _coordinates(state: ReadState, location: Element | None) -> Coordinates | None:
    geo = location.find(t("geo")) if location is not None else None
    text = state.text(geo)
    if geo is None or text is None:
        return None
    if not state.own and text.count(",") == 2 and "." not in text:
        text = text.replace(",", ".")  # "48,20815 16,36846": a comma as the decimal mark
    match = _GEO.fullmatch(text)
    try:
        if match is None:
            raise ValueError("two numbers are needed")
        return Coordinates(latitude=float(match[1]), longitude=float(match[2]))
    except ValueError as exc:
        message = f"coordinates {text!r} are not 'latitude longitude' in degrees ({exc})"
        if state.own:
            state.found.error("invalid-coordinates", message, state.where(geo))
        else:
            state.found.warning("invalid-coordinates", f"{message}; left out", state.where(geo))
        return None


def read_place(state: ReadState, el: Element, part_of: str | None = None) -> None:
    """Read a ``place`` into ``state.places``, then the places nested in it (other
    projects' files), each part of this one.

    :param part_of: the id of the place *el* is nested in
    """
    kids = Kids(el)
    main, variant_els = _names(state, kids)
    located = None
    coordinates = None
    for location in kids.take("location"):
        if location.get("type") == "partOf":
            located, _ = state.place_ref(location.find(t("placeName")))
        elif coordinates is None:
            coordinates = _coordinates(state, location)
            for child in location:
                if child.tag != t("geo") and isinstance(child.tag, str):
                    state.not_mapped(child, location)
        else:
            state.not_mapped(location, el)
    nested = kids.take("place") + [
        p for lst in kids.take("listPlace") for p in lst if p.tag == _PLACE
    ]
    external = state.external(kids)
    place = state.finish(
        el,
        kids,
        Place,
        "pl_",
        main or "place",
        name=main or "",
        variants=state.variants(variant_els),
        type=decode_attr(el.get("type", "")) or None,
        coordinates=coordinates,
        part_of=located or part_of,
        description=state.description(kids),
        external=external,
    )
    if place is None:
        return
    state.places.append(place)
    for child in nested:
        read_place(state, child, place.id)
