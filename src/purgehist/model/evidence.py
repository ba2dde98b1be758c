"""Evidence: a citation of a source at a place, graded by what kind of testimony it is."""

from __future__ import annotations

from enum import StrEnum

from attrs import field, frozen

from purgehist.model.common import Provenance, optional_text, tuple_of
from purgehist.model.ids import ncname_validator, optional_ncname_validator
from purgehist.model.locators import Locator

__all__ = [
    "GRADE_DESCRIPTIONS",
    "ChainLink",
    "CitationStatus",
    "Evidence",
    "EvidenceGrade",
    "grade_settled_by",
]


class EvidenceGrade(StrEnum):
    """Built-in evidence grades, from the closest to the events to the most removed.

    Plugins may register more through the ``register_evidence_grades`` hook.
    """

    ARCHIVAL = "archival"
    PUBLISHED_PRIMARY = "published_primary"
    MEMOIR = "memoir"
    TESTIMONY = "testimony"
    HEARSAY = "hearsay"
    SECONDARY = "secondary"
    TERTIARY = "tertiary"


GRADE_DESCRIPTIONS: dict[str, str] = {
    EvidenceGrade.ARCHIVAL: "Unpublished documents read in an archive.",
    EvidenceGrade.PUBLISHED_PRIMARY: (
        "Primary documents in a published edition, official records, newspapers of the time."
    ),
    EvidenceGrade.MEMOIR: "A participant's own account, written afterwards.",
    EvidenceGrade.TESTIMONY: (
        "An eyewitness's statement: interview, deposition, a defector's report of what he saw."
    ),
    EvidenceGrade.HEARSAY: "A report of what others said: second-hand or further removed.",
    EvidenceGrade.SECONDARY: "A historian's study.",
    EvidenceGrade.TERTIARY: "Reference works, textbooks, surveys of the literature.",
}
"""What each built-in grade means (shown by ``purgehist formats`` and on the XLSX guide)."""


def grade_settled_by(source_type: str | None, locator: Locator | None = None) -> str | None:
    """The grade a citation has whatever it says, when its source's type settles it: an
    archival document or reference is ``archival``, a memoir ``memoir``, a published edition of
    documents ``published_primary``. ``None`` when only a reader can tell (a book may be a
    study, a memoir or a defector's testimony)."""
    if locator is not None and locator.unit == "archival":
        return EvidenceGrade.ARCHIVAL
    return _SETTLED_BY_TYPE.get(source_type or "")


_SETTLED_BY_TYPE: dict[str, str] = {
    "archival": EvidenceGrade.ARCHIVAL,
    "memoir": EvidenceGrade.MEMOIR,
    "document_collection": EvidenceGrade.PUBLISHED_PRIMARY,
}


class CitationStatus(StrEnum):
    """Whether a citation could be tied to its source."""

    RESOLVED = "resolved"
    UNRESOLVED = "unresolved"
    """The source could not be determined (e.g. an ``Ibid.`` after a lost footnote)."""
    INFERRED = "inferred"
    """The cited work is inferred from context because the note's own text is lost; the
    evidence's ``note`` says how."""


@frozen(kw_only=True)
class ChainLink:
    """One teller in a chain of transmission (from the first-hand witness to the last teller)."""

    actor: str | None = field(default=None, validator=optional_ncname_validator)
    name: str | None = optional_text()
    """Who, when there is no actor record: ``unnamed NKVD officers``."""
    role: str | None = optional_text()
    """How this link knew: ``witness``, ``heard from``, ``reported``, ``published``."""

    def __attrs_post_init__(self) -> None:
        if self.actor is None and not (self.name and self.name.strip()):
            msg = "a chain link needs an 'actor' or a 'name'"
            raise ValueError(msg)


@frozen(kw_only=True)
class Evidence:
    """A citation: a source at a locator, with its grade and where it was found."""

    id: str = field(validator=ncname_validator)
    source: str | None = field(default=None, validator=optional_ncname_validator)
    """Id of the cited :class:`~purgehist.model.sources.Source`; ``None`` only when unresolved."""
    locator: Locator | None = None
    quote: str | None = optional_text()
    grade: str | None = optional_text()
    """An :class:`EvidenceGrade` value or a plugin's grade; ``None`` when not yet graded."""
    chain: tuple[ChainLink, ...] = field(default=(), converter=tuple_of)
    """Transmission chain for second-hand evidence, first-hand witness first."""
    cited_as: str | None = optional_text()
    """The citation as printed (``Ibidem, 47-48.``)."""
    status: CitationStatus = field(default=CitationStatus.RESOLVED, converter=CitationStatus)
    note: str | None = optional_text()
    provenance: Provenance | None = None
