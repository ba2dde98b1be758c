"""Names a module re-exports, imported from their home module on first use (PEP 562), so that
importing the package stays cheap: ``__getattr__ = lazy_attributes(__name__, homes)``."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Collection, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    module: str, homes: Mapping[str, str], submodules: Collection[str] = ()
) -> Callable[[str], Any]:
    """A module ``__getattr__`` for *module*: a name of *homes* (name → home module) is
    imported from its home and kept in *module*'s namespace; a name of *submodules* is that
    submodule of *module*; any other name is an :class:`AttributeError`."""

    def __getattr__(name: str) -> Any:  # noqa: N807  (a module __getattr__, PEP 562)
        if name in submodules:
            return importlib.import_module(f"{module}.{name}")
        home = homes.get(name)
        if home is None:
            msg = f"module {module!r} has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(importlib.import_module(home), name)
        setattr(sys.modules[module], name, value)
        return value

    return __getattr__
