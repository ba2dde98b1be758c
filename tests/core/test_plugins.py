"""Plugins: in-process registration, entry points, name clashes, misspelt hooks."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

import attrs
import openpyxl
import pluggy
import pytest

import purgehist
from purgehist import Dataset, PluginError, UsageError
from purgehist.plugins import get_exporters, get_grades, get_parsers, make_plugin_manager, sdk
from purgehist.plugins.sdk import (
    Context,
    ExporterSpec,
    ExportResult,
    GradeSpec,
    ParseResult,
    ParserSpec,
    hookimpl,
)
from purgehist.plugins.specs import (
    Input,
    RegisterExporter,
    RegisterGrade,
    RegisterParser,
    open_input,
)


def _write_count(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    dest.write(f"{len(dataset.claims)} claims{options['suffix']}\n".encode())
    return ExportResult(counts={"claims": len(dataset.claims)})


def _read_count(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    with open_input(source) as stream:
        title = stream.read().decode().strip()
    return ParseResult(dataset=Dataset(metadata=purgehist.Metadata(title=title)))


class CountPlugin:
    """A plugin written as a class, as a test would."""

    __name__ = "count"

    @hookimpl
    def register_exporters(self, register: RegisterExporter) -> None:
        register(
            ExporterSpec(
                name="count",
                description="Number of claims",
                suffix=".count",
                media_type="text/plain",
                export=_write_count,
                options=(sdk.OptionSpec(name="suffix", help="appended", default="!"),),
            )
        )

    @hookimpl
    def register_parsers(self, register: RegisterParser) -> None:
        register(
            ParserSpec(
                name="title",
                description="A title on one line",
                suffixes=(".title",),
                parse=_read_count,
            )
        )

    @hookimpl
    def register_evidence_grades(self, register: RegisterGrade) -> None:
        register(GradeSpec(name="rumour", description="Unattributed talk"))


def test_builtin_formats_register_through_the_hooks(pm: pluggy.PluginManager) -> None:
    assert get_exporters(pm)["json"].plugin == "purgehist.formats.json"
    assert get_parsers(pm)["json"].plugin == "purgehist.formats.json"
    assert "hearsay" in get_grades(pm)


def test_class_plugin_adds_formats_and_grades(pm: pluggy.PluginManager, tmp_path: Path) -> None:
    pm.register(CountPlugin(), name="count")
    assert get_exporters(pm)["count"].plugin == "count"
    assert get_grades(pm)["rumour"].description == "Unattributed talk"
    report = purgehist.export(Dataset(), "count", tmp_path / "x.count", pm=pm)
    assert (tmp_path / "x.count").read_text() == "0 claims!\n"
    assert report.counts == {"claims": 0}
    purgehist.export(Dataset(), "count", tmp_path / "y.count", options={"suffix": "?"}, pm=pm)
    assert (tmp_path / "y.count").read_text() == "0 claims?\n"
    (tmp_path / "a.title").write_text("Kirov\n")
    assert purgehist.parse(tmp_path / "a.title", pm=pm).metadata.title == "Kirov"


def test_unknown_option_is_a_usage_error(pm: pluggy.PluginManager, tmp_path: Path) -> None:
    pm.register(CountPlugin(), name="count")
    with pytest.raises(UsageError, match="has no option 'sufix' \\(options: suffix\\)"):
        purgehist.export(Dataset(), "count", tmp_path / "x.count", options={"sufix": "?"}, pm=pm)


def test_two_plugins_claiming_one_name(pm: pluggy.PluginManager) -> None:
    class Clash:
        @hookimpl
        def register_exporters(self, register: RegisterExporter) -> None:
            register(get_exporters(make_plugin_manager(entry_points=False))["json"])

    pm.register(Clash(), name="clash")
    with pytest.raises(PluginError, match="'json' is registered by both"):
        get_exporters(pm)


def test_misspelt_hook_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    class Typo:
        @hookimpl
        def register_exporter(self, register: Any) -> None:
            """Misspelt: the hook is register_exporters."""

    _fake_entry_point(monkeypatch, "typo", Typo())
    with pytest.raises(
        PluginError,
        match=(
            r"plugin 'typo' implements an unknown hook: 'register_exporter' "
            r"\(did you mean 'register_exporters'\?\)"
        ),
    ):
        make_plugin_manager()


def test_broken_plugin_import_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_point(monkeypatch, "broken", ImportError("No module named 'lxmll'"))
    with pytest.raises(PluginError, match="plugin 'broken' failed to load: No module named"):
        make_plugin_manager()


def test_entry_point_plugin_is_loaded_and_versioned(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_point(monkeypatch, "count", CountPlugin())
    pm = make_plugin_manager()
    assert get_exporters(pm)["count"].plugin == "count"
    assert purgehist.plugins.plugin_versions(pm) == {"count": "9.9"}


def test_load_plugins_variable_limits_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_point(monkeypatch, "count", CountPlugin())
    monkeypatch.setenv("PURGEHIST_LOAD_PLUGINS", "")
    assert "count" not in get_exporters(make_plugin_manager())


def _fake_entry_point(monkeypatch: pytest.MonkeyPatch, name: str, plugin: object) -> None:
    """Pretend a distribution declares *plugin* in the ``purgehist`` entry-point group
    (pluggy's own technique: patch importlib.metadata.distributions)."""

    class FakeEntryPoint:
        group = "purgehist"
        value = f"fake_{name}"

        def __init__(self) -> None:
            self.name = name

        def load(self) -> object:
            if isinstance(plugin, Exception):
                raise plugin
            return plugin

    class FakeDistribution:
        entry_points = (FakeEntryPoint(),)
        metadata: ClassVar[dict[str, str]] = {"name": f"purgehist-{name}"}
        version = "9.9"

    def distributions() -> tuple[FakeDistribution, ...]:
        return (FakeDistribution(),)

    def entry_points(*, group: str) -> tuple[FakeEntryPoint, ...]:
        return FakeDistribution.entry_points if group == "purgehist" else ()

    monkeypatch.setattr(importlib.metadata, "distributions", distributions)
    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)


