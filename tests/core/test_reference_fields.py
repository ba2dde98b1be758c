"""Which field references which kind of record is one table (``model/reference_fields.py``),
but ``checks.py`` (the look-ups ``problems()`` makes) and ``model/resolution.py`` (what a JSON
or TEI read is vouched for) each walk the records to reach those fields. Every id-shaped field
of the model is pointed, in turn, at no record and at a record of each kind: both must then
agree, so a reference field walked by one and not the other fails here."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from enum import Enum
from typing import Any

import attrs
import pytest

import purgehist
from purgehist import (
    Actor,
    Attribution,
    Claim,
    Dataset,
    Division,
    Document,
    Event,
    Evidence,
    Identifier,
    Membership,
    Note,
    Paragraph,
    Place,
    Source,
)
from purgehist.model import reference_fields
from purgehist.model.actors import ActorKind
from purgehist.model.claims import ClaimRelation, RelationType
from purgehist.model.common import Provenance
from purgehist.model.dataset import COLLECTIONS, Metadata
from purgehist.model.events import Participant
from purgehist.model.evidence import ChainLink
from purgehist.model.ids import ncname_validator, optional_ncname_validator
from purgehist.model.reference_fields import REFERENCES, Reference
from purgehist.model.resolution import gathered_references, resolved
from purgehist.model.sources import Creator

Step = str | int
Path = tuple[Step, ...]

_LOOKED_UP = ("dangling-reference", "wrong-reference", "duplicate-id")
_IDS = ("pers_a", "pl_a", "ev_a", "src_a", "evid_a", "claim_a", "doc_a")
"""One record of each kind, in the dataset below."""


def _id_shaped(cls: type) -> set[str]:
    """The fields of *cls* that hold ids: validated as NCNames (a claimant too, which may be
    empty), or tuples of strings (the lists of references, among free words such as tags)."""
    attrs.resolve_types(cls)
    names = set()
    for f in attrs.fields(cls):
        validator = f.validator
        if (
            validator in (ncname_validator, optional_ncname_validator)
            or getattr(validator, "__name__", "") == "_claimant"
            or f.type == tuple[str, ...]
        ):
            names.add(f.name)
    return names


def _model_classes(cls: type, seen: set[type]) -> set[type]:
    """*cls* and every attrs class its fields hold, at any depth."""
    if cls in seen:
        return seen
    seen.add(cls)
    for hint in typing.get_type_hints(cls).values():
        stack = [hint]
        while stack:
            tp = stack.pop()
            stack.extend(typing.get_args(tp))
            if isinstance(tp, type) and attrs.has(tp):
                _model_classes(tp, seen)
    return seen


def _dataset() -> Dataset:
    """A small dataset in which every id-shaped field holds a value, and all resolve."""
    seen = Provenance(document="doc_a", footnote="3")
    said = Attribution(actor="pers_a", work="src_a", evidence=["evid_a"], provenance=seen)
    return Dataset(
        metadata=Metadata(title="Purge", creators=["A. Historian"], keywords=["purge"]),
        actors=[
            Actor(
                id="pers_a",
                name="Nikolai Yezhov",
                roles=["commissar"],
                birth_place="pl_b",
                death_place="pl_a",
                memberships=[Membership(group="org_a", attributions=[said])],
                provenance=seen,
            ),
            Actor(id="org_a", kind=ActorKind.GROUP, name="NKVD", provenance=seen),
        ],
        places=[
            Place(id="pl_a", name="Moscow", provenance=seen),
            Place(id="pl_b", name="Saint Petersburg", part_of="pl_a", provenance=seen),
        ],
        events=[
            Event(
                id="ev_a",
                label="Great Purge",
                place="pl_a",
                participants=[Participant(actor="pers_a")],
                provenance=seen,
            ),
            Event(id="ev_b", label="Moscow trials", part_of="ev_a", provenance=seen),
        ],
        sources=[
            Source(
                id="src_a",
                title="The Great Terror",
                creators=[Creator(name="Robert Conquest", actor="pers_a")],
                provenance=seen,
            )
        ],
        evidence=[
            Evidence(
                id="evid_a", source="src_a", chain=[ChainLink(actor="pers_a")], provenance=seen
            )
        ],
        claims=[
            Claim(
                id="claim_a",
                text="The purge peaked in 1937.",
                about=["pers_a", "ev_a"],
                attributions=[said],
                relations=[ClaimRelation(type=RelationType.SUPPORTS, target="claim_b")],
                tags=["chronology"],
                anchor="par_a",
                provenance=seen,
            ),
            Claim(id="claim_b", text="Arrests rose in 1937.", attributions=[said]),
        ],
        documents=[
            Document(
                id="doc_a",
                title="Thesis",
                authors=["A. Historian"],
                bibliography=["src_a"],
                divisions=[
                    Division(
                        id="div_a",
                        paragraphs=[
                            Paragraph(
                                id="par_a",
                                text="Text.",
                                notes=[Note(n="1", offset=5, evidence=["evid_a"])],
                            )
                        ],
                    )
                ],
            )
        ],
    )


def _leaves(record: Any, path: Path) -> Iterator[tuple[Path, type, str]]:
    """The path, owning class and field name of each id-shaped value of *record* (each item
    of a tuple of strings on its own)."""
    shaped = _id_shaped(type(record))
    for f in attrs.fields(type(record)):
        if not f.init:
            continue
        value = getattr(record, f.name)
        at = (*path, f.name)
        items = value if isinstance(value, tuple) else (value,)
        for i, item in enumerate(items):
            where = (*at, i) if isinstance(value, tuple) else at
            if isinstance(item, str) and not isinstance(item, Enum):
                if f.name in shaped:
                    yield where, type(record), f.name
            elif attrs.has(type(item)):
                yield from _leaves(item, where)


def _replaced(value: Any, path: Path, new: str) -> Any:
    """*value* with the string at *path* below it replaced by *new*."""
    if not path:
        return new
    step, rest = path[0], path[1:]
    if isinstance(step, int):
        assert isinstance(value, tuple)
        return (*value[:step], _replaced(value[step], rest, new), *value[step + 1 :])
    return attrs.evolve(value, **{step: _replaced(getattr(value, step), rest, new)})


def _all_leaves(dataset: Dataset) -> Iterator[tuple[Path, type, str]]:
    yield from _leaves(dataset.metadata, ("metadata",))
    for name in COLLECTIONS:
        for i, record in enumerate(getattr(dataset, name)):
            yield from _leaves(record, (name, i))


def _with(dataset: Dataset, path: Path, new: str) -> Dataset:
    name, rest = path[0], path[1:]
    assert isinstance(name, str)
    return dataset.replace(**{name: _replaced(getattr(dataset, name), rest, new)})


def _looked_up(dataset: Dataset) -> list[str]:
    """What ``problems()`` finds by looking references and ids up (a claim's anchor is
    checked on a vouched dataset too)."""
    return [
        f"{p.code} at {p.location}"
        for p in purgehist.problems(dataset)
        if p.code in _LOOKED_UP and not p.location.endswith(".anchor")
    ]


def test_the_dataset_fills_every_id_shaped_field_of_the_model() -> None:
    """A new id-shaped field must be given a value below, so the agreement test covers it."""
    dataset = _dataset()
    wanted = {
        (cls, name)
        for cls in _model_classes(Dataset, set())
        for name in _id_shaped(cls)
        if cls is not Dataset
    }
    filled = {(cls, name) for _, cls, name in _all_leaves(dataset)}
    assert wanted - filled == set()
    assert _looked_up(dataset) == []
    assert resolved(dataset)


def test_checks_and_resolution_agree_on_every_reference_field() -> None:
    """Each id-shaped value pointed at no record, then at a record of each kind: the dataset is
    vouched for exactly when ``problems()`` finds nothing by looking up."""
    dataset = _dataset()
    disagree = []
    leaves = list(_all_leaves(dataset))
    assert len(leaves) > 30
    for path, _, _ in leaves:
        for new in ("nowhere", *_IDS):
            changed = _with(dataset, path, new)
            found = _looked_up(changed)
            if resolved(changed) != (not found):
                disagree.append(f"{'.'.join(map(str, path))} = {new!r}: problems() {found}")
    assert disagree == []


def test_the_agreement_test_sees_a_reference_checked_by_one_side_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Were ``resolution.py`` to stop looking at one field, the test above would fail."""
    from purgehist.model import resolution

    dataset = _dataset()
    changed = _with(dataset, ("events", 0, "place"), "nowhere")
    assert not resolved(changed)
    assert _looked_up(changed) == ["dangling-reference at $.events[0].place"]
    real = resolution._given

    def blind(records: Any, name: str) -> Any:
        return iter(()) if name == "place" else real(records, name)

    monkeypatch.setattr(resolution, "_given", blind)
    assert resolved(changed)


