"""Building many records at once: the cyclic garbage collector paused meanwhile.

Records are acyclic, so reference counting frees them; the cyclic collector only walks them.
While a reader builds 10⁵ records it would walk those already built again and again (each full
collection is triggered by a quarter more objects than the last), which made loading 3–4 times
slower with the collector on than off. Writers pause it too (:func:`purgehist.export`): an
exporter that makes many containers as it goes triggers collections that walk the whole
dataset (the JSON dump that built the whole document's data took twice as long).

When a block has built many objects, they are moved into the oldest generation, unwalked, by
``gc.freeze()`` then ``gc.unfreeze()`` (two list merges in CPython's default build): the young
collections that follow do not walk them; the next full collection does, once. The young
generations are collected as the block starts, so that no garbage made before it is moved
too (uncounted there, it would wait for a full collection that a loop of reads may never
trigger). Not done when the caller has frozen objects of its own (``unfreeze`` would release
them) nor on free-threaded builds, where freezing visits the whole heap.
"""

from __future__ import annotations

import gc
import sysconfig
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

__all__ = ["building_records", "builds_records"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

_FREEZE_IS_A_MERGE = not sysconfig.get_config_var("Py_GIL_DISABLED")
_MANY = 10_000  # tracked objects built in the block, net, from which they are moved unwalked


@contextmanager
def building_records() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, if it is on; nesting is harmless.

    The collector is switched back on when the block ends, however it ends; the records built
    are then left to its next full collection, as long-lived objects (see the module's notes).
    """
    if not gc.isenabled():
        yield
        return
    may_move = _FREEZE_IS_A_MERGE and gc.get_freeze_count() == 0
    if may_move:
        # Young garbage made before the block must not be carried into the oldest generation,
        # which (moved there uncounted) only a full collection that may never come would free.
        gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        if may_move and gc.get_count()[0] >= _MANY and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def builds_records(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """*function* run inside :func:`building_records` (for readers' entry points)."""

    @wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with building_records():
            return function(*args, **kwargs)

    return paused
