"""Work counted, not timed, in the CSV read of child rows: children written in position order
are not sorted, and each row costs one call to its table's adder, whatever the table's size."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from purgehist import Actor, Attribution, Claim, Dataset, Provenance, Stance
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_directory
from purgehist.formats.tabular import rebuild as rebuild_module


def _attributed(claims: int) -> Dataset:
    """*claims* claims, each attributed to two actors in turn."""
    made = [
        Claim(
            id=f"claim_{n}",
            text=f"Claim number {n} about the plenum.",
            provenance=Provenance(file="thesis.txt"),
            attributions=(
                Attribution(actor="pers_conquest", stance=Stance.ASSERTS, date="1968"),
                Attribution(actor="pers_getty", stance=Stance.DISPUTES, date="1985"),
            ),
        )
        for n in range(claims)
    ]
    actors = (
        Actor(id="pers_getty", name="J. Arch Getty"),
        Actor(id="pers_conquest", name="Robert Conquest"),
    )
    return Dataset(actors=actors, claims=tuple(made))


def _counted(folder: Path) -> tuple[Dataset, Counter[str]]:
    """The dataset read from *folder*, and the calls made: the sorts, by the function
    calling them, and the Python functions of the rebuilding module by name."""
    calls: Counter[str] = Counter()
    module = rebuild_module.__file__

    def count(frame: Any, event: str, arg: Any) -> None:
        if event == "c_call" and getattr(arg, "__name__", "") == "sort":
            calls[f"sort in {frame.f_code.co_name}"] += 1
        elif event == "call" and frame.f_code.co_filename == module:
            calls[frame.f_code.co_name] += 1

    sys.setprofile(count)
    try:
        dataset = read_package(folder, "test").dataset
    finally:
        sys.setprofile(None)
    return dataset, calls


def _written(dataset: Dataset, folder: Path) -> Path:
    folder.mkdir()
    write_package_directory(dataset, folder)
    return folder


def test_children_in_position_order_are_taken_without_a_sort(tmp_path: Path) -> None:
    dataset = _attributed(5)
    read, calls = _counted(_written(dataset, tmp_path / "package"))
    assert read == dataset
    assert calls["ordered"] == 5  # one per claim with two attributions
    assert calls["sort in ordered"] == 0


def test_children_out_of_position_order_are_sorted_back(tmp_path: Path) -> None:
    dataset = _attributed(5)
    folder = _written(dataset, tmp_path / "package")
    table = folder / "attributions.csv"
    header, *rows = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text(header + "".join(reversed(rows)), encoding="utf-8")
    read, calls = _counted(folder)
    assert read == dataset
    assert calls["sort in ordered"] == 5


def test_each_row_costs_one_adder_call_whatever_the_size(tmp_path: Path) -> None:
    """The calls into the rebuilding module grow by one adder call a row (claims,
    attributions) and one ordering a claim, and by nothing else."""
    _, small = _counted(_written(_attributed(3), tmp_path / "small"))
    _, large = _counted(_written(_attributed(12), tmp_path / "large"))
    grown = large - small
    assert grown == Counter({"add": 9 * 3, "ordered": 9})
