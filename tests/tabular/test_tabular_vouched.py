"""A dataset read from a CSV package or a workbook whose references all resolved is vouched
for: ``problems()`` then skips the look-ups the reader made, and finds what it would find
without them."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import purgehist
from purgehist import Dataset, Event, checks
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_zip
from purgehist.formats.tabular import row_records
from purgehist.formats.xlsx.read import read_workbook
from purgehist.formats.xlsx.write import write_workbook
from purgehist.model.dataset import dates_vouched, references_vouched
from purgehist.plugins.specs import ParseResult

from strategies import dangling_datasets, datasets

Reader = Callable[[Dataset, bool], ParseResult]


def _xlsx(dataset: Dataset, force: bool) -> ParseResult:
    buffer = io.BytesIO()
    write_workbook(dataset, buffer)
    buffer.seek(0)
    return read_workbook(buffer, "read.xlsx", force=force)


def _csv(dataset: Dataset, force: bool) -> ParseResult:
    buffer = io.BytesIO()
    write_package_zip(dataset, buffer)
    buffer.seek(0)
    return read_package(buffer, "read.zip", force=force)


FORMATS = pytest.mark.parametrize("read", [_xlsx, _csv])


def _unvouched(dataset: Dataset) -> Dataset:
    copy = dataset.replace()
    assert not references_vouched(copy)
    return copy


@FORMATS
@settings(max_examples=25, deadline=None)
@given(dataset=datasets(xml_safe=False))
def test_a_clean_read_is_vouched_for_and_checked_alike(read: Reader, dataset: Dataset) -> None:
    result = read(dataset, False)
    assert references_vouched(result.dataset)
    assert purgehist.problems(result.dataset) == purgehist.problems(_unvouched(result.dataset))


@FORMATS
@settings(max_examples=25, deadline=None)
@given(dataset=dangling_datasets(xml_safe=False))
def test_a_forced_read_with_unresolved_references_is_checked_in_full(
    read: Reader, dataset: Dataset
) -> None:
    result = read(dataset, True)
    unresolved = [p for p in result.problems if p.code in ("dangling-reference", "wrong-reference")]
    assert references_vouched(result.dataset) == (not unresolved)
    found = purgehist.problems(result.dataset)
    assert found == purgehist.problems(_unvouched(result.dataset))
    if unresolved:
        assert any(p.code in ("dangling-reference", "wrong-reference") for p in found)


def test_a_changed_copy_is_not_vouched_for() -> None:
    read = _csv(Dataset(), False).dataset
    assert references_vouched(read)
    assert not references_vouched(read.replace(actors=()))
    assert not references_vouched(read.merge(Dataset()))
    assert not references_vouched(Dataset())


class _CountingIndex(dict[str, object]):
    looked_up = 0

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.looked_up += 1
        return super().get(key, default)


@settings(max_examples=10, deadline=None)
@given(dataset=datasets(xml_safe=False))
def test_problems_looks_up_no_reference_of_a_vouched_dataset(dataset: Dataset) -> None:
    """Work counted, not timed: the id index is neither built nor looked into, however many
    references the claims and evidence make."""
    read = _csv(dataset, False).dataset
    index = _CountingIndex()
    object.__setattr__(read, "_index", index)
    assert purgehist.problems(read) == purgehist.problems(_unvouched(read))
    assert index.looked_up == 0
    assert read._index is index  # not rebuilt


@settings(max_examples=10, deadline=None)
@given(dataset=datasets(xml_safe=False))
def test_problems_parses_no_date_of_a_dataset_read_with_validators_on(dataset: Dataset) -> None:
    """Work counted: the records' validators parsed every date as they were read."""
    read = _csv(dataset, False).dataset
    assert dates_vouched(read)
    expected = purgehist.problems(_unvouched(read))
    parse = checks.parse_edtf
    parsed: list[str] = []

    def counting(text: str) -> object:
        parsed.append(text)
        return parse(text)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(checks, "parse_edtf", counting)
        assert purgehist.problems(read) == expected
        assert parsed == []
        purgehist.problems(_unvouched(read))
    assert len(parsed) == _dates(read)


def _dates(dataset: Dataset) -> int:
    """The dates ``problems()`` parses in *dataset*, when it does."""
    count = 0
    for record in dataset.records():
        for name in ("date", "lifespan", "accessed"):
            count += getattr(record, name, None) is not None
        for variant in (*getattr(record, "variants", ()), *getattr(record, "labels", ())):
            count += variant.date is not None
    for actor in dataset.actors:
        for membership in actor.memberships:
            count += membership.date is not None
            count += sum(a.date is not None for a in membership.attributions)
    for claim in dataset.claims:
        count += sum(a.date is not None for a in claim.attributions)
    return count


def test_dates_read_with_validators_off_are_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    dataset = Dataset(events=(Event(id="ev_a", label="A", date="1936"),))
    with attrs.validators.disabled():
        read = _csv(dataset, False).dataset
    assert references_vouched(read)
    assert not dates_vouched(read)
    parse = checks.parse_edtf
    parsed: list[str] = []

    def counting(text: str) -> object:
        parsed.append(text)
        return parse(text)

    monkeypatch.setattr(checks, "parse_edtf", counting)
    assert purgehist.problems(read) == []
    assert parsed == ["1936"]


def test_dates_are_not_vouched_when_the_validators_come_on_during_the_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The builders of a read begun with the validators off check no date, whatever the
    switch says when the read ends."""
    real = row_records.generated_builder

    def switching_on(*args: Any, **kwargs: Any) -> Any:
        built = real(*args, **kwargs)
        attrs.validators.set_disabled(False)
        return built

    monkeypatch.setattr(row_records, "generated_builder", switching_on)
    dataset = Dataset(events=(Event(id="ev_a", label="A", date="1936"),))
    attrs.validators.set_disabled(True)
    try:
        read = _csv(dataset, False).dataset
    finally:
        attrs.validators.set_disabled(False)
    assert references_vouched(read)
    assert not dates_vouched(read)
