"""purgehist: historians' claims, stances and graded evidence as typed, citable data.

This module is the façade for scripts: reading and writing, checking, the bundled example, the
record classes and the exceptions. Plugin authors find their kit in :mod:`purgehist.plugins.sdk`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from purgehist.version import __version__

if TYPE_CHECKING:
    from purgehist.api import (
        export,
        export_stream,
        parse,
        parse_file,
        parse_stream,
        problems,
        validate,
    )
    from purgehist.corpus import batch
    from purgehist.diagnostics import Problem, Severity
    from purgehist.errors import DataError, PluginError, PurgehistError, UsageError
    from purgehist.examples import example_dataset, example_path, sample_thesis_path
    from purgehist.formats.json.codec import dump, dumps, load, loads
    from purgehist.model import (
        Actor,
        ActorKind,
        ArchivalReference,
        Attribution,
        Calendar,
        Certainty,
        ChainLink,
        CitationStatus,
        Claim,
        ClaimRelation,
        ClaimStatus,
        Coordinates,
        Creator,
        Dataset,
        Division,
        Document,
        Event,
        Evidence,
        EvidenceGrade,
        Identifier,
        IdentifierScheme,
        Locator,
        LocatorUnit,
        Membership,
        Metadata,
        NameVariant,
        Note,
        PageBreak,
        PageRange,
        Paragraph,
        Participant,
        Place,
        Provenance,
        Quantity,
        RelationType,
        Source,
        SourceType,
        Stance,
    )
    from purgehist.names import (
        Identification,
        IdentificationStatus,
        NameAgreement,
        NameCandidate,
        NameMatcher,
        NameVerdict,
        same_person,
        transliterate,
        transliterations,
    )

_HOMES: dict[str, str] = {
    "Actor": "purgehist.model",
    "ActorKind": "purgehist.model",
    "ArchivalReference": "purgehist.model",
    "Attribution": "purgehist.model",
    "Calendar": "purgehist.model",
    "Certainty": "purgehist.model",
    "ChainLink": "purgehist.model",
    "CitationStatus": "purgehist.model",
    "Claim": "purgehist.model",
    "ClaimRelation": "purgehist.model",
    "ClaimStatus": "purgehist.model",
    "Coordinates": "purgehist.model",
    "Creator": "purgehist.model",
    "DataError": "purgehist.errors",
    "Dataset": "purgehist.model",
    "Division": "purgehist.model",
    "Document": "purgehist.model",
    "Event": "purgehist.model",
    "Evidence": "purgehist.model",
    "EvidenceGrade": "purgehist.model",
    "Identification": "purgehist.names",
    "IdentificationStatus": "purgehist.names",
    "Identifier": "purgehist.model",
    "IdentifierScheme": "purgehist.model",
    "Locator": "purgehist.model",
    "LocatorUnit": "purgehist.model",
    "Membership": "purgehist.model",
    "Metadata": "purgehist.model",
    "NameAgreement": "purgehist.names",
    "NameCandidate": "purgehist.names",
    "NameMatcher": "purgehist.names",
    "NameVariant": "purgehist.model",
    "NameVerdict": "purgehist.names",
    "Note": "purgehist.model",
    "PageBreak": "purgehist.model",
    "PageRange": "purgehist.model",
    "Paragraph": "purgehist.model",
    "Participant": "purgehist.model",
    "Place": "purgehist.model",
    "PluginError": "purgehist.errors",
    "Problem": "purgehist.diagnostics",
    "Provenance": "purgehist.model",
    "PurgehistError": "purgehist.errors",
    "Quantity": "purgehist.model",
    "RelationType": "purgehist.model",
    "Severity": "purgehist.diagnostics",
    "Source": "purgehist.model",
    "SourceType": "purgehist.model",
    "Stance": "purgehist.model",
    "UsageError": "purgehist.errors",
    "batch": "purgehist.corpus",
    "dump": "purgehist.formats.json.codec",
    "dumps": "purgehist.formats.json.codec",
    "example_dataset": "purgehist.examples",
    "example_path": "purgehist.examples",
    "export": "purgehist.api",
    "export_stream": "purgehist.api",
    "load": "purgehist.formats.json.codec",
    "loads": "purgehist.formats.json.codec",
    "parse": "purgehist.api",
    "parse_file": "purgehist.api",
    "parse_stream": "purgehist.api",
    "problems": "purgehist.api",
    "same_person": "purgehist.names",
    "sample_thesis_path": "purgehist.examples",
    "transliterate": "purgehist.names",
    "transliterations": "purgehist.names",
    "validate": "purgehist.api",
}
"""Where each public name lives; it is imported on first use, so that ``import purgehist``
and the command line start fast and importing one module does not import them all."""

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
    "DataError",
    "Dataset",
    "Division",
    "Document",
    "Event",
    "Evidence",
    "EvidenceGrade",
    "Identification",
    "IdentificationStatus",
    "Identifier",
    "IdentifierScheme",
    "Locator",
    "LocatorUnit",
    "Membership",
    "Metadata",
    "NameAgreement",
    "NameCandidate",
    "NameMatcher",
    "NameVariant",
    "NameVerdict",
    "Note",
    "PageBreak",
    "PageRange",
    "Paragraph",
    "Participant",
    "Place",
    "PluginError",
    "Problem",
    "Provenance",
    "PurgehistError",
    "Quantity",
    "RelationType",
    "Severity",
    "Source",
    "SourceType",
    "Stance",
    "UsageError",
    "__version__",
    "batch",
    "dump",
    "dumps",
    "example_dataset",
    "example_path",
    "export",
    "export_stream",
    "load",
    "loads",
    "parse",
    "parse_file",
    "parse_stream",
    "problems",
    "same_person",
    "sample_thesis_path",
    "transliterate",
    "transliterations",
    "validate",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        msg = f"module 'purgehist' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
