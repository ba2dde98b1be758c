"""Which field of which record refers to which kinds of record: the one table that
:func:`purgehist.problems` looks references up by (``checks.py``), that a JSON or TEI read is
vouched for by (``model/resolution.py``), and that the tabular layout's reference columns
take their tables from (``formats/tabular/reference_targets.py``: the CSV and XLSX reads'
check, the CSV schema's and SQLite's foreign keys).

A read's check and the layout go through this table, so a field added here is checked
there. ``problems()`` walks the records one by one instead, reading each field where it
meets it, to name where a reference fails without a look-up per field and record; it takes
each field's kinds from here, and ``tests/core/test_reference_fields.py`` fails for a field
it does not look at.
"""

from __future__ import annotations

from typing import NamedTuple

from purgehist.model.actors import Actor, Membership
from purgehist.model.claims import Attribution, Claim, ClaimRelation
from purgehist.model.common import Provenance
from purgehist.model.documents import Document, Note
from purgehist.model.events import Event, Participant
from purgehist.model.evidence import ChainLink, Evidence
from purgehist.model.places import Place
from purgehist.model.sources import Creator, Source

__all__ = ["REFERENCES", "Reference"]


class Reference(NamedTuple):
    """Field *field* of each *owner* holds the id of a record of one of *kinds* (if *listed*,
    a tuple of ids: each of them)."""

    owner: type
    field: str
    kinds: tuple[type, ...]
    listed: bool = False


BIRTH_PLACE = Reference(Actor, "birth_place", (Place,))
DEATH_PLACE = Reference(Actor, "death_place", (Place,))
MEMBERSHIP_GROUP = Reference(Membership, "group", (Actor,))
PLACE_PART_OF = Reference(Place, "part_of", (Place,))
EVENT_PLACE = Reference(Event, "place", (Place,))
EVENT_PART_OF = Reference(Event, "part_of", (Event,))
PARTICIPANT = Reference(Participant, "actor", (Actor,))
CREATOR = Reference(Creator, "actor", (Actor,))
EVIDENCE_SOURCE = Reference(Evidence, "source", (Source,))
CHAIN_LINK = Reference(ChainLink, "actor", (Actor,))
PROVENANCE_DOCUMENT = Reference(Provenance, "document", (Document,))
"""Looked up in an evidence item's provenance only: elsewhere a provenance is a note of where
a record was read, not checked."""
CLAIMANT = Reference(Attribution, "actor", (Actor,))
"""A claim's or a membership's claimant; an empty one names no record (reported apart)."""
WORK = Reference(Attribution, "work", (Source,))
ATTRIBUTION_EVIDENCE = Reference(Attribution, "evidence", (Evidence,), listed=True)
RELATION_TARGET = Reference(ClaimRelation, "target", (Claim,))
BIBLIOGRAPHY = Reference(Document, "bibliography", (Source,), listed=True)
NOTE_EVIDENCE = Reference(Note, "evidence", (Evidence,), listed=True)
ABOUT = Reference(Claim, "about", (Actor, Event), listed=True)

REFERENCES: tuple[Reference, ...] = (
    BIRTH_PLACE,
    DEATH_PLACE,
    MEMBERSHIP_GROUP,
    PLACE_PART_OF,
    EVENT_PLACE,
    EVENT_PART_OF,
    PARTICIPANT,
    CREATOR,
    EVIDENCE_SOURCE,
    CHAIN_LINK,
    PROVENANCE_DOCUMENT,
    CLAIMANT,
    WORK,
    ATTRIBUTION_EVIDENCE,
    RELATION_TARGET,
    BIBLIOGRAPHY,
    NOTE_EVIDENCE,
    ABOUT,
)
"""Every reference field of the model, in the order ``problems()`` meets them."""
