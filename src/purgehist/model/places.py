"""Places: cities, regions, camps, prisons, buildings, with their names over time."""

from __future__ import annotations

from attrs import field, frozen
from attrs.validators import ge, le

from purgehist.model.common import (
    Identifier,
    Named,
    NameVariant,
    Provenance,
    non_empty,
    optional_text,
    tuple_of,
)
from purgehist.model.ids import ncname_validator, optional_ncname_validator

__all__ = ["Coordinates", "Place"]


@frozen(kw_only=True)
class Coordinates:
    """A point on the earth, in decimal degrees (WGS 84, as GeoNames and Wikidata give them)."""

    latitude: float = field(validator=[ge(-90.0), le(90.0)])
    """North of the equator is positive: Moscow ``55.7558``."""
    longitude: float = field(validator=[ge(-180.0), le(180.0)])
    """East of Greenwich is positive: Moscow ``37.6173``."""


@frozen(kw_only=True)
class Place(Named):
    """A place where something happened or someone was born or died: a city, a region, a camp,
    a prison, a building."""

    id: str = field(validator=ncname_validator)
    name: str = field(validator=non_empty)
    """The preferred name, in the dataset's language."""
    variants: tuple[NameVariant, ...] = field(default=(), converter=tuple_of)
    """Other names, by language and script, each with the time it was in use where that
    matters (Sverdlovsk ``1924/1991``, Yekaterinburg ``1991/..``)."""
    type: str | None = optional_text()
    """Free word: ``city``, ``oblast``, ``republic``, ``camp``, ``prison``, ``building``,
    ``country``…"""
    coordinates: Coordinates | None = None
    part_of: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the larger place this one lies in (a building in a city, a city in an oblast)."""
    identifiers: tuple[Identifier, ...] = field(default=(), converter=tuple_of)
    """GeoNames, Wikidata, TGN…"""
    description: str | None = optional_text()
    external: str | None = optional_text()
    """The pointer into a register outside this dataset (``#reg1234``, ``reg:1234``, a URL);
    the record is then a stub holding the name printed where the place is mentioned."""
    provenance: Provenance | None = None
