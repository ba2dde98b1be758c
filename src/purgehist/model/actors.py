"""Actors: persons, organisations, groups and schools of thought."""

from __future__ import annotations

from enum import StrEnum

from attrs import field, frozen

from purgehist.model.claims import Attribution
from purgehist.model.common import (
    Identifier,
    Named,
    NameVariant,
    Provenance,
    non_empty,
    optional_text,
    tuple_of,
)
from purgehist.model.dates import edtf_validator
from purgehist.model.ids import ncname_validator, optional_ncname_validator

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
    """An actor's membership of an organisation, group or school of thought.

    A membership without attributions is a plain fact (a party card); a placement in a school
    of thought is a historian's judgement and should say whose (see *attributions*).
    """

    group: str = field(validator=ncname_validator)
    """Id of the organisation, group or school."""
    role: str | None = optional_text()
    date: str | None = field(default=None, validator=edtf_validator())
    """When, in EDTF (``1985/1991``, ``1937/..``)."""
    note: str | None = optional_text()
    attributions: tuple[Attribution, ...] = field(default=(), converter=tuple_of)
    """Who places the actor in the group (stance ``asserts``), who disputes or qualifies the
    placement, in which work and with which evidence; none for an undisputed membership."""


@frozen(kw_only=True)
class Actor(Named):
    """Someone (or a body of people) who acts in history or writes about it."""

    id: str = field(validator=ncname_validator)
    kind: ActorKind = field(default=ActorKind.PERSON, converter=ActorKind)
    name: str = field(validator=non_empty)
    """The preferred name, in the dataset's language."""
    variants: tuple[NameVariant, ...] = field(default=(), converter=tuple_of)
    roles: tuple[str, ...] = field(default=(), converter=tuple_of)
    """Free words such as ``historian``, ``politician``, ``defector``, ``witness``."""
    sex: str | None = optional_text()
    """The sex of a person as the source records it (``male``, ``f``, ``1``)."""
    lifespan: str | None = field(default=None, validator=edtf_validator())
    """Life (persons) or existence (organisations), in EDTF: ``1878-12-18/1953-03-05``."""
    birth_place: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the :class:`~purgehist.model.places.Place` of birth (or of founding)."""
    death_place: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the :class:`~purgehist.model.places.Place` of death (or of dissolution)."""
    memberships: tuple[Membership, ...] = field(default=(), converter=tuple_of)
    identifiers: tuple[Identifier, ...] = field(default=(), converter=tuple_of)
    description: str | None = optional_text()
    external: str | None = optional_text()
    """The pointer into a register outside this dataset (``#reg1234``, ``reg:1234``, a URL);
    the record is then a stub holding the name printed where the actor is mentioned."""
    provenance: Provenance | None = None
