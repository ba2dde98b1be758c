"""The purgehist model written as pydantic v2 models: what a user would otherwise pick.

Field for field the same shapes and the same checks (NCName ids, non-empty names, enums,
EDTF dates by a regular expression), so that the JSON benchmark compares like with like.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

NCName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_\u00C0-\uFFFD][\w.\-\u00B7]*$")]
Text = Annotated[str, StringConstraints(min_length=1)]
# A regular expression for the EDTF forms the generator writes; pydantic has no EDTF type.
Edtf = Annotated[
    str,
    StringConstraints(
        pattern=r"^(\.\.|-?\d{4}(-\d{2}(-\d{2})?)?[~?%]?)(/(\.\.|-?\d{4}(-\d{2}(-\d{2})?)?[~?%]?))?$"
    ),
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Kind(StrEnum):
    person = "person"
    organisation = "organisation"
    group = "group"
    school = "school"


class Stance(StrEnum):
    asserts = "asserts"
    disputes = "disputes"
    qualifies = "qualifies"
    reports = "reports"
    retracts = "retracts"


class Provenance(_Model):
    document: NCName | None = None
    file: str | None = None
    line: int | None = Field(default=None, ge=1)
    footnote: str | None = None
    page: str | None = None
    note: str | None = None


class Identifier(_Model):
    scheme: Text
    value: Text


class NameVariant(_Model):
    name: Text
    lang: str | None = None
    type: str = "variant"


class Membership(_Model):
    group: NCName
    role: str | None = None
    date: Edtf | None = None
    note: str | None = None


class Actor(_Model):
    id: NCName
    kind: Kind = Kind.person
    name: Text
    variants: tuple[NameVariant, ...] = ()
    roles: tuple[str, ...] = ()
    lifespan: Edtf | None = None
    memberships: tuple[Membership, ...] = ()
    identifiers: tuple[Identifier, ...] = ()
    description: str | None = None
    provenance: Provenance | None = None


class Participant(_Model):
    actor: NCName
    role: str | None = None


class Event(_Model):
    id: NCName
    label: Text
    labels: tuple[NameVariant, ...] = ()
    type: str | None = None
    date: Edtf | None = None
    date_text: str | None = None
    calendar: str = "gregorian"
    place: str | None = None
    participants: tuple[Participant, ...] = ()
    part_of: NCName | None = None
    description: str | None = None
    identifiers: tuple[Identifier, ...] = ()
    provenance: Provenance | None = None


class Creator(_Model):
    name: Text
    role: str = "author"
    actor: NCName | None = None


class Source(_Model):
    id: NCName
    type: str = "book"
    creators: tuple[Creator, ...] = ()
    title: Text
    short_title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    edition: str | None = None
    publisher: str | None = None
    place: str | None = None
    date: Edtf | None = None
    identifiers: tuple[Identifier, ...] = ()
    accessed: Edtf | None = None
    language: str | None = None
    listed: bool = True
    note: str | None = None
    provenance: Provenance | None = None


class PageRange(_Model):
    start: Text
    end: str | None = None
    following: bool = False


class Locator(_Model):
    printed: str
    unit: str = "page"
    ranges: tuple[PageRange, ...] = ()


class Evidence(_Model):
    id: NCName
    source: NCName | None = None
    locator: Locator | None = None
    quote: str | None = None
    grade: str | None = None
    cited_as: str | None = None
    status: str = "resolved"
    note: str | None = None
    provenance: Provenance | None = None


class Attribution(_Model):
    actor: str
    stance: Stance = Stance.asserts
    date: Edtf | None = None
    work: NCName | None = None
    evidence: tuple[str, ...] = ()
    no_evidence: bool = False
    note: str | None = None


class ClaimRelation(_Model):
    type: str
    target: NCName
    note: str | None = None


class Claim(_Model):
    id: NCName
    text: Text
    lang: str | None = None
    about: tuple[str, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    relations: tuple[ClaimRelation, ...] = ()
    certainty: str | None = None
    tags: tuple[str, ...] = ()
    status: str = "reviewed"
    note: str | None = None


class Metadata(_Model):
    title: Text = "Untitled dataset"
    creators: tuple[str, ...] = ()
    license: str | None = None
    language: str | None = None
    description: str | None = None


class Dataset(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
    format: str
    version: str
    metadata: Metadata = Metadata()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    sources: tuple[Source, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    claims: tuple[Claim, ...] = ()
