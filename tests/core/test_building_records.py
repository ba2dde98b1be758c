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


def _csv_package(folder: Path) -> Path:
    from purgehist.formats.csv.write import write_package_directory

    write_package_directory(purgehist.example_dataset(), folder)
    return folder


class _Node:
    """An object in a cycle with itself: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_a_csv_read_leaves_its_records_to_no_young_collection(
    collector_on: None, tmp_path: Path
) -> None:
    from purgehist.formats.csv.read import read_package

    folder = _csv_package(tmp_path)
    gc.collect()
    assert gc.get_freeze_count() == 0
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], 10**9)  # no collection moves them on meanwhile
    try:
        dataset = read_package(folder, "csv").dataset
        oldest = {id(o) for o in gc.get_objects(generation=2)}
    finally:
        gc.set_threshold(*thresholds)
    # already in the oldest generation: no collection of the young walks them
    assert id(dataset.claims[0]) in oldest
    assert gc.get_freeze_count() == 0  # moved through, not left frozen
    claim = weakref.ref(dataset.claims[0])
    del dataset
    assert claim() is None


def test_cycles_made_between_csv_reads_in_a_loop_are_still_collected(
    collector_on: None, tmp_path: Path
) -> None:
    from purgehist.formats.csv.read import read_package

    folder = _csv_package(tmp_path)
    gc.collect()
    cycles, claims = [], []
    for _ in range(60):
        node = _Node()
        cycles.append(weakref.ref(node))
        del node
        claims.append(weakref.ref(read_package(folder, "loop").dataset.claims[0]))
    # each read collects the young garbage before moving what it built to the oldest
    # generation, so no cycle is left to a full collection that such a loop never triggers
    assert [ref() for ref in cycles] == [None] * 60
    assert [ref() for ref in claims] == [None] * 60


def test_a_csv_read_through_the_api_is_moved_too(collector_on: None, tmp_path: Path) -> None:
    folder = _csv_package(tmp_path)
    gc.collect()
    with building_records():  # nested: the inner block, acyclic, still moves what it built
        dataset = purgehist.parse(folder)
    assert gc.isenabled()
    assert id(dataset.claims[0]) in {id(o) for o in gc.get_objects(generation=2)}


def test_objects_the_program_froze_stay_frozen(collector_on: None, tmp_path: Path) -> None:
    from purgehist.formats.csv.read import read_package

    folder = _csv_package(tmp_path)
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert read_package(folder, "csv").dataset.claims
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_failed_csv_read_moves_nothing(
    collector_on: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from purgehist.errors import DataError
    from purgehist.formats.csv.read import read_package

    folder = _csv_package(tmp_path)
    (folder / "claims.csv").write_bytes(b"id,text\nclaim_1,\xff\n")
    moved: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: moved.append(True))
    with pytest.raises(DataError):
        read_package(folder, "csv")
    assert moved == []  # the error's frames and traceback are cycles: left to the young
    (tmp_path / "clean").mkdir()
    read_package(_csv_package(tmp_path / "clean"), "csv")
    assert moved == [True]
