"""Integrity checks over a whole dataset: references, ids, dates, cycles, claimants, and what
is worth knowing (stubs of records kept elsewhere).

The kinds each reference field may name come from :mod:`purgehist.model.reference_fields`;
the fields themselves are read where the walk over the records meets them, which builds each
location only for a problem (a loop over that table per record would cost a look-up per
field and record)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from purgehist.diagnostics import Diagnostics, Problem, Severity
from purgehist.model import (
    Actor,
    ActorKind,
    Attribution,
    CitationStatus,
    Claim,
    Document,
    Event,
    Evidence,
    EvidenceGrade,
    NameVariant,
    Place,
    Source,
)
from purgehist.model import reference_fields as refs
from purgehist.model.dataset import COLLECTIONS, dates_vouched, references_vouched
from purgehist.model.dates import EdtfError, parse_edtf
from purgehist.model.documents import Division, walk_divisions, walk_paragraphs
from purgehist.model.reference_fields import Reference

if TYPE_CHECKING:
    from purgehist.model.dataset import Dataset

__all__ = ["problems"]

_REMOVED_GRADES = frozenset({EvidenceGrade.SECONDARY.value, EvidenceGrade.TERTIARY.value})
"""Grades an inferred citation may have without a reason: a study or a reference work is
what a lost note most often cites."""

_KINDS: dict[type, str] = {
    Actor: "actor",
    Place: "place",
    Event: "event",
    Source: "source",
    Evidence: "evidence",
    Claim: "claim",
    Document: "document",
}


class _Checker:
    def __init__(self, dataset: Dataset, grades: frozenset[str]) -> None:
        self.ds = dataset
        self.grades = grades
        self.found = Diagnostics()
        self.resolved = references_vouched(dataset)
        """Its reader found its ids unique and resolved every reference: :meth:`ref`,
        :meth:`refs` and :meth:`duplicates` have nothing to do, and the id index (which would
        cost more per claim at 10⁶ claims than at 10⁴ to build) is not needed."""
        self.dated = dates_vouched(dataset)
        """Its reader built every record with the validators on: each date parses. (Not
        parsing them again spares a look at a string per date: at 10⁶ claims a memory access
        that costs more per claim than at 10⁴.)"""
        self.index: Mapping[str, object] = (
            {a.id: a for a in dataset.actors} if self.resolved else dataset.index
        )
        self.anchors = {
            p.id for doc in dataset.documents for p in walk_paragraphs(doc.divisions) if p.id
        } | {d.id for doc in dataset.documents for d in _divisions(doc.divisions) if d.id}

    def add(
        self, code: str, location: str, message: str, severity: Severity = Severity.ERROR
    ) -> None:
        self.found.add(Problem(code=code, message=message, location=location, severity=severity))

    def ref(self, at: str, value: str | None, reference: Reference) -> None:
        """*value*, the field of *reference* in the record at *at*, must be the id of a record
        of one of its kinds. Locations are built only for problems: most references resolve.
        (``model/resolution.py`` vouches for a read by the same table.)"""
        if value is None or self.resolved:
            return
        record = self.index.get(value)
        if record is None or not isinstance(record, reference.kinds):
            self.bad_ref(f"{at}.{reference.field}", value, record, reference.kinds)

    def refs(self, at: str, values: Sequence[str], reference: Reference) -> None:
        """Each of *values*, a list in the field of *reference* of the record at *at*, as
        :meth:`ref`."""
        if self.resolved:
            return
        index = self.index
        kinds = reference.kinds
        for j, value in enumerate(values):
            record = index.get(value)
            if record is None or not isinstance(record, kinds):
                self.bad_ref(f"{at}.{reference.field}[{j}]", value, record, kinds)

    def bad_ref(self, location: str, value: str, record: object, kinds: tuple[type, ...]) -> None:
        names = " or ".join(_KINDS[k] for k in kinds)
        if record is None:
            self.add("dangling-reference", location, f"no {names} with id {value!r}")
        else:
            got = _KINDS[type(record)]
            self.add("wrong-reference", location, f"{value!r} is a {got}, expected a {names}")

    def date(self, at: str, field: str, value: str | None) -> None:
        if value is None or self.dated:
            return
        try:
            parse_edtf(value)
        except EdtfError as exc:
            self.add("invalid-edtf", at + field, str(exc))

    def run(self) -> list[Problem]:
        self.duplicates()
        self.actors()
        self.places()
        self.events()
        self.sources()
        self.evidence()
        self.claims()
        self.documents()
        return list(self.found)

    def duplicates(self) -> None:
        if self.resolved:
            return
        if len(self.index) == sum(len(getattr(self.ds, name)) for name in COLLECTIONS):
            return  # the index keeps one record per id: no id is used twice
        counts = Counter(record.id for record in self.ds.records())
        for name in COLLECTIONS:
            for i, record in enumerate(getattr(self.ds, name)):
                if counts[record.id] > 1:
                    self.add(
                        "duplicate-id",
                        f"$.{name}[{i}].id",
                        f"id {record.id!r} is used {counts[record.id]} times",
                    )

    def variants(self, location: str, variants: Sequence[NameVariant]) -> None:
        for j, variant in enumerate(variants):
            if variant.date is not None:
                self.date(f"{location}[{j}]", ".date", variant.date)

    def external(self, location: str, record: Actor | Place | Source) -> None:
        """An info for a stub: a record that stands for one kept outside the dataset."""
        if record.external is not None:
            kind = _KINDS[type(record)]
            self.add(
                "external-record",
                f"{location}.external",
                f"{kind} {record.id!r} is a stub for {record.external!r}, kept outside the dataset",
                Severity.INFO,
            )

    def actors(self) -> None:
        for i, actor in enumerate(self.ds.actors):
            at = f"$.actors[{i}]"
            self.variants(f"{at}.variants", actor.variants)
            self.date(at, ".lifespan", actor.lifespan)
            self.ref(at, actor.birth_place, refs.BIRTH_PLACE)
            self.ref(at, actor.death_place, refs.DEATH_PLACE)
            for j, membership in enumerate(actor.memberships):
                where = f"{at}.memberships[{j}]"
                self.ref(where, membership.group, refs.MEMBERSHIP_GROUP)
                self.date(where, ".date", membership.date)
                group = self.index.get(membership.group)
                if isinstance(group, Actor) and group.kind == ActorKind.PERSON:
                    self.add(
                        "membership-of-person",
                        f"{where}.group",
                        f"{membership.group!r} is a person, not a group",
                        Severity.WARNING,
                    )
                for k, attribution in enumerate(membership.attributions):
                    self.attribution(f"{where}.attributions[{k}]", attribution)
            self.external(at, actor)

    def places(self) -> None:
        for i, place in enumerate(self.ds.places):
            at = f"$.places[{i}]"
            self.variants(f"{at}.variants", place.variants)
            self.ref(at, place.part_of, refs.PLACE_PART_OF)
            self.external(at, place)
        self.cycles("places", self.ds.places)

    def events(self) -> None:
        for i, event in enumerate(self.ds.events):
            at = f"$.events[{i}]"
            self.variants(f"{at}.labels", event.labels)
            self.date(at, ".date", event.date)
            self.ref(at, event.place, refs.EVENT_PLACE)
            self.ref(at, event.part_of, refs.EVENT_PART_OF)
            for j, participant in enumerate(event.participants):
                self.ref(f"{at}.participants[{j}]", participant.actor, refs.PARTICIPANT)
        self.cycles("events", self.ds.events)

    def cycles(self, collection: str, records: Sequence[Event | Place]) -> None:
        """Each ``part_of`` cycle of *records*, reported once at the first record on it."""
        parent = {r.id: r.part_of for r in records if r.part_of}
        reported: set[str] = set()
        for i, record in enumerate(records):
            seen = [record.id]
            current = parent.get(record.id)
            while current is not None and current not in reported:
                if current in seen:
                    cycle = seen[seen.index(current) :]
                    if record.id in cycle:
                        path = " → ".join([*cycle, current])
                        where = f"$.{collection}[{i}].part_of"
                        self.add("part-of-cycle", where, f"cycle: {path}")
                        reported.update(cycle)
                    break
                seen.append(current)
                current = parent.get(current)

    def sources(self) -> None:
        for i, source in enumerate(self.ds.sources):
            at = f"$.sources[{i}]"
            self.date(at, ".date", source.date)
            self.date(at, ".accessed", source.accessed)
            for j, creator in enumerate(source.creators):
                self.ref(f"{at}.creators[{j}]", creator.actor, refs.CREATOR)
            self.external(at, source)

    def evidence(self) -> None:
        """Each evidence item. Its location is built only where it has a problem or a
        reference to look up: a vouched dataset's millions of clean items cost no string."""
        looked_up = not self.resolved
        grades = self.grades
        inferred = CitationStatus.INFERRED
        unresolved = CitationStatus.UNRESOLVED
        for i, item in enumerate(self.ds.evidence):
            source, status, grade = item.source, item.status, item.grade
            if (
                looked_up
                or (source is None and status != unresolved)
                or (grade is not None and (grade not in grades or status == inferred))
            ):
                self.evidence_item(f"$.evidence[{i}]", item)

    def evidence_item(self, at: str, item: Evidence) -> None:
        self.ref(at, item.source, refs.EVIDENCE_SOURCE)
        if item.source is None and item.status != CitationStatus.UNRESOLVED:
            self.add(
                "evidence-without-source",
                f"{at}.source",
                f"{item.status.value} evidence must name a source",
            )
        if (
            item.status == CitationStatus.INFERRED
            and item.grade is not None
            and item.grade not in _REMOVED_GRADES
            and item.locator is None
            and item.note is None
        ):
            self.add(
                "inferred-grade-without-reason",
                f"{at}.grade",
                f"the cited work is only inferred, yet graded {item.grade!r} with neither "
                "a locator nor a note saying why",
                Severity.WARNING,
            )
        if item.grade is not None and item.grade not in self.grades:
            known = ", ".join(sorted(self.grades))
            self.add(
                "unknown-grade",
                f"{at}.grade",
                f"unknown evidence grade {item.grade!r} (known: {known})",
            )
        for j, link in enumerate(item.chain):
            self.ref(f"{at}.chain[{j}]", link.actor, refs.CHAIN_LINK)
        if item.provenance is not None and not self.resolved:
            self.ref(f"{at}.provenance", item.provenance.document, refs.PROVENANCE_DOCUMENT)

    def claims(self) -> None:
        """Each claim. On a vouched dataset whose dates were parsed, a claim is read without
        building its location unless it has a problem: a clean claim costs no string. Nor is
        a claimant read there: its reader resolved it to an actor (an empty one resolves to
        none), and reading it would be a read at random into the actors, which leaves the
        caches from 10⁵ claims."""
        if not (self.resolved and self.dated):
            for i, claim in enumerate(self.ds.claims):
                self.claim(f"$.claims[{i}]", claim)
            return
        anchors = self.anchors
        for i, claim in enumerate(self.ds.claims):
            anchor = claim.anchor
            clean = anchor is None or anchor in anchors
            attributions = claim.attributions
            if not attributions:
                clean = False
            for attribution in attributions:
                if attribution.no_evidence and attribution.evidence:
                    clean = False
            for relation in claim.relations:
                if relation.target == claim.id:
                    clean = False
            if not clean:
                self.claim(f"$.claims[{i}]", claim)

    def claim(self, at: str, claim: Claim) -> None:
        self.refs(at, claim.about, refs.ABOUT)
        if claim.anchor is not None and claim.anchor not in self.anchors:
            self.add(
                "dangling-reference",
                f"{at}.anchor",
                f"no paragraph or division with id {claim.anchor!r}",
            )
        if not claim.attributions:
            self.add(
                "claim-without-attribution",
                f"{at}.attributions",
                "a claim must be attributed to at least one actor",
                Severity.WARNING,
            )
        for j, attribution in enumerate(claim.attributions):
            self.attribution(f"{at}.attributions[{j}]", attribution)
        for j, relation in enumerate(claim.relations):
            self.ref(f"{at}.relations[{j}]", relation.target, refs.RELATION_TARGET)
            if relation.target == claim.id:
                self.add(
                    "self-relation",
                    f"{at}.relations[{j}].target",
                    "a claim cannot relate to itself",
                )

    def attribution(self, where: str, attribution: Attribution) -> None:
        """The claimant, date, work and evidence of a claim's or a membership's attribution."""
        if not attribution.actor:
            self.add("attribution-without-claimant", f"{where}.actor", "no claimant")
        else:
            self.ref(where, attribution.actor, refs.CLAIMANT)
        self.date(where, ".date", attribution.date)
        self.ref(where, attribution.work, refs.WORK)
        self.refs(where, attribution.evidence, refs.ATTRIBUTION_EVIDENCE)
        if attribution.no_evidence and attribution.evidence:
            self.add(
                "contradictory-evidence-flag",
                f"{where}.no_evidence",
                "'no_evidence' is set but evidence is listed",
            )

    def documents(self) -> None:
        for i, doc in enumerate(self.ds.documents):
            at = f"$.documents[{i}]"
            self.date(at, ".date", doc.date)
            self.refs(at, doc.bibliography, refs.BIBLIOGRAPHY)
            for path, division in _walk(doc.divisions, f"{at}.divisions"):
                for p, paragraph in enumerate(division.paragraphs):
                    for n, note in enumerate(paragraph.notes):
                        where = f"{path}.paragraphs[{p}].notes[{n}]"
                        self.refs(where, note.evidence, refs.NOTE_EVIDENCE)


def _walk(divisions: tuple[Division, ...], path: str) -> Iterator[tuple[str, Division]]:
    """Divisions with their JSON paths below *path*."""
    for at, division in walk_divisions(divisions):
        yield (
            path + "".join(f"[{i}]" if n == 0 else f".divisions[{i}]" for n, i in enumerate(at)),
            division,
        )


def _divisions(divisions: tuple[Division, ...]) -> Iterator[Division]:
    for _, division in walk_divisions(divisions):
        yield division


def problems(dataset: Dataset, *, grades: Collection[str]) -> list[Problem]:
    """Every problem in *dataset*: dangling references, duplicate ids, invalid EDTF dates,
    ``part_of`` cycles of events and of places, attributions without a claimant, unknown
    evidence grades… and, as infos, the records that are stubs of records kept elsewhere.

    :param grades: the names of the evidence grades to accept (those a plugin manager knows:
        :func:`purgehist.diagnostics` passes them for you).
    :return: problems in collection order, each with a JSON path to the offending value.
    """
    return _Checker(dataset, frozenset(grades)).run()
