"""A dataset read from JSON or TEI whose ids are unique and whose references all resolve is
vouched for (``model/resolution.py``): ``problems()`` then skips its look-ups, and finds what
it would find on an unvouched copy, for valid and damaged inputs alike."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    Membership,
    Note,
    Paragraph,
    Place,
    Source,
)
from purgehist.diagnostics import Problem
from purgehist.formats.json.codec import _loads_whole
from purgehist.formats.tei.read import read_tei
from purgehist.formats.tei.write import tei_bytes
from purgehist.model.dataset import dates_vouched, references_vouched
from purgehist.model.dates import parse_edtf
from purgehist.model.resolution import resolved, vouch_if_resolved

from strategies import dangling_datasets, datasets

Reader = Callable[[Dataset], Dataset]


def _json(dataset: Dataset) -> Dataset:
    return purgehist.loads(purgehist.dumps(dataset))


def _json_whole(dataset: Dataset) -> Dataset:
    """The whole-text path, which reads what the record-by-record reader gives up on."""
    return _loads_whole(purgehist.dumps(dataset), None)


def _tei(dataset: Dataset) -> Dataset:
    return read_tei(tei_bytes(dataset, export_date="2026-01-01")).dataset


READERS = pytest.mark.parametrize("read", [_json, _json_whole, _tei])

_LOOKED_UP = (
    "dangling-reference",
    "wrong-reference",
    "duplicate-id",
    "attribution-without-claimant",
)


def _looked_up(found: list[Problem]) -> list[Problem]:
    """The problems a vouched dataset cannot have (a claim's anchor is checked either way)."""
    return [p for p in found if p.code in _LOOKED_UP and not p.location.endswith(".anchor")]


def _unvouched(dataset: Dataset) -> Dataset:
    copy = dataset.replace()
    assert not references_vouched(copy)
    return copy


@READERS
@settings(max_examples=20, deadline=None)
@given(dataset=datasets(xml_safe=False))
def test_a_clean_read_is_vouched_for_and_checked_alike(read: Reader, dataset: Dataset) -> None:
    got = read(dataset)
    assert references_vouched(got)
    assert dates_vouched(got)
    assert purgehist.problems(got) == purgehist.problems(_unvouched(got))


@READERS
@settings(max_examples=20, deadline=None)
@given(dataset=dangling_datasets(xml_safe=False))
def test_a_read_with_unresolved_references_is_checked_in_full(
    read: Reader, dataset: Dataset
) -> None:
    got = read(dataset)
    full = purgehist.problems(_unvouched(got))
    assert references_vouched(got) == (not _looked_up(full))
    assert purgehist.problems(got) == full


@st.composite
def _damaged(draw: st.DrawFn) -> Dataset:
    """A valid dataset, or one left with dangling references, given what only a look-up or
    a claimant's read finds: an id used twice, a reference to a record of the wrong kind, an
    empty claimant."""
    dataset = draw(st.one_of(datasets(xml_safe=False), dangling_datasets(xml_safe=False)))
    ids = [record.id for record in dataset.records()]
    damage = draw(st.sampled_from(["none", "twice", "wrong", "claimant", "member"]))
    if damage == "twice" and ids:
        again = Event(id=draw(st.sampled_from(ids)), label="Again")
        return dataset.replace(events=(*dataset.events, again))
    if damage == "wrong" and ids:
        return dataset.replace(places=(*dataset.places, Place(id="pl_x", name="X", part_of=ids[0])))
    if damage == "claimant":
        claim = Claim(id="claim_x", text="Said.", attributions=[Attribution(actor="")])
        return dataset.replace(claims=(*dataset.claims, claim))
    if damage == "member" and dataset.actors:
        first = dataset.actors[0]
        group = draw(st.sampled_from([*ids, "nowhere"]))
        member = attrs.evolve(first, id="pers_member", memberships=[Membership(group=group)])
        return dataset.replace(actors=(*dataset.actors, member))
    return dataset


@settings(max_examples=60, deadline=None)
@given(dataset=_damaged())
def test_vouched_for_exactly_when_a_full_check_finds_nothing_it_would_skip(
    dataset: Dataset,
) -> None:
    """The rule every reader shares: vouched for if and only if ``problems()`` finds no
    problem that it no longer looks for on a vouched dataset, and then the same problems."""
    full = purgehist.problems(dataset)
    assert resolved(dataset) == (not _looked_up(full))
    vouched = vouch_if_resolved(dataset.replace(), dates_valid=True)
    assert references_vouched(vouched) == resolved(dataset)
    assert purgehist.problems(vouched) == full


def test_an_id_used_twice_is_not_vouched_for_and_is_reported() -> None:
    dataset = Dataset(
        actors=[Actor(id="pers_a", name="A")], events=[Event(id="pers_a", label="Also A")]
    )
    read = _json(dataset)
    assert not references_vouched(read)
    assert [p.code for p in purgehist.problems(read)] == ["duplicate-id", "duplicate-id"]


def test_an_empty_claimant_is_not_vouched_for_and_is_reported() -> None:
    """``problems()`` leaves a vouched dataset's claimants unread: a read with an empty one
    must not be vouched for (the tabular readers refuse one instead)."""
    dataset = Dataset(
        actors=[Actor(id="pers_a", name="A")],
        claims=[Claim(id="claim_1", text="Said.", attributions=[Attribution(actor="")])],
    )
    for read in (_json, _json_whole):
        got = read(dataset)
        assert not references_vouched(got)
        assert [(p.code, p.location) for p in purgehist.problems(got)] == [
            ("attribution-without-claimant", "$.claims[0].attributions[0].actor")
        ]


def test_a_record_of_another_class_in_a_collection_is_not_vouched_for() -> None:
    """``problems()`` goes by each record's class, not by its collection."""
    place = Place(id="pl_a", name="Moscow")
    dataset = Dataset(actors=[place], events=[Event(id="ev_a", label="A", participants=[])])
    assert not resolved(dataset)


class _CountingIndex(dict[str, object]):
    looked_up = 0

    def get(self, key: str, default: object = None) -> object:
        self.looked_up += 1
        return super().get(key, default)


@READERS
@settings(max_examples=10, deadline=None)
@given(dataset=datasets(xml_safe=False))
def test_problems_looks_up_no_reference_of_a_vouched_read(read: Reader, dataset: Dataset) -> None:
    """Work counted, not timed: the id index is neither built nor looked into."""
    got = read(dataset)
    index = _CountingIndex()
    object.__setattr__(got, "_index", index)
    assert purgehist.problems(got) == purgehist.problems(_unvouched(got))
    assert index.looked_up == 0
    assert got._index is index  # not rebuilt


@READERS
def test_dates_read_with_validators_off_are_parsed_again(
    read: Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = Dataset(events=(Event(id="ev_a", label="A", date="1936"),))
    with attrs.validators.disabled():
        got = read(dataset)
    assert references_vouched(got)
    assert not dates_vouched(got)
    parsed: list[str] = []

    def counting(text: str) -> object:
        parsed.append(text)
        return parse_edtf(text)

    monkeypatch.setattr("purgehist.checks.parse_edtf", counting)
    assert purgehist.problems(got) == []
    assert parsed == ["1936"]


def test_a_dataset_with_a_document_is_vouched_for_through_its_notes() -> None:
    """References from a document (its bibliography, its notes' evidence) resolve or not."""
    note = Note(n="1", offset=0, evidence=["evid_1"])
    doc = Document(
        id="doc_a",
        title="Thesis",
        bibliography=["bib_a"],
        divisions=[Division(paragraphs=[Paragraph(text="Text.", notes=[note])])],
    )
    dataset = Dataset(
        sources=[Source(id="bib_a", title="A")],
        evidence=[Evidence(id="evid_1", source="bib_a")],
        documents=[doc],
    )
    assert resolved(dataset)
    assert not resolved(dataset.replace(evidence=()))
    assert not resolved(dataset.replace(sources=(), evidence=[Evidence(id="evid_1")]))
