"""The typed model: actors, places, events, sources, evidence, claims and the documents they
came from."""

from purgehist.model.actors import Actor, ActorKind, Membership
from purgehist.model.claims import (
    Attribution,
    Certainty,
    Claim,
    ClaimRelation,
    ClaimStatus,
    Quantity,
    RelationType,
    Stance,
)
from purgehist.model.common import Identifier, IdentifierScheme, NameVariant, Provenance
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.dates import EdtfDate, EdtfError, is_edtf, parse_edtf
from purgehist.model.documents import Division, Document, Note, PageBreak, Paragraph
from purgehist.model.events import Calendar, Event, Participant
from purgehist.model.evidence import ChainLink, CitationStatus, Evidence, EvidenceGrade
from purgehist.model.ids import is_ncname, slug, unique_id
from purgehist.model.locators import (
    ArchivalReference,
    Locator,
    LocatorUnit,
    PageRange,
    parse_locator,
)
from purgehist.model.places import Coordinates, Place
from purgehist.model.sources import Creator, Source, SourceType

__all__ = [
    "Actor",
    "ActorKind",
    "ArchivalReference",
    "Attribution",
    "Calendar",
    "Certainty",
    "ChainLink",
    "CitationStatus",
    "Claim",
    "ClaimRelation",
    "ClaimStatus",
    "Coordinates",
    "Creator",
    "Dataset",
    "Division",
    "Document",
    "EdtfDate",
    "EdtfError",
    "Event",
    "Evidence",
    "EvidenceGrade",
    "Identifier",
    "IdentifierScheme",
    "Locator",
    "LocatorUnit",
    "Membership",
    "Metadata",
    "NameVariant",
    "Note",
    "PageBreak",
    "PageRange",
    "Paragraph",
    "Participant",
    "Place",
    "Provenance",
    "Quantity",
    "RelationType",
    "Source",
    "SourceType",
    "Stance",
    "is_edtf",
    "is_ncname",
    "parse_edtf",
    "parse_locator",
    "slug",
    "unique_id",
]
