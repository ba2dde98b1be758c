"""Events, with uncertain dates in EDTF."""

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
from purgehist.model.ids import ncname_validator, optional_ncname_validator

__all__ = ["Calendar", "Event", "Participant"]


class Calendar(StrEnum):
    """The calendar a date was printed in. The EDTF ``date`` is always Gregorian."""

    GREGORIAN = "gregorian"
    JULIAN = "julian"
    """Old Style; used in Russia until 31 January 1918."""


@frozen(kw_only=True)
class Participant:
    """An actor taking part in an event, in some role (``victim``, ``defendant``, ``organiser``)."""

    actor: str = field(validator=ncname_validator)
    role: str | None = optional_text()


@frozen(kw_only=True)
class Event:
    """Something that happened, at a date that may be uncertain."""

    id: str = field(validator=ncname_validator)
    label: str = field(validator=non_empty)
    labels: tuple[NameVariant, ...] = field(default=(), converter=tuple_of)
    """The label in other languages."""
    type: str | None = optional_text()
    """Free word: ``trial``, ``congress``, ``plenum``, ``murder``, ``operation``…"""
    date: str | None = field(default=None, validator=edtf_validator())
    """Gregorian date or interval in EDTF: ``1934-12-01``, ``1936/1938``, ``1937~``, ``1935?``."""
    date_text: str | None = optional_text()
    """The date as printed in the source, kept beside the normalised one."""
    calendar: Calendar = field(default=Calendar.GREGORIAN, converter=Calendar)
    """The calendar of *date_text*."""
    place: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the :class:`~purgehist.model.places.Place` where it happened."""
    participants: tuple[Participant, ...] = field(default=(), converter=tuple_of)
    part_of: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of a larger event this one belongs to."""
    description: str | None = optional_text()
    identifiers: tuple[Identifier, ...] = field(default=(), converter=tuple_of)
    provenance: Provenance | None = None
