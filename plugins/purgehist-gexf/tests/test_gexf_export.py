"""The gexf exporter: networkx read-back, counts, attributes, times, warnings, wiring."""

from __future__ import annotations

import importlib.metadata
import io
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import purgehist_gexf
import pytest
from attrs import evolve
from lxml import etree

import purgehist
from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    ClaimRelation,
    Dataset,
    Event,
    Evidence,
    Membership,
    Metadata,
    Participant,
    Source,
)
from purgehist.model.locators import parse_locator
from purgehist.plugins import get_exporters, make_plugin_manager, sdk

DATA = Path(__file__).parent / "data"


@pytest.fixture
def example_dataset() -> Dataset:
    """The bundled Great Purge example."""
    return purgehist.example_dataset()


def _small() -> Dataset:
    """Four actors, two claims, two events, one source: known counts of every kind."""
    return Dataset(
        metadata=Metadata(title="Small & <test>"),
        actors=[
            Actor(id="school_a", kind=ActorKind.SCHOOL, name="School A"),
            Actor(
                id="pers_x",
                name="Xavier Ex",
                roles=["historian", "defector"],
                lifespan="1901/..",
                memberships=[Membership(group="school_a", role="member", date="1930/1940")],
            ),
            Actor(id="pers_y", name="Yvonne Why", lifespan="1890-03-01/1970"),
            Actor(id="org_z", kind=ActorKind.ORGANISATION, name="Zed Committee"),
        ],
        claims=[
            Claim(
                id="claim_one",
                text='The plenum met "in secret" <twice>.',
                tags=["plenum", "secrecy"],
                certainty=purgehist.Certainty.LOW,
                attributions=[
                    Attribution(actor="pers_x", date="1937~", evidence=["evid_1", "evid_2"]),
                    Attribution(actor="pers_y", stance=purgehist.Stance.DISPUTES),
                ],
                relations=[
                    ClaimRelation(type=purgehist.RelationType.CONTRADICTS, target="claim_two")
                ],
            ),
            Claim(
                id="claim_two",
                text="The plenum met once.",
                status=purgehist.ClaimStatus.CANDIDATE,
                attributions=[Attribution(actor="pers_y", date="1956", work="bib_s")],
            ),
        ],
        events=[
            Event(
                id="ev_big",
                label="Big event",
                date="1936/1938",
                participants=[Participant(actor="pers_x", role="witness")],
            ),
            Event(id="ev_small", label="Small event", date="-0044-03-15", part_of="ev_big"),
        ],
        sources=[Source(id="bib_s", title="A study", short_title="Study", date="1956-05")],
        evidence=[
            Evidence(
                id="evid_1", source="bib_s", grade="secondary", locator=parse_locator("p. 12")
            ),
            Evidence(id="evid_2", source="bib_s", grade="memoir"),
        ],
    )


def _write(dataset: Dataset, **kwargs: Any) -> tuple[bytes, sdk.ExportResult]:
    stream = io.BytesIO()
    report = purgehist_gexf.write_gexf(dataset, stream, **kwargs)
    return stream.getvalue(), report


def _read(data: bytes, tmp_path: Path) -> Any:
    path = tmp_path / "graph.gexf"
    path.write_bytes(data)
    return nx.read_gexf(path)


def _edges_by_id(graph: Any) -> dict[str, dict[str, Any]]:
    return {data["id"]: {"ends": (u, v), **data} for u, v, data in graph.edges(data=True)}


def _installed() -> None:
    try:
        importlib.metadata.distribution("purgehist-gexf")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("purgehist-gexf is not installed")


def test_plugin_registers_gexf_exporter() -> None:
    pm = make_plugin_manager(entry_points=False)
    assert "gexf" not in get_exporters(pm)
    pm.register(purgehist_gexf, name="gexf")
    spec = get_exporters(pm)["gexf"]
    assert (spec.suffix, spec.media_type, spec.plugin) == (".gexf", "application/gexf+xml", "gexf")
    assert [option.name for option in spec.options] == ["dynamic"]


def test_installed_entry_point_is_seen() -> None:
    _installed()
    assert "gexf" in get_exporters(make_plugin_manager())


