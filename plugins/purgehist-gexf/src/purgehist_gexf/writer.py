"""Write a dataset as a GEXF 1.3 network, streamed with lxml's incremental writer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO

from attrs import frozen
from lxml import etree

from purgehist import Actor, ActorKind, Dataset, Event, Evidence, Place
from purgehist.model.dates import parse_edtf
from purgehist.plugins.sdk import Diagnostics, ExportResult, Problem, Severity

__all__ = ["EDGE_ATTRIBUTES", "GEXF_NAMESPACE", "LIST_SEPARATOR", "NODE_ATTRIBUTES", "write_gexf"]

GEXF_NAMESPACE = "http://gexf.net/1.3"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA_LOCATION = f"{GEXF_NAMESPACE} {GEXF_NAMESPACE}/gexf.xsd"

LIST_SEPARATOR = "|"
"""Joins list values (roles, tags, schools) in one string attribute; Gephi splits on it."""

NODE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("kind", "string"),
    ("actor_kind", "string"),
    ("roles", "string"),
    ("school", "string"),
    ("status", "string"),
    ("certainty", "string"),
    ("tags", "string"),
    ("date", "string"),
    ("event_type", "string"),
    ("place", "string"),
    ("place_type", "string"),
    ("latitude", "double"),
    ("longitude", "double"),
    ("source_type", "string"),
    ("year", "integer"),
)
"""Declared node attributes (id = title) and their GEXF types."""

EDGE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("kind", "string"),
    ("stance", "string"),
    ("date", "string"),
    ("work", "string"),
    ("evidence", "string"),
    ("grade", "string"),
    ("locator", "string"),
    ("role", "string"),
    ("type", "string"),
)
"""Declared edge attributes (id = title) and their GEXF types."""


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters XML 1.0 cannot hold, even as a character reference."""


def _refuse_unwritable(item: _Item, found: Diagnostics) -> bool:
    """Whether *item* holds a character XML cannot hold; if so the error names it and where
    (nothing is written then: the GEXF would be ill-formed or the text altered)."""
    for field, text in (("label", item.label), *item.values.items()):
        bad = _NOT_XML.search(text) if text else None
        if bad is not None:
            found.error(
                "gexf-unwritable",
                f"the {field} holds U+{ord(bad[0]):04X}, which XML (and so GEXF) cannot hold; "
                "export to JSON, CSV or XLSX, or remove the character",
                item.location,
            )
            return True
    return False


@frozen
class _Item:
    """A node (``source`` and ``target`` empty) or an edge, ready to write."""

    id: str
    label: str
    date: str | None
    values: Mapping[str, str | None]
    source: str = ""
    target: str = ""
    location: str = ""


def _q(tag: str) -> str:
    return f"{{{GEXF_NAMESPACE}}}{tag}"


def _joined(values: tuple[str, ...]) -> str | None:
    return LIST_SEPARATOR.join(values) if values else None


def _bounds(date: str | None) -> dict[str, str]:
    """``start``/``end`` from an EDTF string; open or unknown ends are left out."""
    if date is None:
        return {}
    parsed = parse_edtf(date)
    # purgehist writes years past 9999 with a '+', which xsd:date does not allow.
    found = {"start": parsed.lower, "end": parsed.upper}
    return {key: value.lstrip("+") for key, value in found.items() if value is not None}


def _schools(actor: Actor, dataset: Dataset) -> str | None:
    names = []
    for membership in actor.memberships:
        group = dataset.get(membership.group)
        if isinstance(group, Actor) and group.kind == ActorKind.SCHOOL:
            names.append(group.name)
    return _joined(tuple(names))


def _place_name(place: str | None, dataset: Dataset) -> str | None:
    """The name of the place *place* (its id when the dataset has no such place)."""
    record = dataset.get(place) if place is not None else None
    return record.name if isinstance(record, Place) else place


def _nodes(dataset: Dataset) -> Iterator[_Item]:
    for i, actor in enumerate(dataset.actors):
        yield _Item(
            actor.id,
            actor.name,
            actor.lifespan,
            {
                "kind": "actor",
                "actor_kind": actor.kind.value,
                "roles": _joined(actor.roles),
                "school": _schools(actor, dataset),
            },
            location=f"$.actors[{i}]",
        )
    for i, claim in enumerate(dataset.claims):
        yield _Item(
            claim.id,
            claim.text,
            None,
            {
                "kind": "claim",
                "status": claim.status.value,
                "certainty": claim.certainty.value if claim.certainty else None,
                "tags": _joined(claim.tags),
            },
            location=f"$.claims[{i}]",
        )
    for i, event in enumerate(dataset.events):
        yield _Item(
            event.id,
            event.label,
            event.date,
            {
                "kind": "event",
                "date": event.date,
                "event_type": event.type,
                "place": _place_name(event.place, dataset),
            },
            location=f"$.events[{i}]",
        )
    for i, place in enumerate(dataset.places):
        point = place.coordinates
        yield _Item(
            place.id,
            place.name,
            None,
            {
                "kind": "place",
                "place_type": place.type,
                "latitude": repr(point.latitude) if point else None,
                "longitude": repr(point.longitude) if point else None,
            },
            location=f"$.places[{i}]",
        )
    for i, source in enumerate(dataset.sources):
        lower = parse_edtf(source.date).lower if source.date else None
        yield _Item(
            source.id,
            source.short_title or source.title,
            source.date,
            {
                "kind": "source",
                "source_type": source.type.value,
                "date": source.date,
                "year": str(int(lower[: lower.index("-", 1)])) if lower else None,
            },
            location=f"$.sources[{i}]",
        )


