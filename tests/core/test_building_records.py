"""Readers build records with the cyclic garbage collector paused, and switch it back on."""

from __future__ import annotations

import contextlib
import gc
import io
import weakref
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import pluggy
import pytest

import purgehist
from purgehist import Dataset
from purgehist.model.bulk import building_records
from purgehist.plugins.sdk import Context, ExporterSpec, ExportResult, hookimpl
from purgehist.plugins.specs import RegisterExporter


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_restored_after(collector_on: None) -> None:
    with building_records():
        assert not gc.isenabled()
        with building_records():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not switch it on early
    assert gc.isenabled()


def test_restored_after_an_error(collector_on: None) -> None:
    with pytest.raises(ValueError, match="stop"), building_records():
        raise ValueError("stop")
    assert gc.isenabled()


def test_left_off_when_it_was_off(collector_on: None) -> None:
    gc.disable()
    with building_records():
        pass
    assert not gc.isenabled()


def test_json_load_builds_with_the_collector_paused(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from purgehist.formats.json import codec

    example = purgehist.example_dataset()
    seen: list[tuple[str, bool]] = []
    read, structure = codec.read_dataset, codec.from_data

    def spy_read(*args: Any) -> purgehist.Dataset | None:
        seen.append(("record by record", gc.isenabled()))
        return read(*args)

    def spy_structure(data: object, *, source: str | None = None) -> purgehist.Dataset:
        seen.append(("whole text", gc.isenabled()))
        return structure(data, source=source)

    monkeypatch.setattr(codec, "read_dataset", spy_read)
    monkeypatch.setattr(codec, "from_data", spy_structure)
    assert purgehist.loads(purgehist.dumps(example)) == example
    older = '{"format": "purgehist", "version": "1.0", "events": [{"id": "ev_a", "label": "A"}]}'
    assert purgehist.loads(older).events[0].label == "A"
    assert seen == [("record by record", False)] * 2 + [("whole text", False)]
    assert gc.isenabled()


def test_every_parser_called_through_the_api_is_paused(
    collector_on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from purgehist.formats.json import codec

    seen: list[bool] = []
    parse = codec.parse_json

    def spy(*args: object) -> object:
        seen.append(gc.isenabled())
        return parse(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(codec, "parse_json", spy)
    path = tmp_path / "example.json"
    purgehist.dump(purgehist.example_dataset(), path)
    purgehist.parse(path)
    assert seen == [False]
    assert gc.isenabled()


class SpyExporter:
    """An exporter that notes whether the collector is on while it runs, and may fail."""

    def __init__(self, fail: bool) -> None:
        self.fail = fail
        self.seen: list[bool] = []

    @hookimpl
    def register_exporters(self, register: RegisterExporter) -> None:
        def export(
            dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
        ) -> ExportResult:
            self.seen.append(gc.isenabled())
            dest.write(b"spied")
            if self.fail:
                raise RuntimeError("disk full")
            return ExportResult(counts=dataset.counts())

        register(
            ExporterSpec(
                name="spy", description="spy", suffix=".spy", media_type="x/y", export=export
            )
        )


@pytest.mark.parametrize("fail", [False, True], ids=["success", "exception"])
@pytest.mark.parametrize("to_stream", [False, True], ids=["export", "export_stream"])
def test_exports_run_with_the_collector_paused_and_restore_it(
    collector_on: None, pm: pluggy.PluginManager, tmp_path: Path, fail: bool, to_stream: bool
) -> None:
    spy = SpyExporter(fail)
    pm.register(spy, name="spy")
    dataset = purgehist.example_dataset()
    with contextlib.ExitStack() as stack:
        if fail:
            stack.enter_context(pytest.raises(RuntimeError, match="disk full"))
        if to_stream:
            purgehist.export_stream(dataset, "spy", io.BytesIO(), pm=pm)
        else:
            purgehist.export(dataset, "spy", tmp_path / "out.spy", pm=pm)
    assert spy.seen == [False]
    assert gc.isenabled()


def test_json_dump_runs_with_the_collector_paused(
    collector_on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from purgehist.formats.json import codec

    seen: list[bool] = []
    write = codec.write_json

    def spy(*args: object) -> None:
        seen.append(gc.isenabled())
        write(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(codec, "write_json", spy)
    purgehist.dump(purgehist.example_dataset(), tmp_path / "out.json")
    assert seen == [False]
    assert gc.isenabled()


class Node:
    """One half of a reference cycle, which only the cyclic collector frees."""

    other: Node


def _cycle() -> weakref.ref[Node]:
    first, second = Node(), Node()
    first.other, second.other = second, first
    return weakref.ref(first)


def _young() -> set[int]:
    return {id(o) for generation in (0, 1) for o in gc.get_objects(generation)}


def _build(n: int = 30_000) -> list[list[int]]:
    """As many tracked containers as a read of a few thousand claims makes."""
    return [[i] for i in range(n)]


@pytest.fixture
def nothing_frozen(collector_on: None) -> Iterator[None]:
    gc.collect()
    assert gc.get_freeze_count() == 0
    yield
    gc.unfreeze()


def test_records_built_are_moved_to_the_oldest_generation_unwalked(nothing_frozen: None) -> None:
    with building_records():
        built = _build()
    young = _young()
    assert not any(id(record) in young for record in built)
    assert gc.get_freeze_count() == 0


def test_cyclic_garbage_made_before_is_collected_when_the_block_starts(
    nothing_frozen: None,
) -> None:
    before = _cycle()
    with building_records():
        assert before() is None
        _build()


def test_cyclic_garbage_made_inside_is_freed_by_a_later_full_collection(
    nothing_frozen: None,
) -> None:
    with building_records():
        inside = _cycle()
        _build()
    assert inside() is not None  # waiting in the oldest generation
    gc.collect()
    assert inside() is None


@pytest.mark.parametrize("size", [100, 30_000], ids=["small", "large"])
def test_garbage_between_repeated_builds_does_not_pile_up(nothing_frozen: None, size: int) -> None:
    refs = []
    for _ in range(50):
        refs.append(_cycle())
        with building_records():
            _build(size)
    assert sum(ref() is not None for ref in refs) < 25  # young collections leave the last few


def test_a_callers_frozen_objects_stay_frozen(nothing_frozen: None) -> None:
    mine = _build(100)
    gc.freeze()
    frozen = gc.get_freeze_count()
    with building_records():
        built = _build()
    assert gc.get_freeze_count() == frozen
    assert id(built[0]) in _young()  # left to young collections
    assert mine


def test_nested_blocks_move_records_once_when_the_outer_ends(nothing_frozen: None) -> None:
    with building_records():
        with building_records():
            inner = _build()
        assert not gc.isenabled()
        assert id(inner[0]) in _young()
        outer = _build()
    assert gc.isenabled()
    young = _young()
    assert id(inner[0]) not in young
    assert id(outer[0]) not in young


def test_nothing_moved_when_the_caller_disabled_the_collector(nothing_frozen: None) -> None:
    gc.disable()
    with building_records():
        built = _build()
    assert id(built[0]) in _young()