def test_small_dataset_counts(tmp_path: Path) -> None:
    data, report = _write(_small())
    graph = _read(data, tmp_path)
    assert graph.is_directed()
    kinds = Counter(attrs["kind"] for _, attrs in graph.nodes(data=True))
    assert kinds == {"actor": 4, "claim": 2, "event": 2, "source": 1}
    edge_kinds = Counter(attrs["kind"] for _, _, attrs in graph.edges(data=True))
    assert edge_kinds == {
        "stance": 3,
        "evidence": 2,
        "relation": 1,
        "membership": 1,
        "participation": 1,
        "part_of": 1,
    }
    assert report.counts["nodes"] == graph.number_of_nodes() == 9
    assert report.counts["edges"] == graph.number_of_edges() == 9
    assert report.counts["stance_edges"] == 3
    assert report.warnings == ()


def test_small_dataset_node_attributes_and_times(tmp_path: Path) -> None:
    graph = _read(_write(_small())[0], tmp_path)
    assert graph.nodes["pers_x"] == {
        "label": "Xavier Ex",
        "kind": "actor",
        "actor_kind": "person",
        "roles": "historian|defector",
        "school": "School A",
        "start": "1901-01-01",
    }
    assert graph.nodes["pers_y"]["start"] == "1890-03-01"
    assert graph.nodes["pers_y"]["end"] == "1970-12-31"
    claim = graph.nodes["claim_one"]
    assert claim["label"] == 'The plenum met "in secret" <twice>.'
    assert (claim["status"], claim["certainty"], claim["tags"]) == (
        "reviewed",
        "low",
        "plenum|secrecy",
    )
    assert "start" not in claim
    assert graph.nodes["claim_two"]["status"] == "candidate"
    event = graph.nodes["ev_big"]
    assert (event["date"], event["start"], event["end"]) == (
        "1936/1938",
        "1936-01-01",
        "1938-12-31",
    )
    assert graph.nodes["ev_small"]["start"] == "-0044-03-15"
    source = graph.nodes["bib_s"]
    assert (source["label"], source["source_type"], source["year"]) == ("Study", "book", 1956)
    assert (source["start"], source["end"]) == ("1956-05-01", "1956-05-31")


def test_small_dataset_edge_attributes(tmp_path: Path) -> None:
    graph = _read(_write(_small())[0], tmp_path)
    assert graph.graph["mode"] == "dynamic"
    edges = _edges_by_id(graph)
    stance = edges["stance.claim_one.0"]
    assert stance["ends"] == ("pers_x", "claim_one")
    assert (stance["stance"], stance["date"], stance["start"], stance["end"]) == (
        "asserts",
        "1937~",
        "1937-01-01",
        "1937-12-31",
    )
    dispute = edges["stance.claim_one.1"]
    assert (dispute["stance"], dispute["label"]) == ("disputes", "disputes")
    assert "start" not in dispute
    assert edges["stance.claim_two.0"]["work"] == "bib_s"
    first, second = edges["evidence.claim_one.0.0"], edges["evidence.claim_one.0.1"]
    assert first["ends"] == second["ends"] == ("claim_one", "bib_s")
    assert (first["evidence"], first["grade"], first["locator"]) == ("evid_1", "secondary", "12")
    assert (second["grade"], "locator" in second) == ("memoir", False)
    relation = edges["relation.claim_one.0"]
    assert (relation["ends"], relation["type"]) == (("claim_one", "claim_two"), "contradicts")
    membership = edges["membership.pers_x.0"]
    assert membership["ends"] == ("pers_x", "school_a")
    assert (membership["role"], membership["start"], membership["end"]) == (
        "member",
        "1930-01-01",
        "1940-12-31",
    )
    participation = edges["participation.ev_big.0"]
    assert participation["ends"] == ("pers_x", "ev_big")
    assert (participation["role"], participation["start"]) == ("witness", "1936-01-01")
    assert edges["part_of.ev_small"]["ends"] == ("ev_small", "ev_big")


def test_example_dataset_counts_match_the_records(tmp_path: Path, example_dataset: Dataset) -> None:
    data, report = _write(example_dataset)
    graph = _read(data, tmp_path)
    ds = example_dataset
    assert graph.number_of_nodes() == len(ds.actors) + len(ds.claims) + len(ds.events) + len(
        ds.sources
    ) + len(ds.places)
    attributions = [a for claim in ds.claims for a in claim.attributions]
    evidence_refs = [
        e for a in attributions for e in a.evidence if ds.evidence_item(e).source is not None
    ]
    expected = {
        "stance": len(attributions),
        "evidence": len(evidence_refs),
        "relation": sum(len(claim.relations) for claim in ds.claims),
        "membership": sum(len(actor.memberships) for actor in ds.actors),
        "participation": sum(len(event.participants) for event in ds.events),
        "part_of": sum(event.part_of is not None for event in ds.events),
        "place": sum(event.place is not None for event in ds.events),
    }
    found = Counter(attrs["kind"] for _, _, attrs in graph.edges(data=True))
    assert found == expected
    assert report.counts["edges"] == graph.number_of_edges() == sum(expected.values())
    assert report.warnings == ()


