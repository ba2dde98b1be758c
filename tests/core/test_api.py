"""The public API: format guessing, atomic output, errors a user can act on."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

import pluggy
import pytest

import purgehist
from purgehist import Actor, Dataset, UsageError
from purgehist.plugins.sdk import Context, ExporterSpec, ExportResult, hookimpl
from purgehist.plugins.specs import RegisterExporter


def test_parse_guesses_json_by_suffix_and_content(tmp_path: Path) -> None:
    dataset = Dataset(actors=[Actor(id="pers_a", name="A")])
    purgehist.dump(dataset, tmp_path / "a.json")
    assert purgehist.parse(tmp_path / "a.json") == dataset
    (tmp_path / "a.data").write_bytes((tmp_path / "a.json").read_bytes())
    assert purgehist.parse(tmp_path / "a.data") == dataset


def test_unguessable_input_names_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "notes.xyz"
    path.write_bytes(b"\x00\x01binary")
    with pytest.raises(UsageError, match="cannot tell the input format; name it with --from"):
        purgehist.parse(path)


def test_unknown_input_format_suggests(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    purgehist.dump(Dataset(), path)
    with pytest.raises(UsageError, match=r"unknown input format 'jsn'.*did you mean 'json'"):
        purgehist.parse(path, "jsn")


class Failing:
    @hookimpl
    def register_exporters(self, register: RegisterExporter) -> None:
        def export(
            dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
        ) -> ExportResult:
            dest.write(b"half of a file")
            raise RuntimeError("disk full")

        register(
            ExporterSpec(
                name="failing", description="fails", suffix=".f", media_type="x/y", export=export
            )
        )


def test_failed_export_leaves_previous_file_untouched(
    pm: pluggy.PluginManager, tmp_path: Path
) -> None:
    pm.register(Failing(), name="failing")
    target = tmp_path / "out.f"
    target.write_bytes(b"previous")
    with pytest.raises(RuntimeError, match="disk full"):
        purgehist.export(Dataset(), "failing", target, pm=pm)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.f"]


def test_atomic_output_has_ordinary_permissions(tmp_path: Path) -> None:
    import os
    import stat

    mask = os.umask(0o022)
    try:
        path = tmp_path / "a.json"
        purgehist.dump(Dataset(), path)
    finally:
        os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
