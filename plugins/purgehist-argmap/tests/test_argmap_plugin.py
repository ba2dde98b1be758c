"""The argmap plugin's wiring: registration through pluggy and the installed entry point."""

from __future__ import annotations

import importlib.metadata

import purgehist_argmap
import pytest

from purgehist.plugins import get_exporters, make_plugin_manager


def test_plugin_registers_aif_and_argdown() -> None:
    pm = make_plugin_manager(entry_points=False)
    assert not {"aif", "argdown"} & set(get_exporters(pm))
    pm.register(purgehist_argmap, name="argmap")
    exporters = get_exporters(pm)
    assert (exporters["aif"].suffix, exporters["aif"].plugin) == (".aif.json", "argmap")
    assert [option.name for option in exporters["aif"].options] == ["numeric_ids"]
    assert (exporters["argdown"].suffix, exporters["argdown"].plugin) == (".argdown", "argmap")


def test_installed_entry_point_is_seen() -> None:
    try:
        importlib.metadata.distribution("purgehist-argmap")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("purgehist-argmap is not installed")
    exporters = get_exporters(make_plugin_manager())
    assert "aif" in exporters
    assert "argdown" in exporters
