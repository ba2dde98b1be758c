"""The Dataset: metadata and the collections of records, with lookup by id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

import attrs
from attrs import field, frozen

from purgehist.model.actors import Actor
from purgehist.model.claims import Claim
from purgehist.model.common import non_empty, optional_text, tuple_of
from purgehist.model.dates import edtf_validator
from purgehist.model.documents import Document
from purgehist.model.events import Event
from purgehist.model.evidence import Evidence
from purgehist.model.places import Place
from purgehist.model.queries import Queries
from purgehist.model.sources import Source

__all__ = [
    "COLLECTIONS",
    "Dataset",
    "Metadata",
    "Record",
    "dates_vouched",
    "references_vouched",
]

Record = Actor | Place | Event | Source | Evidence | Claim | Document
"""Any record that has an id of its own."""

COLLECTIONS: tuple[str, ...] = (
    "actors",
    "places",
    "events",
    "sources",
    "evidence",
    "claims",
    "documents",
)
"""Names of the dataset's collections, in the order files list them."""

_R = TypeVar("_R", Actor, Place, Event, Source, Evidence, Claim, Document)


@frozen(kw_only=True)
class Metadata:
    """What a dataset is, who made it and under which licence."""

    title: str = field(default="Untitled dataset", validator=non_empty)
    creators: tuple[str, ...] = field(default=(), converter=tuple_of)
    license: str | None = optional_text()
    """An SPDX identifier or licence URL, e.g. ``CC-BY-4.0``."""
    language: str | None = optional_text()
    """BCP 47 tag of the dataset's own texts (claims, labels)."""
    description: str | None = optional_text()
    date: str | None = field(default=None, validator=edtf_validator())
    version: str | None = optional_text()
    keywords: tuple[str, ...] = field(default=(), converter=tuple_of)
    source: str | None = optional_text()
    """What the data was taken from, in words."""


@frozen(kw_only=True)
class Dataset:
    """A body of records: actors, places, events, sources, evidence, claims and documents.

    Datasets are immutable; build a changed copy with :meth:`replace`. Lookups by id use an
    index built on first use.
    """

    metadata: Metadata = Metadata()
    actors: tuple[Actor, ...] = field(default=(), converter=tuple_of)
    places: tuple[Place, ...] = field(default=(), converter=tuple_of)
    events: tuple[Event, ...] = field(default=(), converter=tuple_of)
    sources: tuple[Source, ...] = field(default=(), converter=tuple_of)
    evidence: tuple[Evidence, ...] = field(default=(), converter=tuple_of)
    claims: tuple[Claim, ...] = field(default=(), converter=tuple_of)
    documents: tuple[Document, ...] = field(default=(), converter=tuple_of)
    _index: dict[str, Record] | None = field(default=None, init=False, eq=False, repr=False)
    _queries: Queries | None = field(default=None, init=False, eq=False, repr=False)
    _references_resolved: bool = field(default=False, init=False, eq=False, repr=False)
    _dates_valid: bool = field(default=False, init=False, eq=False, repr=False)

    def records(self) -> Iterator[Record]:
        """Every record, collection by collection."""
        for name in COLLECTIONS:
            yield from getattr(self, name)

    @property
    def index(self) -> dict[str, Record]:
        """Records by id (the first one, where an id is duplicated: see :meth:`problems`)."""
        if self._index is None:
            index: dict[str, Record] = {}
            for record in self.records():
                index.setdefault(record.id, record)
            object.__setattr__(self, "_index", index)
            return index
        return self._index

    def get(self, id: str) -> Record | None:
        """The record with this id, or ``None``."""
        return self.index.get(id)

    def _typed(self, id: str, cls: type[_R]) -> _R:
        record = self.index.get(id)
        if not isinstance(record, cls):
            kind = cls.__name__.lower()
            msg = f"no {kind} with id {id!r}"
            raise KeyError(msg)
        return record

    def actor(self, id: str) -> Actor:
        """The actor with this id; :class:`KeyError` if there is none."""
        return self._typed(id, Actor)

    def place(self, id: str) -> Place:
        """The place with this id; :class:`KeyError` if there is none."""
        return self._typed(id, Place)

    def event(self, id: str) -> Event:
        """The event with this id; :class:`KeyError` if there is none."""
        return self._typed(id, Event)

    def source(self, id: str) -> Source:
        """The source with this id; :class:`KeyError` if there is none."""
        return self._typed(id, Source)

    def evidence_item(self, id: str) -> Evidence:
        """The evidence with this id; :class:`KeyError` if there is none."""
        return self._typed(id, Evidence)

    def claim(self, id: str) -> Claim:
        """The claim with this id; :class:`KeyError` if there is none."""
        return self._typed(id, Claim)

    def document(self, id: str) -> Document:
        """The document with this id; :class:`KeyError` if there is none."""
        return self._typed(id, Document)

    def replace(self, **changes: Any) -> Dataset:
        """A copy with some fields replaced: ``ds.replace(claims=(*ds.claims, new))``."""
        return attrs.evolve(self, **changes)

    def merge(self, other: Dataset) -> Dataset:
        """This dataset's records followed by *other*'s (metadata kept from this one)."""
        return self.replace(
            **{name: (*getattr(self, name), *getattr(other, name)) for name in COLLECTIONS}
        )

    def counts(self) -> dict[str, int]:
        """How many records each collection holds."""
        return {name: len(getattr(self, name)) for name in COLLECTIONS}

    @property
    def query(self) -> Queries:
        """Queries for scripts (claims about an event, contested claims…), indexed once."""
        if self._queries is None:
            queries = Queries(self)
            object.__setattr__(self, "_queries", queries)
            return queries
        return self._queries


def _vouch_for_references(dataset: Dataset, *, dates_valid: bool) -> Dataset:
    """Mark *dataset*, just built by a reader that found its ids unique and resolved every one
    of its references to a record of a kind the field accepts (what :func:`purgehist.problems`
    checks), so that ``problems()`` need not look them up again: at 10⁶ claims those look-ups,
    into tables too large for the processor's caches, cost more per claim than at 10⁴. A
    changed copy (:meth:`Dataset.replace`, :meth:`Dataset.merge`) is not marked. Only readers
    may call it: the tabular reader, which does those checks as it reads, and the others
    through :func:`purgehist.model.resolution.vouch_if_resolved`, which does them on what they
    read. A vouching reader must also refuse (or not vouch for) an attribution without a
    claimant: ``problems()`` no longer reads the claimants of a vouched dataset
    (``tests/core/test_checks_vouched.py`` and ``test_vouched_readers.py`` pin this).

    *dates_valid*: the reader built every record with the validators on
    (:func:`attrs.validators.get_disabled`) from start to end, so their own validators parsed
    every date and ``problems()`` need not parse them again. Readers ask attrs at the start
    and at the end of a read only, and attrs' switch is process-wide: a thread that turns the
    validators off and on again while another reads may leave dates unparsed in a dataset
    vouched for as date-valid. Do not read while another thread holds
    ``attrs.validators.disabled()``.
    """
    object.__setattr__(dataset, "_references_resolved", True)
    object.__setattr__(dataset, "_dates_valid", dates_valid)
    return dataset


def references_vouched(dataset: Dataset) -> bool:
    """Whether the reader of *dataset* resolved all its references (see
    :func:`_vouch_for_references`)."""
    return dataset._references_resolved


def dates_vouched(dataset: Dataset) -> bool:
    """Whether the reader of *dataset* built every record with its validators on, so that
    every date parses (see :func:`_vouch_for_references`)."""
    return dataset._dates_valid
