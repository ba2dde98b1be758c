"""Actors for the creators of sources: one actor per distinct name, for bibliography readers."""

from __future__ import annotations

import attrs

from purgehist.model import Actor, ActorKind, Creator, Provenance, slug
from purgehist.model.ids import IdPool
from purgehist.names import name_key

__all__ = ["AuthorIndex"]


@attrs.define
class _Draft:
    id: str
    name: str
    kind: ActorKind
    roles: list[str]
    provenance: Provenance | None


class AuthorIndex:
    """Make one actor for each distinct creator name, and link creators to it.

    Names meet under :func:`purgehist.names.name_key`, which ignores case, diacritics,
    punctuation and spacing: ``Zbigniew Brzeziński`` and ``ZBIGNIEW BRZEZINSKI`` are one actor.
    Pass names in one order (reading order, say); the index does not reorder ``Family, Given``.
    The first sighting fixes the actor's name, kind and provenance; every role a creator plays
    is added to the actor's roles.

    >>> index = AuthorIndex()
    >>> index.link(Creator(name="Getty, J. Arch"), "J. Arch Getty").actor
    'pers_j_arch_getty'
    >>> index.link(Creator(name="GETTY, J. ARCH", role="editor"), "J. ARCH GETTY").actor
    'pers_j_arch_getty'
    >>> [(a.name, a.roles) for a in index.actors()]
    [('J. Arch Getty', ('author', 'editor'))]

    :param taken: ids already in use (the sources' ids, say); new actor ids are added to it
    """

    def __init__(self, taken: set[str] | None = None) -> None:
        self._ids = IdPool(taken)
        self._drafts: dict[str, _Draft] = {}

    def link(
        self,
        creator: Creator,
        name: str,
        *,
        organisation: bool = False,
        provenance: Provenance | None = None,
    ) -> Creator:
        """*creator* with :attr:`~purgehist.model.Creator.actor` set to the actor for *name*,
        which is made (with id ``pers_…`` or ``org_…``) the first time the name is seen.

        :param creator: the creator as the source names it
        :param name: the actor's name in reading order (``J. Arch Getty``)
        :param organisation: the creator is a body, not a person (used for a new actor only)
        :param provenance: where the creator was read (used for a new actor only)
        """
        key = name_key(name) or name
        draft = self._drafts.get(key)
        if draft is None:
            kind = ActorKind.ORGANISATION if organisation else ActorKind.PERSON
            prefix = "org_" if organisation else "pers_"
            draft = _Draft(
                id=self._ids.claim(slug(name, prefix)),
                name=name,
                kind=kind,
                roles=[],
                provenance=provenance,
            )
            self._drafts[key] = draft
        if creator.role not in draft.roles:
            draft.roles.append(creator.role)
        return attrs.evolve(creator, actor=draft.id)

    def actors(self) -> list[Actor]:
        """The actors made so far, in the order their names were first seen."""
        return [
            Actor(id=d.id, kind=d.kind, name=d.name, roles=d.roles, provenance=d.provenance)
            for d in self._drafts.values()
        ]

    def __len__(self) -> int:
        return len(self._drafts)
