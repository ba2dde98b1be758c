"""A CSV package read leaves the cyclic garbage collector no work that grows with its rows."""

from __future__ import annotations

import gc
import io

from purgehist import Actor, Attribution, Claim, Dataset, Stance
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_zip


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


def _garbage_of_a_read(n_claims: int) -> int:
    """Objects the cyclic collector frees after a read of *n_claims* claims."""
    package = _package(n_claims)
    gc.collect()
    gc.disable()
    try:
        dataset = read_package(package, "test.zip").dataset
        freed = gc.collect()
    finally:
        gc.enable()
    assert len(dataset.claims) == n_claims
    return freed


def test_reading_leaves_no_cyclic_garbage_per_row() -> None:
    small, large = _garbage_of_a_read(50), _garbage_of_a_read(1000)
    # the table readers' own structures only: without the ids dropped, one tuple per id each
    assert large - small < 50