def test_example_dataset_attributes(tmp_path: Path, example_dataset: Dataset) -> None:
    graph = _read(_write(example_dataset)[0], tmp_path)
    conquest = graph.nodes["pers_conquest"]
    assert (conquest["actor_kind"], conquest["school"]) == ("person", "Totalitarian school")
    assert (conquest["start"], conquest["end"]) == ("1917-07-15", "2015-08-03")
    purge = graph.nodes["ev_great_purge"]
    assert (purge["kind"], purge["event_type"], purge["date"]) == ("event", "campaign", "1936/1938")
    for node_id, attrs in graph.nodes(data=True):
        record = example_dataset.get(node_id)
        assert record is not None
        if attrs["kind"] == "claim":
            assert isinstance(record, Claim)
            assert attrs["label"] == record.text
            assert attrs.get("tags", "") == "|".join(record.tags)
    grades = {
        attrs.get("grade") for _, _, attrs in graph.edges(data=True) if attrs["kind"] == "evidence"
    }
    assert grades <= {e.grade for e in example_dataset.evidence}


def test_output_matches_gexf_13_structure(example_dataset: Dataset) -> None:
    """The official GEXF 1.3 XSD ships in no PyPI package; this checks a RELAX NG subset of it."""
    schema = etree.RelaxNG(etree.parse(str(DATA / "gexf-1.3-subset.rng")))
    for dataset in (example_dataset, _small()):
        for dynamic in (True, False):
            document = etree.fromstring(_write(dataset, dynamic=dynamic)[0])
            assert schema.validate(document), schema.error_log
    root = etree.fromstring(_write(_small())[0])
    graph = root.find("{http://gexf.net/1.3}graph")
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")


def test_static_mode_through_the_api_has_no_times(tmp_path: Path) -> None:
    pm = make_plugin_manager(entry_points=False)
    pm.register(purgehist_gexf, name="gexf")
    path = tmp_path / "static.gexf"
    purgehist.export(_small(), "gexf", path, options={"dynamic": "false"}, pm=pm)
    graph = nx.read_gexf(path)
    assert graph.graph["mode"] == "static"
    assert all("start" not in attrs for _, attrs in graph.nodes(data=True))
    assert all("start" not in attrs for _, _, attrs in graph.edges(data=True))
    assert graph.nodes["ev_big"]["date"] == "1936/1938"


def test_dangling_references_are_left_out_with_warnings(tmp_path: Path) -> None:
    small = _small()
    claim = Claim(
        id="claim_three",
        text="Dangling.",
        attributions=[Attribution(actor="pers_nobody", evidence=["evid_missing", "evid_lost"])],
        relations=[ClaimRelation(type=purgehist.RelationType.SUPPORTS, target="claim_nowhere")],
    )
    lost = Evidence(id="evid_lost", status=purgehist.CitationStatus.UNRESOLVED)
    dataset = small.replace(claims=(*small.claims, claim), evidence=(*small.evidence, lost))
    data, report = _write(dataset)
    graph = _read(data, tmp_path)
    assert graph.number_of_edges() == 9
    assert "pers_nobody" not in graph
    found = {(w.code, w.location) for w in report.warnings}
    assert found == {
        ("gexf-edge-not-drawn", "$.claims[2].attributions[0].actor"),
        ("gexf-edge-not-drawn", "$.claims[2].attributions[0].evidence[0]"),
        ("gexf-edge-not-drawn", "$.claims[2].attributions[0].evidence[1]"),
        ("gexf-edge-not-drawn", "$.claims[2].relations[0].target"),
    }
    assert all(w.severity == "warning" for w in report.warnings)


def test_duplicate_ids_give_one_node(tmp_path: Path) -> None:
    small = _small()
    twin = Source(id="pers_x", title="A source sharing an actor's id")
    data, report = _write(small.replace(sources=(*small.sources, twin)))
    graph = _read(data, tmp_path)
    assert graph.nodes["pers_x"]["kind"] == "actor"
    assert [(w.code, w.location) for w in report.warnings] == [
        ("gexf-duplicate-node", "$.sources[1]")
    ]


