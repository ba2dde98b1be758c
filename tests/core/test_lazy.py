"""Lazily re-exported names: imported from their home on first use, then kept."""

from __future__ import annotations

import sys
import types

import pytest

from purgehist.lazy import lazy_attributes


@pytest.fixture
def package(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType("lazy_demo")
    module.__path__ = []  # a package, so that it may have submodules
    module.__getattr__ = lazy_attributes(  # type: ignore[method-assign]
        "lazy_demo", {"dedent": "textwrap"}, submodules={"json"}
    )
    monkeypatch.setitem(sys.modules, "lazy_demo", module)
    return module


def test_a_name_is_imported_from_its_home_and_kept(package: types.ModuleType) -> None:
    import textwrap

    assert "dedent" not in vars(package)
    assert package.dedent is textwrap.dedent
    assert vars(package)["dedent"] is textwrap.dedent


def test_an_unknown_name_is_an_attribute_error_naming_the_module(
    package: types.ModuleType,
) -> None:
    with pytest.raises(AttributeError, match="module 'lazy_demo' has no attribute 'nothing'"):
        _ = package.nothing


def test_the_real_packages_reexport_lazily() -> None:
    import purgehist_gexf

    import purgehist
    from purgehist.api import parse

    assert purgehist.parse is parse
    assert callable(purgehist_gexf.write_gexf)
    with pytest.raises(AttributeError):
        _ = purgehist.no_such_name
