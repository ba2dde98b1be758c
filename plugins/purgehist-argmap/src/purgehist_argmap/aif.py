"""AIF JSON (as read by OVA, AIFdb and arguebuf): claims as I-nodes, relations as RA/CA/MA,
stances as locutions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from purgehist import Actor, ActorKind, Dataset, RelationType, Stance
from purgehist.model.dates import parse_edtf
from purgehist.plugins.sdk import ExportResult, Problem, Severity

__all__ = ["ILLOCUTIONS", "SCHEMES", "build_aif", "write_aif"]

SCHEMES: dict[RelationType, tuple[str, str]] = {
    RelationType.SUPPORTS: ("RA", "Default Inference"),
    RelationType.CONTRADICTS: ("CA", "Default Conflict"),
    RelationType.REFINES: ("MA", "Default Rephrase"),
}
"""Node type and scheme name for each claim relation."""

ILLOCUTIONS: dict[Stance, str] = {
    Stance.ASSERTS: "Asserting",
    Stance.DISPUTES: "Disagreeing",
    Stance.QUALIFIES: "Conceding",
    Stance.REPORTS: "Default Illocuting",
    Stance.RETRACTS: "Retracting",
}
"""The YA node's illocutionary force for each stance (IAT names; ``Retracting`` is ours)."""


class _Ids:
    """Node and edge ids: purgehist-derived names, or ``1``, ``2``… as AIFdb numbers them."""

    def __init__(self, numeric: bool) -> None:
        self.numeric = numeric
        self._names: dict[str, str] = {}
        self._people: dict[str, str] = {}
        self._edges = 0

    def node(self, name: str) -> str:
        if not self.numeric:
            return name
        return self._names.setdefault(name, str(len(self._names) + 1))

    def person(self, actor_id: str) -> str:
        if not self.numeric:
            return actor_id
        return self._people.setdefault(actor_id, str(len(self._people) + 1))

    def edge(self) -> str:
        self._edges += 1
        return str(self._edges) if self.numeric else f"e{self._edges}"


def _split_name(actor: Actor) -> tuple[str, str]:
    """AIF participants have a first name and a surname; bodies keep their whole name."""
    if actor.kind == ActorKind.PERSON and " " in actor.name.strip():
        first, _, last = actor.name.strip().rpartition(" ")
        return first, last
    return "", actor.name


def _timestamp(date: str | None) -> str | None:
    if date is None:
        return None
    lower = parse_edtf(date).lower
    return f"{lower} 00:00:00" if lower else None


def build_aif(
    dataset: Dataset, *, numeric_ids: bool = False
) -> tuple[dict[str, Any], list[Problem]]:
    """The AIF JSON object for *dataset*, and warnings about what it left out.

    :param numeric_ids: number nodes, edges and participants ``"1"``, ``"2"``… (AIFdb style)
        instead of naming them after purgehist ids.
    """
    ids = _Ids(numeric_ids)
    warnings: list[Problem] = []
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    locutions: list[dict[str, Any]] = []
    claim_ids = {claim.id for claim in dataset.claims}

    def link(source: str, target: str) -> None:
        edges.append({"edgeID": ids.edge(), "fromID": source, "toID": target, "formEdgeID": None})

    for claim in dataset.claims:
        nodes.append({"nodeID": ids.node(claim.id), "text": claim.text, "type": "I"})
    speakers: dict[str, Actor] = {}
    for c, claim in enumerate(dataset.claims):
        for r, relation in enumerate(claim.relations):
            if relation.target not in claim_ids:
                warnings.append(
                    _left_out(
                        f"relation to unknown claim {relation.target!r}",
                        f"$.claims[{c}].relations[{r}].target",
                    )
                )
                continue
            kind, scheme = SCHEMES[relation.type]
            node_id = ids.node(f"{claim.id}#{kind}{r}")
            nodes.append({"nodeID": node_id, "text": scheme, "type": kind, "scheme": scheme})
            link(ids.node(claim.id), node_id)
            link(node_id, ids.node(relation.target))
        for a, attribution in enumerate(claim.attributions):
            actor = dataset.get(attribution.actor)
            if isinstance(actor, Actor):
                speakers.setdefault(actor.id, actor)
                name = actor.name
            else:
                warnings.append(
                    _left_out(
                        f"no actor {attribution.actor!r}: locution without a participant",
                        f"$.claims[{c}].attributions[{a}].actor",
                    )
                )
                name = attribution.actor or "unknown"
            l_id = ids.node(f"{claim.id}#L{a}")
            l_node: dict[str, Any] = {
                "nodeID": l_id,
                "text": f"{name} {attribution.stance.value}: {claim.text}",
                "type": "L",
            }
            timestamp = _timestamp(attribution.date)
            if timestamp:
                l_node["timestamp"] = timestamp
            illocution = ILLOCUTIONS[attribution.stance]
            ya_id = ids.node(f"{claim.id}#YA{a}")
            nodes.append(l_node)
            nodes.append({"nodeID": ya_id, "text": illocution, "type": "YA", "scheme": illocution})
            link(l_id, ya_id)
            link(ya_id, ids.node(claim.id))
            if isinstance(actor, Actor):
                locution: dict[str, Any] = {"nodeID": l_id, "personID": ids.person(actor.id)}
                if timestamp:
                    locution["timestamp"] = timestamp
                locutions.append(locution)
    participants = []
    for actor in speakers.values():
        first, last = _split_name(actor)
        participants.append(
            {"participantID": ids.person(actor.id), "firstname": first, "surname": last}
        )
    graph = {"nodes": nodes, "edges": edges, "locutions": locutions, "participants": participants}
    return graph, warnings


def _left_out(reason: str, location: str) -> Problem:
    return Problem(
        code="aif-left-out", message=reason, location=location, severity=Severity.WARNING
    )


def _counts(graph: dict[str, Any]) -> Iterator[tuple[str, int]]:
    for kind in ("I", "RA", "CA", "MA", "L", "YA"):
        yield f"{kind}_nodes", sum(node["type"] == kind for node in graph["nodes"])
    for key in ("nodes", "edges", "locutions", "participants"):
        yield key, len(graph[key])


def write_aif(dataset: Dataset, dest: BinaryIO, *, numeric_ids: bool = False) -> ExportResult:
    """Write *dataset* to *dest* as AIF JSON; see :func:`build_aif`."""
    graph, warnings = build_aif(dataset, numeric_ids=numeric_ids)
    dest.write(json.dumps(graph, ensure_ascii=False, indent=1).encode("utf-8"))
    dest.write(b"\n")
    return ExportResult(warnings=tuple(warnings), counts=dict(_counts(graph)))