def test_cli_convert_writes_gexf(tmp_path: Path) -> None:
    _installed()
    target = tmp_path / "graph.gexf"
    source = purgehist.example_path()
    command = [sys.executable, "-m", "purgehist", "convert", str(source), "--to", "gexf", "-o"]
    result = subprocess.run([*command, str(target)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    graph = nx.read_gexf(target)
    counts = purgehist.example_dataset().counts()
    assert graph.number_of_nodes() == sum(
        counts[name] for name in ("actors", "claims", "events", "places", "sources")
    )


def _with_places() -> Dataset:
    """The small dataset with places: where events happened and actors were born and died."""
    small = _small()
    places = (
        purgehist.Place(id="pl_russia", name="Russia", type="country"),
        purgehist.Place(
            id="pl_moscow",
            name="Moscow",
            type="city",
            part_of="pl_russia",
            coordinates=purgehist.Coordinates(latitude=55.7558, longitude=37.6173),
        ),
    )
    actors = tuple(
        evolve(a, birth_place="pl_moscow", death_place="pl_russia") if a.id == "pers_x" else a
        for a in small.actors
    )
    events = tuple(evolve(e, place="pl_moscow") if e.id == "ev_big" else e for e in small.events)
    return small.replace(places=places, actors=actors, events=events)


def test_places_are_nodes_linked_to_events_and_lives(tmp_path: Path) -> None:
    data, report = _write(_with_places())
    graph = _read(data, tmp_path)
    moscow = graph.nodes["pl_moscow"]
    assert (moscow["kind"], moscow["label"], moscow["place_type"]) == ("place", "Moscow", "city")
    assert (moscow["latitude"], moscow["longitude"]) == (55.7558, 37.6173)
    assert "latitude" not in graph.nodes["pl_russia"]
    assert graph.nodes["ev_big"]["place"] == "Moscow"
    edges = _edges_by_id(graph)
    where = edges["place.ev_big"]
    assert (where["ends"], where["kind"], where["start"]) == (
        ("ev_big", "pl_moscow"),
        "place",
        "1936-01-01",
    )
    assert edges["birth_place.pers_x"]["ends"] == ("pers_x", "pl_moscow")
    assert edges["death_place.pers_x"]["ends"] == ("pers_x", "pl_russia")
    assert (edges["part_of.pl_moscow"]["ends"], edges["part_of.pl_moscow"]["kind"]) == (
        ("pl_moscow", "pl_russia"),
        "part_of",
    )
    assert report.counts["place_nodes"] == 2
    assert report.counts["place_edges"] == 1
    assert report.warnings == ()
    schema = etree.RelaxNG(etree.parse(str(DATA / "gexf-1.3-subset.rng")))
    for dynamic in (True, False):
        document = etree.fromstring(_write(_with_places(), dynamic=dynamic)[0])
        assert schema.validate(document), schema.error_log


def test_an_event_in_an_unknown_place_is_left_out_with_a_warning(tmp_path: Path) -> None:
    small = _small()
    events = tuple(evolve(e, place="pl_nowhere") for e in small.events)
    data, report = _write(small.replace(events=events))
    assert "place.ev_big" not in _edges_by_id(_read(data, tmp_path))
    assert [(p.code, p.location) for p in report.warnings] == [
        ("gexf-edge-not-drawn", "$.events[0].place"),
        ("gexf-edge-not-drawn", "$.events[1].place"),
    ]
    assert _read(data, tmp_path).nodes["ev_big"]["place"] == "pl_nowhere"


def test_text_xml_cannot_hold_is_refused_by_record() -> None:
    dataset = Dataset(
        actors=(Actor(id="a1", name="Conquest\x07"), Actor(id="a2", name="Getty")),
        claims=(Claim(id="c1", text="Kirov\x00was murdered"), Claim(id="c2", text="x\ufffe")),
    )
    with pytest.raises(purgehist.DataError) as info:
        purgehist_gexf.write_gexf(dataset, io.BytesIO())
    assert [(p.location, p.message.split(",")[0]) for p in info.value.problems] == [
        ("$.actors[0]", "the label holds U+0007"),
        ("$.claims[0]", "the label holds U+0000"),
        ("$.claims[1]", "the label holds U+FFFE"),
    ]
