"""A dataset's references resolved once, where it is read, for readers that do not check them
as they read (JSON, TEI): what lets :func:`purgehist.problems` skip its own look-ups.

The references of each field are looked up in the set of ids of the collection they must
name a record of, in C (``frozenset.issuperset`` over ``map`` and ``chain``): no Python
step per reference, no location built, and each look-up into one collection's ids only (the
actors' and sources' stay in the processor's caches where the whole id index would not). A
dataset is vouched for only if its ids are unique, every reference names a record of a kind
``problems()`` accepts for it, and every claimant is named: exactly what ``problems()`` no
longer checks on a vouched dataset (:func:`~purgehist.model.dataset._vouch_for_references`).
Anything else leaves it unvouched, so ``problems()`` checks it in full and reports what is
wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from itertools import chain
from operator import attrgetter, is_not
from typing import Any

from purgehist.model.actors import Actor
from purgehist.model.claims import Claim
from purgehist.model.dataset import Dataset, _vouch_for_references
from purgehist.model.documents import Document, walk_paragraphs
from purgehist.model.events import Event
from purgehist.model.evidence import Evidence
from purgehist.model.places import Place
from purgehist.model.sources import Source

__all__ = ["resolved", "vouch_if_resolved"]

_ID = attrgetter("id")
_ACTOR = attrgetter("actor")
_GROUP = attrgetter("group")
_TARGET = attrgetter("target")
_NOT_NONE = partial(is_not, None)

_KINDS: tuple[tuple[str, type], ...] = (
    ("actors", Actor),
    ("places", Place),
    ("events", Event),
    ("sources", Source),
    ("evidence", Evidence),
    ("claims", Claim),
    ("documents", Document),
)


def _each(records: Iterable[object], name: str) -> Iterator[Any]:
    """The items of the tuple field *name* of each of *records*, in turn (in C)."""
    return chain.from_iterable(map(attrgetter(name), records))


def _given(records: Iterable[object], name: str) -> Iterator[Any]:
    """Field *name* of each of *records*, where it is not ``None`` (in C: an empty string is
    kept, and names no record)."""
    return filter(_NOT_NONE, map(attrgetter(name), records))


def _references(dataset: Dataset, ids: dict[str, frozenset[str]]) -> Iterator[bool]:
    """For each reference field ``checks.py`` looks up, whether every value names a record
    of the collection it must: claimants (an empty one names none), members' groups,
    participants, creators, chain links, works, evidence, sources, documents, places, events,
    relations' targets, bibliographies and notes' evidence. A field added here or there must
    be added to both: ``tests/core/test_reference_fields.py`` points every id-shaped field of
    the model at each kind of record and fails where the two disagree."""
    actors, places, events, sources = ids["actors"], ids["places"], ids["events"], ids["sources"]
    memberships = tuple(_each(dataset.actors, "memberships"))
    attributions = (
        *_each(memberships, "attributions"),
        *_each(dataset.claims, "attributions"),
    )
    notes = [
        note
        for document in dataset.documents
        for paragraph in walk_paragraphs(document.divisions)
        for note in paragraph.notes
    ]
    yield places.issuperset(_given(dataset.actors, "birth_place"))
    yield places.issuperset(_given(dataset.actors, "death_place"))
    yield actors.issuperset(map(_GROUP, memberships))
    yield places.issuperset(_given(dataset.places, "part_of"))
    yield places.issuperset(_given(dataset.events, "place"))
    yield events.issuperset(_given(dataset.events, "part_of"))
    yield actors.issuperset(map(_ACTOR, _each(dataset.events, "participants")))
    yield actors.issuperset(_given(_each(dataset.sources, "creators"), "actor"))
    yield sources.issuperset(_given(dataset.evidence, "source"))
    yield actors.issuperset(_given(_each(dataset.evidence, "chain"), "actor"))
    provenances = _given(dataset.evidence, "provenance")
    yield ids["documents"].issuperset(_given(provenances, "document"))
    yield actors.issuperset(map(_ACTOR, attributions))
    yield sources.issuperset(_given(attributions, "work"))
    yield ids["evidence"].issuperset(_each(attributions, "evidence"))
    yield ids["claims"].issuperset(map(_TARGET, _each(dataset.claims, "relations")))
    yield sources.issuperset(_each(dataset.documents, "bibliography"))
    yield ids["evidence"].issuperset(_each(notes, "evidence"))
    # what a claim is about: an actor or an event
    yield events.issuperset(set(_each(dataset.claims, "about")).difference(actors))


def _ids(dataset: Dataset) -> dict[str, frozenset[str]] | None:
    """The ids of each collection; ``None`` if an id is used twice (in one collection or in
    two) or a collection holds a record of another class than its own (``problems()`` goes
    by each record's class: nothing a reader builds)."""
    ids: dict[str, frozenset[str]] = {}
    for name, cls in _KINDS:
        records = getattr(dataset, name)
        if not set(map(type, records)) <= {cls}:
            return None
        ids[name] = found = frozenset(map(_ID, records))
        if len(found) != len(records):
            return None
    # ids unique across collections: each pair disjoint (a set iterates the smaller one)
    sets = list(ids.values())
    for i, first in enumerate(sets):
        for second in sets[i + 1 :]:
            if not first.isdisjoint(second):
                return None
    return ids


def resolved(dataset: Dataset) -> bool:
    """Whether *dataset*'s ids are unique and each of its references (each claimant too)
    names a record of a kind its field accepts."""
    ids = _ids(dataset)
    return ids is not None and all(_references(dataset, ids))


def vouch_if_resolved(dataset: Dataset, *, dates_valid: bool) -> Dataset:
    """*dataset*, just read, vouched for if :func:`resolved` (see
    :func:`~purgehist.model.dataset._vouch_for_references`).

    :param dates_valid: every record was built with attrs' validators on, so every date
        parsed as it was built (sampled at a read's start and end: see the limit under
        threads in :func:`~purgehist.model.dataset._vouch_for_references`).
    """
    if resolved(dataset):
        return _vouch_for_references(dataset, dates_valid=dates_valid)
    return dataset
