"""A dataset's references resolved once, where it is read, for readers that do not check them
as they read (JSON, TEI): what lets :func:`purgehist.problems` skip its own look-ups.

The references of every record are gathered by the collection they must name a record of,
then looked up in that collection's set of ids in C (``frozenset.issuperset``): no Python
call per reference, no location built, and each look-up into one collection's ids only (the
actors' and sources' stay in the processor's caches where the whole id index would not). A
dataset is vouched for only if its ids are unique, every reference names a record of a kind
``problems()`` accepts for it, and every claimant is named: exactly what ``problems()`` no
longer checks on a vouched dataset (:func:`~purgehist.model.dataset._vouch_for_references`).
Anything else leaves it unvouched, so ``problems()`` checks it in full and reports what is
wrong.
"""

from __future__ import annotations

from operator import attrgetter

from purgehist.model.actors import Actor
from purgehist.model.claims import Attribution, Claim
from purgehist.model.dataset import Dataset, _vouch_for_references
from purgehist.model.documents import Document, walk_paragraphs
from purgehist.model.events import Event
from purgehist.model.evidence import Evidence
from purgehist.model.places import Place
from purgehist.model.sources import Source

__all__ = ["resolved", "vouch_if_resolved"]

_ID = attrgetter("id")

_KINDS: tuple[tuple[str, type], ...] = (
    ("actors", Actor),
    ("places", Place),
    ("events", Event),
    ("sources", Source),
    ("evidence", Evidence),
    ("claims", Claim),
    ("documents", Document),
)


class _References:
    """The references of a dataset's records, by the collection they must name a record of
    (as ``checks.py`` looks them up)."""

    def __init__(self) -> None:
        self.actors: list[str] = []
        """Claimants (an empty one included: it names no record), members' groups,
        participants, creators, links of evidence chains."""
        self.places: list[str] = []
        self.events: list[str] = []
        self.sources: list[str] = []
        self.evidence: list[str] = []
        self.claims: list[str] = []
        self.documents: list[str] = []
        self.actors_or_events: list[str] = []

    def attributions(self, attributions: tuple[Attribution, ...]) -> None:
        actors, sources, evidence = self.actors.append, self.sources.append, self.evidence
        for attribution in attributions:
            actors(attribution.actor)
            if attribution.work is not None:
                sources(attribution.work)
            evidence += attribution.evidence

    def gather(self, dataset: Dataset) -> None:
        places, events, actors = self.places.append, self.events.append, self.actors.append
        for actor in dataset.actors:
            if actor.birth_place is not None:
                places(actor.birth_place)
            if actor.death_place is not None:
                places(actor.death_place)
            for membership in actor.memberships:
                actors(membership.group)
                self.attributions(membership.attributions)
        for place in dataset.places:
            if place.part_of is not None:
                places(place.part_of)
        for event in dataset.events:
            if event.place is not None:
                places(event.place)
            if event.part_of is not None:
                events(event.part_of)
            for participant in event.participants:
                actors(participant.actor)
        for source in dataset.sources:
            for creator in source.creators:
                if creator.actor is not None:
                    actors(creator.actor)
        sources, documents = self.sources.append, self.documents.append
        for item in dataset.evidence:
            if item.source is not None:
                sources(item.source)
            for link in item.chain:
                if link.actor is not None:
                    actors(link.actor)
            if item.provenance is not None and item.provenance.document is not None:
                documents(item.provenance.document)
        about, claims, attributions = self.actors_or_events, self.claims.append, self.attributions
        for claim in dataset.claims:
            about += claim.about
            attributions(claim.attributions)
            for relation in claim.relations:
                claims(relation.target)
        for document in dataset.documents:
            self.sources += document.bibliography
            for paragraph in walk_paragraphs(document.divisions):
                for note in paragraph.notes:
                    self.evidence += note.evidence


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
    if ids is None:
        return False
    references = _References()
    references.gather(dataset)
    if not all(ids[name].issuperset(getattr(references, name)) for name, _ in _KINDS):
        return False
    not_actors = set(references.actors_or_events).difference(ids["actors"])
    return ids["events"].issuperset(not_actors)


def vouch_if_resolved(dataset: Dataset, *, dates_valid: bool) -> Dataset:
    """*dataset*, just read, vouched for if :func:`resolved` (see
    :func:`~purgehist.model.dataset._vouch_for_references`).

    :param dates_valid: every record was built with attrs' validators on, so every date
        parsed as it was built.
    """
    if resolved(dataset):
        return _vouch_for_references(dataset, dates_valid=dates_valid)
    return dataset