class RumourGrade:
    """A plugin adding one evidence grade and nothing else."""

    __name__ = "rumour"

    @hookimpl
    def register_evidence_grades(self, register: RegisterGrade) -> None:
        register(GradeSpec(name="rumour", description="Unattributed talk in the corridors"))


def _rumoured() -> Dataset:
    example = purgehist.example_dataset()
    first = example.evidence[0]
    return example.replace(evidence=(attrs.evolve(first, grade="rumour"), *example.evidence[1:]))


def test_a_grade_on_a_custom_manager_is_accepted_by_the_checks(pm: pluggy.PluginManager) -> None:
    dataset = _rumoured()
    assert [p.code for p in purgehist.problems(dataset, pm=pm)] == ["unknown-grade"]
    pm.register(RumourGrade(), name="rumour")
    assert purgehist.problems(dataset, pm=pm) == []


def test_a_grade_on_a_custom_manager_reaches_every_exporter(
    pm: pluggy.PluginManager, tmp_path: Path
) -> None:
    pm.register(RumourGrade(), name="rumour")
    dataset = _rumoured()
    for name, spec in get_exporters(pm).items():
        target = tmp_path / f"out{spec.suffix}"
        result = purgehist.export(dataset, name, target, pm=pm)
        assert not [w for w in result.warnings if "rumour" in w.message], name
        if name in get_parsers(pm) and name != "csv":
            back = purgehist.parse_file(target, name, pm=pm)
            assert purgehist.problems(back.dataset, pm=pm) == [], name
    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx")
    offered = [v.formula1 for sheet in workbook for v in sheet.data_validations.dataValidation]
    assert any("rumour" in (formula or "") for formula in offered)


def test_the_built_in_manager_does_not_offer_a_plugins_grade(tmp_path: Path) -> None:
    purgehist.export(purgehist.example_dataset(), "xlsx", tmp_path / "plain.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "plain.xlsx")
    offered = [v.formula1 for sheet in workbook for v in sheet.data_validations.dataValidation]
    assert not any("rumour" in (formula or "") for formula in offered)


def test_tracing_shows_every_hook_call(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "purgehist", "formats"],
        capture_output=True,
        text=True,
        env={**os.environ, "PURGEHIST_TRACE_PLUGINS": "1"},
        check=True,
    )
    for hook in (
        "register_parsers",
        "register_exporters",
        "register_evidence_grades",
        "register_commands",
    ):
        assert hook in done.stderr, hook
