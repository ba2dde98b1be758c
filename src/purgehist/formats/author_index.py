"""Actors for the authors of sources: the spellings of one person's name merged into one actor.

Every reader that makes sources with creators (BibTeX, CSL-JSON, plain text) links each creator
to an actor through an :class:`AuthorIndex`; what counts as one person's name is the index's
:class:`NameMatch`.
"""

from __future__ import annotations

from enum import StrEnum

import attrs

from purgehist.model import Actor, ActorKind, Creator, NameVariant, Provenance, slug
from purgehist.model.ids import IdPool
from purgehist.names import PersonName, name_key

__all__ = ["AuthorIndex", "NameMatch"]


class NameMatch(StrEnum):
    """When an :class:`AuthorIndex` takes two spellings for one person's name."""

    WHOLE_NAME = "whole-name"
    """The names are equal but for case, diacritics, punctuation and spacing; the actor id is
    made from the whole name. For records that give each name in full (BibTeX, CSL-JSON), where
    ``Conquest`` and ``Robert Conquest`` may be two people and must stay apart."""
    SURNAME_INITIAL = "surname-initial"
    """The surnames (without particles) are equal and the first given initials agree, or one
    name has none; a bare surname joins the only actor with that surname, if there is one
    only. The actor id is made from the surname. For footnotes and bibliographies in running
    text, which shorten names (``Getty``, ``J.A. Getty``, ``Getty, J. Arch``)."""


@attrs.define
class _Draft:
    id: str
    kind: ActorKind
    initial: str
    provenance: Provenance | None
    names: list[PersonName] = attrs.Factory(list)
    roles: list[str] = attrs.Factory(list)


class AuthorIndex:
    """Make one actor for each person (or body) named, and link creators to it.

    The first sighting fixes the actor's id, kind and provenance; every role a name is added
    with joins the actor's roles. The actor's name is its fullest spelling (the most letters
    in the given names, then the longest given names; the first seen among equals), and the
    other spellings are its variants, unless they differ from the name only in case,
    diacritics, punctuation or spacing.

    >>> index = AuthorIndex()
    >>> index.link(Creator(name="Getty, J. Arch"), "J. Arch Getty").actor
    'pers_j_arch_getty'
    >>> index.link(Creator(name="GETTY, J. ARCH", role="editor"), "J. ARCH GETTY").actor
    'pers_j_arch_getty'
    >>> [(a.name, a.roles) for a in index.actors()]
    [('J. Arch Getty', ('author', 'editor'))]

    :param taken: ids already in use (the sources' ids, say); new actor ids are added to it
    :param match: when two spellings are one name (see :class:`NameMatch`)
    """

    def __init__(
        self, taken: set[str] | None = None, *, match: NameMatch = NameMatch.WHOLE_NAME
    ) -> None:
        self._ids = IdPool(taken)
        self._match = match
        self._by_key: dict[str, list[_Draft]] = {}
        self._drafts: list[_Draft] = []

    def add(
        self,
        name: PersonName | str,
        role: str,
        *,
        organisation: bool = False,
        provenance: Provenance | None = None,
    ) -> str:
        """The id of the actor *name* stands for, made (``pers_…`` or ``org_…``) when new.

        :param name: the name read; a string is a whole name in reading order
            (``J. Arch Getty``), taken as it is
        :param role: a role the actor plays (``author``, ``editor``…)
        :param organisation: the name is a body's, not a person's (used for a new actor only)
        :param provenance: where the name was read (used for a new actor only)
        """
        person = name if isinstance(name, PersonName) else PersonName(surname=name)
        drafts = self._by_key.setdefault(self._key(person), [])
        draft = self._find(drafts, person)
        if draft is None:
            draft = _Draft(
                id=self._new_id(person, organisation),
                kind=ActorKind.ORGANISATION if organisation else ActorKind.PERSON,
                initial=person.initial,
                provenance=provenance,
            )
            drafts.append(draft)
            self._drafts.append(draft)
        if not draft.initial and person.initial:
            draft.initial = person.initial
        if person not in draft.names:
            draft.names.append(person)
        if role not in draft.roles:
            draft.roles.append(role)
        return draft.id

    def link(
        self,
        creator: Creator,
        name: PersonName | str,
        *,
        organisation: bool = False,
        provenance: Provenance | None = None,
    ) -> Creator:
        """*creator* with :attr:`~purgehist.model.Creator.actor` set to the actor for *name*
        (see :meth:`add`; the creator's role joins the actor's roles).

        :param creator: the creator as the source names it
        :param name: the actor's name (``J. Arch Getty``)
        """
        actor = self.add(name, creator.role, organisation=organisation, provenance=provenance)
        return attrs.evolve(creator, actor=actor)

    def surnames(self) -> dict[str, str]:
        """Folded surname (:attr:`PersonName.key`) → actor id, for the surnames that name one
        actor only."""
        by_surname: dict[str, list[str]] = {}
        for draft in self._drafts:
            by_surname.setdefault(draft.names[0].key, []).append(draft.id)
        return {key: ids[0] for key, ids in by_surname.items() if len(ids) == 1}

    def actors(self) -> list[Actor]:
        """The actors made so far, in the order their names were first seen."""
        return [_actor(d) for d in self._drafts]

    def __len__(self) -> int:
        return len(self._drafts)

    def _key(self, name: PersonName) -> str:
        if self._match is NameMatch.SURNAME_INITIAL:
            return name.key
        return name_key(name.natural) or name.natural

    def _find(self, drafts: list[_Draft], name: PersonName) -> _Draft | None:
        if self._match is NameMatch.WHOLE_NAME or not name.initial:
            return drafts[0] if len(drafts) == 1 else None
        return next((d for d in drafts if d.initial in ("", name.initial)), None)

    def _new_id(self, name: PersonName, organisation: bool) -> str:
        prefix = "org_" if organisation else "pers_"
        if self._match is NameMatch.WHOLE_NAME:
            return self._ids.claim(slug(name.natural, prefix))
        base = slug(name.surname, prefix)
        # a second person of one surname is told apart by the initial first, then counted
        with_initial = f"{base}_{name.initial or 'x'}"
        taken = self._ids.taken
        if base in taken and with_initial not in taken:
            taken.add(with_initial)
            return with_initial
        return self._ids.claim(base)


def _actor(draft: _Draft) -> Actor:
    names = sorted(draft.names, key=lambda n: (-len(n.given.replace(".", "")), -len(n.given)))
    preferred = names[0].natural
    variants: list[NameVariant] = []
    seen = {name_key(preferred)}
    for other in names[1:]:
        key = name_key(other.natural)
        if key not in seen:
            seen.add(key)
            variants.append(NameVariant(name=other.natural))
    return Actor(
        id=draft.id,
        kind=draft.kind,
        name=preferred,
        variants=tuple(variants),
        roles=tuple(draft.roles),
        provenance=draft.provenance,
    )