def _edges(dataset: Dataset, warnings: list[Problem]) -> Iterator[_Item]:
    for c, claim in enumerate(dataset.claims):
        for a, attribution in enumerate(claim.attributions):
            where = f"$.claims[{c}].attributions[{a}]"
            yield _Item(
                f"stance.{claim.id}.{a}",
                attribution.stance.value,
                attribution.date,
                {
                    "kind": "stance",
                    "stance": attribution.stance.value,
                    "date": attribution.date,
                    "work": attribution.work,
                },
                source=attribution.actor,
                target=claim.id,
                location=f"{where}.actor",
            )
            for e, evidence_id in enumerate(attribution.evidence):
                evidence = dataset.get(evidence_id)
                location = f"{where}.evidence[{e}]"
                if not isinstance(evidence, Evidence):
                    warnings.append(
                        _not_drawn("evidence", f"no evidence {evidence_id!r}", location)
                    )
                    continue
                if evidence.source is None:
                    reason = f"evidence {evidence_id!r} cites no known source"
                    warnings.append(_not_drawn("evidence", reason, location))
                    continue
                yield _Item(
                    f"evidence.{claim.id}.{a}.{e}",
                    evidence.grade or "evidence",
                    None,
                    {
                        "kind": "evidence",
                        "evidence": evidence.id,
                        "grade": evidence.grade,
                        "locator": evidence.locator.normalised if evidence.locator else None,
                    },
                    source=claim.id,
                    target=evidence.source,
                    location=location,
                )
        for r, relation in enumerate(claim.relations):
            yield _Item(
                f"relation.{claim.id}.{r}",
                relation.type.value,
                None,
                {"kind": "relation", "type": relation.type.value},
                source=claim.id,
                target=relation.target,
                location=f"$.claims[{c}].relations[{r}].target",
            )
    for a, actor in enumerate(dataset.actors):
        for m, membership in enumerate(actor.memberships):
            yield _Item(
                f"membership.{actor.id}.{m}",
                membership.role or "member",
                membership.date,
                {"kind": "membership", "role": membership.role, "date": membership.date},
                source=actor.id,
                target=membership.group,
                location=f"$.actors[{a}].memberships[{m}].group",
            )
    for v, event in enumerate(dataset.events):
        for p, participant in enumerate(event.participants):
            # A participation is dated by its event.
            yield _Item(
                f"participation.{event.id}.{p}",
                participant.role or "participant",
                event.date,
                {"kind": "participation", "role": participant.role, "date": event.date},
                source=participant.actor,
                target=event.id,
                location=f"$.events[{v}].participants[{p}].actor",
            )
        if event.place is not None:
            # Where an event happened is dated by the event.
            yield _Item(
                f"place.{event.id}",
                "place",
                event.date,
                {"kind": "place", "date": event.date},
                source=event.id,
                target=event.place,
                location=f"$.events[{v}].place",
            )
    for a, actor in enumerate(dataset.actors):
        for field in ("birth_place", "death_place"):
            place = getattr(actor, field)
            if place is not None:
                yield _Item(
                    f"{field}.{actor.id}",
                    field.replace("_", " "),
                    None,
                    {"kind": field},
                    source=actor.id,
                    target=place,
                    location=f"$.actors[{a}].{field}",
                )
    yield from _part_of("events", dataset.events)
    yield from _part_of("places", dataset.places)


def _part_of(collection: str, records: Iterable[Event | Place]) -> Iterator[_Item]:
    for i, record in enumerate(records):
        if record.part_of is not None:
            yield _Item(
                f"part_of.{record.id}",
                "part of",
                None,
                {"kind": "part_of"},
                source=record.id,
                target=record.part_of,
                location=f"$.{collection}[{i}].part_of",
            )


def _not_drawn(kind: str, reason: str, location: str) -> Problem:
    return Problem(
        code="gexf-edge-not-drawn",
        message=f"{kind} edge not drawn: {reason}",
        location=location,
        severity=Severity.WARNING,
    )


def _attvalues(xf: etree._IncrementalFileWriter, values: Mapping[str, str | None]) -> None:
    present = [(key, value) for key, value in values.items() if value is not None]
    if not present:
        return
    with xf.element(_q("attvalues")):
        for key, value in present:
            with xf.element(_q("attvalue"), {"for": key, "value": value}):
                pass


