"""A dataset's references resolved once, where it is read, for readers that do not check them
as they read (JSON, TEI): what lets :func:`purgehist.problems` skip its own look-ups.

Which fields to look at, and what each may name, is the table of
:mod:`purgehist.model.reference_fields`. The references of each field are looked up in the set
of ids of the collection they must name a record of, in C (``frozenset.issuperset`` over
``map`` and ``chain``): no Python step per reference, no location built, and each look-up into
one collection's ids only (the actors' and sources' stay in the processor's caches where the
whole id index would not). A dataset is vouched for only if its ids are unique, every reference
names a record of a kind ``problems()`` accepts for it, and every claimant is named: exactly
what ``problems()`` no longer checks on a vouched dataset
(:func:`~purgehist.model.dataset._vouch_for_references`). Anything else leaves it unvouched, so
``problems()`` checks it in full and reports what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain
from operator import attrgetter, is_not
from typing import Any

import attrs

from purgehist.model import reference_fields as refs
from purgehist.model.actors import Actor, Membership
from purgehist.model.claims import Attribution, Claim, ClaimRelation
from purgehist.model.common import Provenance
from purgehist.model.dataset import Dataset, _vouch_for_references
from purgehist.model.documents import Document, Note, walk_paragraphs
from purgehist.model.events import Event, Participant
from purgehist.model.evidence import ChainLink, Evidence
from purgehist.model.places import Place
from purgehist.model.reference_fields import Reference
from purgehist.model.sources import Creator, Source

__all__ = ["gathered_references", "resolved", "vouch_if_resolved"]

_ID = attrgetter("id")
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


def _holders(dataset: Dataset) -> dict[type, Callable[[], Iterable[Any]]]:
    """The records of each class that holds a reference field, each as a fresh iterable on
    every call (lazily, in C where it is more than the collection itself). A provenance is
    an evidence item's only: elsewhere it is a note of where a record was read, not checked."""
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
    return {
        Actor: partial(iter, dataset.actors),
        Membership: partial(iter, memberships),
        Place: partial(iter, dataset.places),
        Event: partial(iter, dataset.events),
        Participant: partial(_each, dataset.events, "participants"),
        Creator: partial(_each, dataset.sources, "creators"),
        Evidence: partial(iter, dataset.evidence),
        ChainLink: partial(_each, dataset.evidence, "chain"),
        Provenance: partial(_given, dataset.evidence, "provenance"),
        Attribution: partial(iter, attributions),
        ClaimRelation: partial(_each, dataset.claims, "relations"),
        Claim: partial(iter, dataset.claims),
        Document: partial(iter, dataset.documents),
        Note: partial(iter, notes),
    }


def gathered_references(dataset: Dataset) -> Iterator[tuple[Reference, Iterable[str]]]:
    """Each reference field of :data:`~purgehist.model.reference_fields.REFERENCES` with the
    values it holds in *dataset*, in turn (lazily, in C): a list field's items, a single
    field's values but ``None`` (an empty claimant is kept, and names no record).

    :raises LookupError: a field of the table held by a class not reached here (naming it).
    """
    holders = _holders(dataset)
    for reference in refs.REFERENCES:
        owner, name = reference.owner, reference.field
        if owner not in holders:
            raise LookupError(
                f"reference field {owner.__name__}.{name}: the read's check reaches no "
                f"{owner.__name__} records (add them to resolution._holders)"
            )
        records = holders[owner]()
        if reference.listed:
            yield reference, _each(records, name)
        elif attrs.fields_dict(owner)[name].default is None:
            yield reference, _given(records, name)
        else:  # a field without a default holds a value: no need to filter
            yield reference, map(attrgetter(name), records)


def _resolve(
    values: Iterable[str], kinds: tuple[type, ...], ids: dict[type, frozenset[str]]
) -> bool:
    """Whether each of *values* is the id of a record of one of *kinds*: what names none of
    the first kinds must name one of the last (a claim is about an actor or an event)."""
    *others, last = kinds
    for kind in others:
        values = set(values).difference(ids[kind])
    return ids[last].issuperset(values)


def _ids(dataset: Dataset) -> dict[type, frozenset[str]] | None:
    """The ids of each collection; ``None`` if an id is used twice (in one collection or in
    two) or a collection holds a record of another class than its own (``problems()`` goes
    by each record's class: nothing a reader builds)."""
    ids: dict[type, frozenset[str]] = {}
    for name, cls in _KINDS:
        records = getattr(dataset, name)
        if not set(map(type, records)) <= {cls}:
            return None
        ids[cls] = found = frozenset(map(_ID, records))
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
    return ids is not None and all(
        _resolve(values, reference.kinds, ids) for reference, values in gathered_references(dataset)
    )


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
