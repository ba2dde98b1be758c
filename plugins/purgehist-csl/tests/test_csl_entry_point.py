"""The installed distribution declares the entry point, and purgehist loads it from there."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, distribution, entry_points

import pytest

from purgehist.plugins import get_exporters, get_parsers, make_plugin_manager, plugin_versions


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        distribution("purgehist-csl")
    except PackageNotFoundError:
        pytest.skip("purgehist-csl is not installed (pip install -e plugins/purgehist-csl)")
    monkeypatch.delenv("PURGEHIST_LOAD_PLUGINS", raising=False)


@pytest.mark.usefixtures("installed")
def test_entry_point_is_declared() -> None:
    (point,) = [ep for ep in entry_points(group="purgehist") if ep.name == "csl"]
    assert point.value == "purgehist_csl"


@pytest.mark.usefixtures("installed")
def test_plugin_manager_loads_it_with_its_version() -> None:
    pm = make_plugin_manager()
    assert get_parsers(pm)["csl"].plugin == "csl"
    assert get_exporters(pm)["csl"].plugin == "csl"
    assert plugin_versions(pm)["csl"] == distribution("purgehist-csl").version


@pytest.mark.usefixtures("installed")
def test_load_plugins_variable_can_leave_it_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PURGEHIST_LOAD_PLUGINS", "")
    assert "csl" not in get_parsers(make_plugin_manager())
