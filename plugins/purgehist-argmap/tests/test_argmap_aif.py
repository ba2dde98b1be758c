"""The aif exporter: JSON Schema, references, and the support/conflict structure via networkx."""

from __future__ import annotations

import io
import json
from collections import Counter
from importlib import resources
from typing import Any

import jsonschema
import networkx as nx
import purgehist_argmap
import pytest
from argmap_data import small_dataset

import purgehist
from purgehist import Attribution, Claim, ClaimRelation, Dataset, RelationType, Stance
from purgehist.plugins import sdk

KIND = {RelationType.SUPPORTS: "RA", RelationType.CONTRADICTS: "CA", RelationType.REFINES: "MA"}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = resources.files("purgehist_argmap").joinpath("aif.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


def _export(dataset: Dataset, **options: Any) -> tuple[dict[str, Any], sdk.ExportResult]:
    stream = io.BytesIO()
    report = purgehist_argmap.write_aif(dataset, stream, **options)
    loaded: dict[str, Any] = json.loads(stream.getvalue())
    return loaded, report


def _digraph(aif: dict[str, Any]) -> Any:
    graph = nx.DiGraph()
    for node in aif["nodes"]:
        graph.add_node(node["nodeID"], **node)
    for edge in aif["edges"]:
        assert edge["fromID"] in graph, edge
        assert edge["toID"] in graph, edge
        graph.add_edge(edge["fromID"], edge["toID"])
    return graph


def _claim_of(aif: dict[str, Any], dataset: Dataset) -> dict[str, str]:
    """I-node id → claim id; I-nodes come in the dataset's claim order."""
    inodes = [node["nodeID"] for node in aif["nodes"] if node["type"] == "I"]
    return dict(zip(inodes, (claim.id for claim in dataset.claims), strict=True))


def _relations_in(aif: dict[str, Any], dataset: Dataset) -> Counter[tuple[str, str, str]]:
    graph = _digraph(aif)
    claim_of = _claim_of(aif, dataset)
    found: Counter[tuple[str, str, str]] = Counter()
    for node_id, data in graph.nodes(data=True):
        if data["type"] in ("RA", "CA", "MA"):
            (premise,) = graph.predecessors(node_id)
            (conclusion,) = graph.successors(node_id)
            found[(claim_of[premise], data["type"], claim_of[conclusion])] += 1
    return found


def _expected_relations(dataset: Dataset) -> Counter[tuple[str, str, str]]:
    return Counter(
        (claim.id, KIND[relation.type], relation.target)
        for claim in dataset.claims
        for relation in claim.relations
    )


def _stances_in(aif: dict[str, Any], dataset: Dataset) -> Counter[tuple[str, str, str]]:
    graph = _digraph(aif)
    claim_of = _claim_of(aif, dataset)
    # Participants come in the order their actors are first attributed a claim.
    speakers = dict.fromkeys(a.actor for claim in dataset.claims for a in claim.attributions)
    actor_of = {
        p["participantID"]: actor for p, actor in zip(aif["participants"], speakers, strict=True)
    }
    person = {loc["nodeID"]: actor_of[loc["personID"]] for loc in aif["locutions"]}
    found: Counter[tuple[str, str, str]] = Counter()
    for node_id, data in graph.nodes(data=True):
        if data["type"] == "L":
            (ya,) = graph.successors(node_id)
            (inode,) = graph.successors(ya)
            found[(person[node_id], graph.nodes[ya]["text"], claim_of[inode])] += 1
    return found


def _expected_stances(dataset: Dataset) -> Counter[tuple[str, str, str]]:
    return Counter(
        (a.actor, purgehist_argmap.ILLOCUTIONS[a.stance], claim.id)
        for claim in dataset.claims
        for a in claim.attributions
    )


@pytest.mark.parametrize("numeric_ids", [False, True], ids=["purgehist-ids", "numeric-ids"])
def test_output_validates_against_the_aif_schema(schema: dict[str, Any], numeric_ids: bool) -> None:
    for dataset in (purgehist.example_dataset(), small_dataset()):
        aif, _ = _export(dataset, numeric_ids=numeric_ids)
        jsonschema.validate(aif, schema)
        ids = [node["nodeID"] for node in aif["nodes"]]
        assert len(ids) == len(set(ids))
        if numeric_ids:
            assert all(i.isdigit() for i in ids)


def test_schema_rejects_a_node_without_type(schema: dict[str, Any]) -> None:
    aif, _ = _export(small_dataset())
    del aif["nodes"][0]["type"]
    with pytest.raises(jsonschema.ValidationError, match="'type' is a required property"):
        jsonschema.validate(aif, schema)


def test_small_dataset_structure() -> None:
    dataset = small_dataset()
    aif, report = _export(dataset)
    assert Counter(node["type"] for node in aif["nodes"]) == {
        "I": 4,
        "RA": 1,
        "CA": 1,
        "MA": 1,
        "L": 7,
        "YA": 7,
    }
    assert _relations_in(aif, dataset) == Counter(
        {
            ("claim_b", "RA", "claim_a"): 1,
            ("claim_c", "CA", "claim_a"): 1,
            ("claim_d", "MA", "claim_b"): 1,
        }
    )
    assert _stances_in(aif, dataset) == _expected_stances(dataset)
    assert report.counts["I_nodes"] == 4
    assert report.counts["edges"] == len(aif["edges"]) == 3 * 2 + 7 * 2
    assert report.warnings == ()
    nodes = {node["nodeID"]: node for node in aif["nodes"]}
    assert nodes["claim_c"]["text"] == small_dataset().claims[2].text
    assert nodes["claim_a#L1"]["text"] == (
        "J. Arch Getty disputes: The purge was planned from the centre."
    )
    assert nodes["claim_a#L1"]["timestamp"] == "1985-01-01 00:00:00"
    assert nodes["claim_a#YA1"]["text"] == "Disagreeing"
    assert "timestamp" not in nodes["claim_b#L1"]


def test_participants_are_the_attributed_actors() -> None:
    aif, _ = _export(small_dataset())
    assert aif["participants"] == [
        {"participantID": "pers_conquest", "firstname": "Robert", "surname": "Conquest"},
        {"participantID": "pers_getty", "firstname": "J. Arch", "surname": "Getty"},
        {"participantID": "org_nkvd", "firstname": "", "surname": "NKVD of the USSR"},
    ]
    people = {p["participantID"] for p in aif["participants"]}
    l_nodes = {node["nodeID"] for node in aif["nodes"] if node["type"] == "L"}
    assert {loc["nodeID"] for loc in aif["locutions"]} == l_nodes
    assert {loc["personID"] for loc in aif["locutions"]} == people


@pytest.mark.parametrize("numeric_ids", [False, True], ids=["purgehist-ids", "numeric-ids"])
def test_example_structure_matches_the_dataset(numeric_ids: bool) -> None:
    dataset = purgehist.example_dataset()
    aif, report = _export(dataset, numeric_ids=numeric_ids)
    assert _relations_in(aif, dataset) == _expected_relations(dataset)
    assert _stances_in(aif, dataset) == _expected_stances(dataset)
    assert report.counts["RA_nodes"] == sum(
        r.type == RelationType.SUPPORTS for c in dataset.claims for r in c.relations
    )
    assert report.counts["CA_nodes"] == sum(
        r.type == RelationType.CONTRADICTS for c in dataset.claims for r in c.relations
    )


def test_dangling_references_are_warned() -> None:
    small = small_dataset()
    stray = Claim(
        id="claim_stray",
        text="A stray claim.",
        attributions=[Attribution(actor="pers_nobody", stance=Stance.ASSERTS)],
        relations=[ClaimRelation(type=RelationType.SUPPORTS, target="claim_nowhere")],
    )
    aif, report = _export(small.replace(claims=(*small.claims, stray)))
    assert [(w.code, w.location) for w in report.warnings] == [
        ("aif-left-out", "$.claims[4].relations[0].target"),
        ("aif-left-out", "$.claims[4].attributions[0].actor"),
    ]
    assert Counter(node["type"] for node in aif["nodes"])["RA"] == 1
    l_node = next(node for node in aif["nodes"] if node["nodeID"] == "claim_stray#L0")
    assert l_node["text"] == "pers_nobody asserts: A stray claim."
    assert "claim_stray#L0" not in {loc["nodeID"] for loc in aif["locutions"]}
    _digraph(aif)
