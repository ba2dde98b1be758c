"""Pieces shared by every record: provenance, identifiers of authorities, name variants."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

import attrs
from attrs import field, frozen

from purgehist.model.dates import edtf_validator
from purgehist.model.ids import optional_ncname_validator

__all__ = [
    "EDTF_VALIDATOR_CODE",
    "OPTIONAL_VALIDATOR",
    "Identifier",
    "NameVariant",
    "Named",
    "Provenance",
    "non_empty",
    "optional_text",
    "tuple_of",
]


def tuple_of(items: Iterable[Any]) -> tuple[Any, ...]:
    """attrs converter: store any iterable as a tuple (lists from callers, tuples from JSON)."""
    return tuple(items)


def _none_if_empty(value: str | None) -> str | None:
    return None if value == "" else value


def optional_text() -> Any:
    """An optional text field: ``None`` when absent; an empty string is stored as ``None``,
    since spreadsheets and XML cannot tell the two apart."""
    return field(default=None, converter=_none_if_empty)


def non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """attrs validator: the text must not be empty or blank."""
    if not value.strip():
        msg = f"'{attribute.name}' must not be empty"
        raise ValueError(msg)


# For the readers that write a record's validation out inline and must recognise these.
EDTF_VALIDATOR_CODE = edtf_validator().__code__
"""The code of every EDTF validator (each field has its own closure)."""

OPTIONAL_VALIDATOR = type(attrs.validators.optional(attrs.validators.instance_of(str)))
"""attrs' ``optional(...)`` validator: ``None`` passes, anything else goes to its inner one."""


@frozen(kw_only=True)
class Provenance:
    """Where a record was found: a document of the dataset, a file, a line, a footnote, a page.

    Parsers fill this in so that every actor, claim or citation can be traced back to the
    place it was read from.
    """

    document: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the :class:`~purgehist.model.documents.Document` the record was parsed from."""
    file: str | None = optional_text()
    """File name (or sheet, or URL) as given to the parser."""
    line: int | None = field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(1))
    )
    """1-based line number in *file*."""
    footnote: str | None = optional_text()
    """Footnote label as printed (``'13'``, ``'13a'``)."""
    page: str | None = optional_text()
    """Page of the document as printed."""
    note: str | None = optional_text()
    """Anything else worth knowing about the origin."""


class IdentifierScheme(StrEnum):
    """Well-known identifier schemes (others are accepted as free text)."""

    WIKIDATA = "wikidata"
    VIAF = "viaf"
    GND = "gnd"
    LCNAF = "lcnaf"
    ORCID = "orcid"
    ISNI = "isni"
    DOI = "doi"
    ISBN = "isbn"
    ISSN = "issn"
    URL = "url"
    ARCHIVAL = "archival"
    GEONAMES = "geonames"
    """GeoNames, for places: ``524901`` (Moscow)."""
    TGN = "tgn"
    """The Getty Thesaurus of Geographic Names, for places: ``7010240``."""


@frozen(kw_only=True)
class Identifier:
    """An identifier of a thing in an authority file or catalogue (Wikidata ``Q855``, a DOI…)."""

    scheme: str = field(validator=non_empty)
    """Lower-case scheme name; see :class:`IdentifierScheme` for the usual ones."""
    value: str = field(validator=non_empty)


@frozen(kw_only=True)
class NameVariant:
    """Another form of a name: a transliteration, a translation, the original script."""

    name: str = field(validator=non_empty)
    lang: str | None = optional_text()
    """BCP 47 language tag, with script where it matters: ``ru``, ``ru-Latn``, ``nl``, ``de``."""
    type: str = "variant"
    """``variant`` (default), ``original`` (original script), ``transliteration``, ``pseudonym``,
    ``birth`` or another word."""
    date: str | None = field(default=None, validator=edtf_validator())
    """When the name was in use, in EDTF: Sverdlovsk ``1924/1991``, Yekaterinburg ``1991/..``."""


class Named:
    """What records with a preferred name and other names (actors, places) share."""

    __slots__ = ()
    name: str
    variants: tuple[NameVariant, ...]

    def all_names(self) -> tuple[str, ...]:
        """The preferred name followed by every variant."""
        return (self.name, *(v.name for v in self.variants))