def _declare(
    xf: etree._IncrementalFileWriter, cls: str, attributes: tuple[tuple[str, str], ...]
) -> None:
    with xf.element(_q("attributes"), {"class": cls}):
        for name, kind in attributes:
            with xf.element(_q("attribute"), {"id": name, "title": name, "type": kind}):
                pass


def _write_nodes(
    xf: etree._IncrementalFileWriter,
    dataset: Dataset,
    dynamic: bool,
    node_ids: set[str],
    counts: dict[str, int],
    warnings: list[Problem],
    found: Diagnostics,
) -> None:
    with xf.element(_q("nodes")):
        for node in _nodes(dataset):
            if node.id in node_ids:
                warnings.append(
                    Problem(
                        code="gexf-duplicate-node",
                        message=f"node {node.id!r} is written once; this record is left out",
                        location=node.location,
                        severity=Severity.WARNING,
                    )
                )
                continue
            node_ids.add(node.id)
            if _refuse_unwritable(node, found):
                continue
            xf.write("\n")
            attrs = {"id": node.id, "label": node.label}
            if dynamic:
                attrs.update(_bounds(node.date))
            with xf.element(_q("node"), attrs):
                _attvalues(xf, node.values)
            _count(counts, "nodes", str(node.values["kind"]))
        xf.write("\n")


def _write_edges(
    xf: etree._IncrementalFileWriter,
    dataset: Dataset,
    dynamic: bool,
    node_ids: set[str],
    counts: dict[str, int],
    warnings: list[Problem],
    found: Diagnostics,
) -> None:
    with xf.element(_q("edges")):
        for edge in _edges(dataset, warnings):
            kind = str(edge.values["kind"])
            missing = [end for end in (edge.source, edge.target) if end not in node_ids]
            if missing:
                warnings.append(_not_drawn(kind, f"no node {missing[0]!r}", edge.location))
                continue
            if _refuse_unwritable(edge, found):
                continue
            xf.write("\n")
            attrs = {"id": edge.id, "source": edge.source, "target": edge.target}
            attrs["label"] = edge.label
            if dynamic:
                attrs.update(_bounds(edge.date))
            with xf.element(_q("edge"), attrs):
                _attvalues(xf, edge.values)
            _count(counts, "edges", kind)
        xf.write("\n")


def _count(counts: dict[str, int], total: str, kind: str) -> None:
    counts[total] = counts.get(total, 0) + 1
    key = f"{kind}_{total}"
    counts[key] = counts.get(key, 0) + 1


def write_gexf(
    dataset: Dataset, dest: BinaryIO, *, dynamic: bool = True, description: str | None = None
) -> ExportResult:
    """Write *dataset* to *dest* as a GEXF 1.3 graph: actors, claims, events, places and
    sources as nodes; stances, evidence, claim relations, memberships, participation, the
    places of events and of actors' births and deaths, and ``part_of`` (of events and of
    places) as directed edges.

    Nodes and edges are streamed one by one, so memory holds only the set of node ids. Edges
    whose ends are not nodes (dangling ids, unresolved evidence) are left out and reported as
    warnings.

    :param dynamic: write ``mode="dynamic"`` with ``start``/``end`` from EDTF dates.
    :param description: text for ``<meta><description>``; the dataset's title by default.
    :returns: counts of nodes and edges (in all and by kind), and the warnings.
    :raises DataError: a text holds a character XML cannot hold (each such record named).
    """
    warnings: list[Problem] = []
    found = Diagnostics("gexf export")
    counts: dict[str, int] = {"nodes": 0, "edges": 0}
    node_ids: set[str] = set()
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if dynamic else "static"}
    if dynamic:
        graph_attrs["timeformat"] = "date"
    root_attrs = {"version": "1.3", f"{{{_XSI}}}schemaLocation": _SCHEMA_LOCATION}
    with etree.xmlfile(dest, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(_q("gexf"), root_attrs, nsmap={None: GEXF_NAMESPACE, "xsi": _XSI}):
            xf.write("\n")
            with xf.element(_q("meta")):
                with xf.element(_q("creator")):
                    xf.write("purgehist-gexf")
                with xf.element(_q("description")):
                    text = description or dataset.metadata.title
                    bad = _NOT_XML.search(text)
                    if bad is not None:
                        found.error(
                            "gexf-unwritable",
                            f"the title holds U+{ord(bad[0]):04X}, which XML (and so GEXF) "
                            "cannot hold",
                            "$.metadata.title",
                        )
                    else:
                        xf.write(text)
            xf.write("\n")
            with xf.element(_q("graph"), graph_attrs):
                xf.write("\n")
                _declare(xf, "node", NODE_ATTRIBUTES)
                xf.write("\n")
                _declare(xf, "edge", EDGE_ATTRIBUTES)
                xf.write("\n")
                _write_nodes(xf, dataset, dynamic, node_ids, counts, warnings, found)
                xf.write("\n")
                _write_edges(xf, dataset, dynamic, node_ids, counts, warnings, found)
                xf.write("\n")
            xf.write("\n")
    found.raise_errors()
    return ExportResult(warnings=tuple(warnings), counts=counts)