def test_the_table_names_id_shaped_fields_and_which_hold_lists() -> None:
    id_shaped = {(cls, name) for cls in _model_classes(Dataset, set()) for name in _id_shaped(cls)}
    assert {(r.owner, r.field) for r in REFERENCES} <= id_shaped
    for reference in REFERENCES:
        declared = attrs.fields_dict(reference.owner)[reference.field].type
        assert reference.listed == (declared == tuple[str, ...]), reference


def test_the_read_check_gathers_every_field_of_the_table_once() -> None:
    gathered = [reference for reference, _ in gathered_references(_dataset())]
    assert gathered == list(REFERENCES)
    values = {r.field: sorted(v) for r, v in gathered_references(_dataset()) if r.owner is Event}
    assert values == {"place": ["pl_a"], "part_of": ["ev_a"]}


def test_a_field_added_to_the_table_is_checked_by_a_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The read's check is driven by the table: a claim's tags, were they references to
    actors, would leave the dataset unvouched (its tag names no actor)."""
    dataset = _dataset()
    assert resolved(dataset)
    tags = Reference(Claim, "tags", (Actor,), listed=True)
    monkeypatch.setattr(reference_fields, "REFERENCES", (*REFERENCES, tags))
    assert not resolved(dataset)
    relabelled = _with(dataset, ("claims", 0, "tags", 0), "pers_a")
    assert resolved(relabelled)


def test_a_field_of_a_record_the_read_check_does_not_reach_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scheme = Reference(Identifier, "value", (Source,))
    monkeypatch.setattr(reference_fields, "REFERENCES", (*REFERENCES, scheme))
    with pytest.raises(LookupError, match=r"Identifier\.value: the read's check reaches no"):
        resolved(_dataset())


def test_both_sides_take_the_kinds_a_field_accepts_from_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A chain link naming a place is wrong by the table; once the table lets it name a place,
    neither ``problems()`` nor the read's check objects any more."""
    changed = _with(_dataset(), ("evidence", 0, "chain", 0, "actor"), "pl_a")
    assert _looked_up(changed) == ["wrong-reference at $.evidence[0].chain[0].actor"]
    assert not resolved(changed)
    chain_link = reference_fields.CHAIN_LINK
    wider = Reference(chain_link.owner, "actor", (Actor, Place))
    monkeypatch.setattr(reference_fields, "CHAIN_LINK", wider)
    table = tuple(wider if r is chain_link else r for r in REFERENCES)
    monkeypatch.setattr(reference_fields, "REFERENCES", table)
    assert _looked_up(changed) == []
    assert resolved(changed)
