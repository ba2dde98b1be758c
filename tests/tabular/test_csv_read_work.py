"""Work counted, not timed, in the CSV read: children written in position order are not
sorted (positions used twice are still warned), and each claim costs a fixed number of calls
in every module, whatever the table's size."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import pytest

from purgehist import Actor, Attribution, Claim, Dataset, Provenance, Stance
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_directory


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


def _counted(folder: Path) -> tuple[Dataset, Counter[str], Counter[str], Counter[str]]:
    """The dataset read from *folder*, and the calls made in every module: the Python
    functions by ``module.function``, the built-in ones by name, and the sorts by the
    function calling them."""
    python: Counter[str] = Counter()
    builtin: Counter[str] = Counter()
    sorts: Counter[str] = Counter()

    def count(frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            python[f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}"] += 1
        elif event == "c_call":
            name = getattr(arg, "__qualname__", "")
            builtin[name] += 1
            if name == "list.sort":
                sorts[frame.f_code.co_name] += 1

    sys.setprofile(count)
    try:
        dataset = read_package(folder, "test").dataset
    finally:
        sys.setprofile(None)
    return dataset, python, builtin, sorts


def _written(dataset: Dataset, folder: Path) -> Path:
    folder.mkdir()
    write_package_directory(dataset, folder)
    return folder


def test_children_in_position_order_are_taken_without_a_sort(tmp_path: Path) -> None:
    dataset = _attributed(5)
    read, python, _, sorts = _counted(_written(dataset, tmp_path / "package"))
    assert read == dataset
    assert python["row_records.ordered"] == 5  # one per claim with two attributions
    assert sorts["ordered"] == 0


def test_children_out_of_position_order_are_sorted_back(tmp_path: Path) -> None:
    dataset = _attributed(5)
    folder = _written(dataset, tmp_path / "package")
    table = folder / "attributions.csv"
    header, *rows = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text(header + "".join(reversed(rows)), encoding="utf-8")
    read, _, _, sorts = _counted(folder)
    assert read == dataset
    assert sorts["ordered"] == 5


def _positions_set(folder: Path, positions: list[int]) -> None:
    """The attribution rows of *folder* given *positions*, in order."""
    table = folder / "attributions.csv"
    header, *rows = table.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(rows) == len(positions)
    renumbered = [
        ",".join([cells[0], str(position), *cells[2:]])
        for row, position in zip(rows, positions, strict=True)
        for cells in [row.split(",")]
    ]
    table.write_text(header + "".join(renumbered), encoding="utf-8")


@pytest.mark.parametrize(
    ("positions", "warned"),
    [
        ([1, 1, 1, 2], [1]),  # equal positions do not rise: the check is not skipped
        ([2, 2, 1, 2], [2]),
        ([1, 2, 2, 1], []),  # each claim's own positions rise: nothing shared
    ],
)
def test_a_position_used_twice_for_one_owner_is_warned(
    tmp_path: Path, positions: list[int], warned: list[int]
) -> None:
    folder = _written(_attributed(2), tmp_path / "package")
    _positions_set(folder, positions)
    result = read_package(folder, "test")
    found = [p for p in result.problems if p.code == "duplicate-position"]
    assert [p.message.split()[1] for p in found] == [str(n) for n in warned]
    assert all(p.location.startswith("attributions.csv:") for p in found)
    assert result.dataset is not None
    assert [len(c.attributions) for c in result.dataset.claims] == [2, 2]


def test_a_position_used_three_times_is_warned_twice(tmp_path: Path) -> None:
    dataset = _attributed(1)
    three = attrs.evolve(dataset.claims[0], attributions=dataset.claims[0].attributions * 2)
    folder = _written(attrs.evolve(dataset, claims=(three,)), tmp_path / "package")
    _positions_set(folder, [1, 2, 2, 2])
    result = read_package(folder, "test")
    found = [p.message for p in result.problems if p.code == "duplicate-position"]
    assert found == ["position 2 is used twice for 'claim_0'; rows kept in sheet order"] * 2


# Calls made per claim (its row and two attribution rows) by the whole read, in every
# module: the Python functions by name, and the built-in ones by name. A change that adds a
# call per row or per cell shows here.
_PYTHON_PER_CLAIM = Counter(
    {
        "<purgehist record builder>.build": 3,
        "cells._edtf": 2,
        "converters.optional_converter": 1,
        "dates.parse_edtf": 2,
        "ids.optional_ncname_validator": 4,
        "records._rows": 3,
        "records.feed": 3,
        "row_records.add": 3,
        "row_records.ordered": 1,
    }
)
_BUILTIN_PER_CLAIM = Counter(
    {
        "Pattern.match": 3,
        "dict.get": 4,
        "dict.pop": 2,
        "isinstance": 2,
        "len": 7,
        "list.append": 5,
        "object.__new__": 4,
        "str.isspace": 3,
        "str.strip": 5,
    }
)


def test_each_claim_costs_a_pinned_number_of_calls_in_every_module(tmp_path: Path) -> None:
    """The calls of the whole read grow by a fixed number a claim, whatever the size: nine
    more claims cost nine times the calls of one, in every module."""
    _counted(_written(_attributed(3), tmp_path / "warm"))  # first-read costs (imports, caches)
    _, python_small, builtin_small, _ = _counted(_written(_attributed(3), tmp_path / "small"))
    _, python_large, builtin_large, _ = _counted(_written(_attributed(12), tmp_path / "large"))
    grown = python_large.copy()
    grown.subtract(python_small)
    assert +grown == grown  # nothing called less often in the larger read
    assert grown == Counter({name: 9 * n for name, n in _PYTHON_PER_CLAIM.items()})
    assert grown.total() == 9 * 22
    built_in = builtin_large.copy()
    built_in.subtract(builtin_small)
    assert built_in == Counter({name: 9 * n for name, n in _BUILTIN_PER_CLAIM.items()})
    assert built_in.total() == 9 * 35
