"""Shared fixtures: the bundled example, ../shared and the TEI schema, golden-file updates."""

from __future__ import annotations

import os
from pathlib import Path

import pluggy
import pytest
from hypothesis import HealthCheck, settings

from purgehist import Dataset, load
from purgehist import example_dataset as _example_dataset
from purgehist.plugins import make_plugin_manager

ROOT = Path(__file__).resolve().parent.parent
THESIS_2009 = ROOT / "tests" / "data" / "great-purge-2009.json"
"""The bundled example as first built from the thesis, before the review of issue 16."""
SHARED = Path(os.environ.get("PURGEHIST_SHARED", ROOT.parent / "shared"))

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite golden files from the current output (review the diff before committing).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite golden files."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def pm() -> pluggy.PluginManager:
    """A fresh plugin manager with the built-in plugins only (no entry points)."""
    return make_plugin_manager(entry_points=False)


@pytest.fixture
def example_dataset() -> Dataset:
    """The bundled Great Purge example."""
    return _example_dataset()


@pytest.fixture(scope="session")
def thesis_dataset() -> Dataset:
    """The bundled example as first built from the 2009 thesis, frozen before the review of
    issue 16: the figures that analysis, report and upgrade tests counted by hand are its."""
    return load(THESIS_2009)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED


@pytest.fixture(scope="session")
def seed_text_path(shared_dir: Path) -> Path:
    """The seed thesis (Dutch, plain text from a PDF)."""
    path = shared_dir / "seeds" / "great-purge-thesis.nl.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="session")
def tei_schema(shared_dir: Path) -> object:
    """The TEI P5 ``tei_all`` RELAX NG schema, compiled once per test session (about 15 s)."""
    from lxml import etree

    path = shared_dir / "schemas" / "tei_all.rng"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return etree.RelaxNG(etree.parse(str(path)))
