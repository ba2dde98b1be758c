"""Building many records at once: the cyclic garbage collector paused meanwhile.

Records are acyclic, so reference counting frees them; the cyclic collector only walks them
(a CSV package's reader leaves no cycle either: what it builds to read the tables refers to
no object that refers back to it, so a dropped dataset is freed without the collector).
While a reader builds 10⁵ records it would walk those already built again and again (each full
collection is triggered by a quarter more objects than the last), which made loading 3–4 times
slower with the collector on than off. Writers pause it too (:func:`purgehist.export`): an
exporter that makes many containers as it goes triggers collections that walk the whole
dataset (the JSON dump that built the whole document's data took twice as long).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

__all__ = ["building_records", "builds_records"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


@contextmanager
def building_records() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, if it is on; nesting is harmless.

    The collector is switched back on when the block ends, however it ends; the records built
    are then walked once, by its next collection, rather than once per collection meanwhile.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def builds_records(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """*function* run inside :func:`building_records` (for readers' entry points)."""

    @wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with building_records():
            return function(*args, **kwargs)

    return paused
