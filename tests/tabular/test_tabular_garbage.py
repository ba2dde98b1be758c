"""A CSV package read leaves nothing for the cyclic garbage collector: what it builds is freed
by reference counting alone once dropped."""

from __future__ import annotations

import gc
import io
import weakref
from collections.abc import Iterator
from functools import partial
from unittest import mock

import pytest

from purgehist import Actor, Attribution, Claim, Dataset, Stance
from purgehist.formats.csv import read as csv_read
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_zip
from purgehist.formats.tabular.rebuild import rebuild


def _package(n_claims: int) -> io.BytesIO:
    actors = tuple(Actor(id=f"pers_{i}", name=f"Historian {i}") for i in range(20))
    claims = tuple(
        Claim(
            id=f"claim_{i}",
            text=f"The purge of district {i} was ordered from the centre.",
            attributions=(
                Attribution(actor=f"pers_{i % 20}", stance=Stance.ASSERTS, no_evidence=True),
                Attribution(actor=f"pers_{(i + 1) % 20}", stance=Stance.DISPUTES, date="1985"),
            ),
        )
        for i in range(n_claims)
    )
    buffer = io.BytesIO()
    write_package_zip(Dataset(actors=actors, claims=claims), buffer)
    buffer.seek(0)
    return buffer


@pytest.fixture
def collector_off() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


@pytest.mark.parametrize("generated", [True, False], ids=["generated", "generic"])
def test_a_dropped_dataset_is_freed_by_reference_counting(
    collector_off: None, generated: bool
) -> None:
    package = _package(200)
    gc.collect()  # the writer's leftovers
    with mock.patch.object(csv_read, "rebuild", partial(rebuild, generated=generated)):
        dataset = read_package(package, "test.zip").dataset
    assert len(dataset.claims) == 200
    claim = weakref.ref(dataset.claims[-1])
    actor = weakref.ref(dataset.actors[0])
    del dataset
    assert claim() is None
    assert actor() is None
    assert gc.collect() == 0  # nothing of the read was left in a cycle
