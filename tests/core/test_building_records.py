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


def test_datasets_read_and_dropped_in_a_loop_are_freed_by_young_collections(
    collector_on: None, tmp_path: Path
) -> None:
    # Were a dataset read from CSV cyclic garbage once dropped, moving what a read builds
    # into the oldest generation (gc.freeze then gc.unfreeze) would leave every one of these
    # to a full collection that such a loop never triggers.
    from purgehist.formats.csv.read import read_package
    from purgehist.formats.csv.write import write_package_directory

    write_package_directory(purgehist.example_dataset(), tmp_path)
    gc.collect()
    alive = []
    for _ in range(60):
        alive.append(weakref.ref(read_package(tmp_path, "loop").dataset.claims[0]))
    assert sum(ref() is not None for ref in alive) < 30


class _Node:
    """An object in a cycle with itself: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_cycles_the_caller_holds_across_csv_reads_are_collected_once_dropped(
    collector_on: None, tmp_path: Path
) -> None:
    # A reader that moved every young object to the oldest generation when it returned
    # (gc.freeze then gc.unfreeze) would move the caller's cycles too: once dropped, they would
    # wait for a full collection that such a loop never triggers.
    from purgehist.formats.csv.read import read_package
    from purgehist.formats.csv.write import write_package_directory

    write_package_directory(purgehist.example_dataset(), tmp_path)
    gc.collect()
    held = []
    for _ in range(150):
        nodes = [_Node() for _ in range(1000)]
        held.append(weakref.ref(nodes[0]))
        dataset = read_package(tmp_path, "loop").dataset
        del nodes, dataset
    assert sum(ref() is not None for ref in held) < 30
