"""Building many records at once: the cyclic garbage collector paused meanwhile.

Records are acyclic, so reference counting frees them; the cyclic collector only walks them
(a CSV package's reader leaves no cycle either: what it builds to read the tables refers to
no object that refers back to it, so a dropped dataset is freed without the collector).
While a reader builds 10⁵ records it would walk those already built again and again (each full
collection is triggered by a quarter more objects than the last), which made loading 3–4 times
slower with the collector on than off. Writers pause it too (:func:`purgehist.export`): an
exporter that makes many containers as it goes triggers collections that walk the whole
dataset (the JSON dump that built the whole document's data took twice as long).

Paused, the collector still counts the objects made, so the first one made after the block
starts a collection of the young objects: every record built, walked once (0.5 s of a 6.5 s
CSV read of 10⁵ claims). A reader that leaves no cyclic garbage can skip that walk: its
records are moved straight into the oldest generation (``gc.freeze`` then ``gc.unfreeze``,
which only relink lists). That is safe only because nothing it leaves is a cycle that would
then wait for a full collection, and because the young garbage made before the block is
collected first; it is not done when the program has frozen objects of its own, which
``gc.unfreeze`` would thaw, nor on a free-threaded build, where both visit the whole heap.
"""

from __future__ import annotations

import gc
import sysconfig
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

__all__ = ["building_records", "builds_acyclic_records", "builds_records"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

_MOVES = not sysconfig.get_config_var("Py_GIL_DISABLED")
"""``gc.freeze`` and ``gc.unfreeze`` relink lists (they walk every object when free-threaded)."""

_open_blocks = 0
"""The :func:`building_records` blocks running: the collector was paused by the outermost."""


@contextmanager
def building_records(*, acyclic: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, if it is on; nesting is harmless.

    The collector is switched back on when the block ends, however it ends; the records built
    are then walked once, by its next collection, rather than once per collection meanwhile.

    :param acyclic: the block leaves no cyclic garbage when it ends without an error: what it
        built is then moved into the oldest generation, not walked (see the module's notes).
    """
    global _open_blocks
    if not gc.isenabled() and not _open_blocks:
        yield  # the program switched the collector off itself: left as it is
        return
    if acyclic and _MOVES:
        gc.collect(1)  # the young garbage made before the block, collected as it would be
    pausing = gc.isenabled()
    gc.disable()
    _open_blocks += 1
    try:
        yield
    except BaseException:
        raise
    else:
        if acyclic and _MOVES and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
    finally:
        _open_blocks -= 1
        if pausing:
            gc.enable()


def builds_records(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """*function* run inside :func:`building_records` (for readers' entry points)."""

    @wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with building_records():
            return function(*args, **kwargs)

    return paused


def builds_acyclic_records(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """*function* run inside ``building_records(acyclic=True)``: for a reader that leaves no
    cyclic garbage when it returns (a test must hold it to that)."""

    @wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with building_records(acyclic=True):
            return function(*args, **kwargs)

    return paused
