"""Stubs for what other projects' records point to outside the file: a creator whose
``@ref`` names an entry of the edition's central register (``#pmb12790`` with no such id in
the file) becomes an actor marked external, named as printed where it is used, so that the
dataset validates and round-trips (checks report stubs as information)."""

from __future__ import annotations

from purgehist.formats.tei.read_state import ReadState
from purgehist.model import Actor, ActorKind

__all__ = ["add_creator_stubs"]


def add_creator_stubs(state: ReadState) -> None:
    """Add an external actor for every creator's pointer that no actor of the file has."""
    known = {a.id for a in state.actors}
    for source in state.sources:
        for creator in source.creators:
            if creator.actor is None or creator.actor in known or creator.actor in state.ids:
                continue
            known.add(creator.actor)
            state.ids.add(creator.actor)
            state.actors.append(
                Actor(
                    id=creator.actor,
                    kind=ActorKind.PERSON,
                    name=creator.name,
                    external=f"#{creator.actor}",
                )
            )
