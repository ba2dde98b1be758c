"""Actors: persons, organisations, groups and schools of thought."""

from __future__ import annotations

from enum import StrEnum

from attrs import field, frozen

from purgehist.model.common import (
    Identifier,
    NameVariant,
    Provenance,
    non_empty,
    optional_text,
    tuple_of,
)
from purgehist.model.dates import edtf_validator
from purgehist.model.ids import ncname_validator

__all__ = ["Actor", "ActorKind", "Membership"]


class ActorKind(StrEnum):
    """What sort of actor."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    SCHOOL = "school"
    """A school of thought, e.g. the 'totalitarian' or the 'revisionist' school."""


@frozen(kw_only=True)
class Membership:
    """An actor's membership of an organisation, group or school of thought."""

    group: str = field(validator=ncname_validator)
    """Id of the organisation, group or school."""
    role: str | None = optional_text()
    date: str | None = field(default=None, validator=edtf_validator())
    """When, in EDTF (``1985/1991``, ``1937/..``)."""
    note: str | None = optional_text()


@frozen(kw_only=True)
class Actor:
    """Someone (or a body of people) who acts in history or writes about it."""

    id: str = field(validator=ncname_validator)
    kind: ActorKind = field(default=ActorKind.PERSON, converter=ActorKind)
    name: str = field(validator=non_empty)
    """The preferred name, in the dataset's language."""
    variants: tuple[NameVariant, ...] = field(default=(), converter=tuple_of)
    roles: tuple[str, ...] = field(default=(), converter=tuple_of)
    """Free words such as ``historian``, ``politician``, ``defector``, ``witness``."""
    lifespan: str | None = field(default=None, validator=edtf_validator())
    """Life (persons) or existence (organisations), in EDTF: ``1878-12-18/1953-03-05``."""
    memberships: tuple[Membership, ...] = field(default=(), converter=tuple_of)
    identifiers: tuple[Identifier, ...] = field(default=(), converter=tuple_of)
    description: str | None = optional_text()
    provenance: Provenance | None = None

    def all_names(self) -> tuple[str, ...]:
        """The preferred name followed by every variant."""
        return (self.name, *(v.name for v in self.variants))
