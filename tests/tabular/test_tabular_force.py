"""What ``--force`` lets be written to XLSX or CSV (references that do not resolve) is read
back with ``force``: every record kept, each such reference a warning at its cell."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings

import purgehist
from purgehist import Attribution, Claim, Dataset
from purgehist.cli import main
from purgehist.diagnostics import Problem, Severity
from purgehist.errors import DataError
from purgehist.formats.csv.read import read_package
from purgehist.formats.csv.write import write_package_zip
from purgehist.formats.xlsx.read import read_workbook
from purgehist.formats.xlsx.write import write_workbook
from purgehist.plugins.specs import ParseResult

from strategies import dangling_datasets

_REFERENCES = {"dangling-reference", "wrong-reference"}
_CELL = re.compile(r"^[a-z_]+![A-Z]+[0-9]+$")
_LINE = re.compile(r"^[a-z_]+\.csv:[0-9]+:[a-z_]+$")

Reader = Callable[[Dataset, bool], ParseResult]


def _xlsx(dataset: Dataset, force: bool) -> ParseResult:
    buffer = io.BytesIO()
    write_workbook(dataset, buffer)
    buffer.seek(0)
    return read_workbook(buffer, "forced.xlsx", force=force)


def _csv(dataset: Dataset, force: bool) -> ParseResult:
    buffer = io.BytesIO()
    write_package_zip(dataset, buffer)
    buffer.seek(0)
    return read_package(buffer, "forced.zip", force=force)


FORMATS = pytest.mark.parametrize(("read", "place"), [(_xlsx, _CELL), (_csv, _LINE)])


def _integrity(dataset: Dataset) -> Counter[tuple[str, str]]:
    """The reference problems the whole-dataset check finds, by code and message."""
    return Counter(
        (p.code, p.message) for p in purgehist.problems(dataset) if p.code in _REFERENCES
    )


def _checked_alike(problems: Sequence[Problem], dataset: Dataset) -> None:
    """*problems* name every reference problem the whole-dataset check finds; the others
    (the readers also check a provenance's document) name ids the dataset lacks."""
    located = Counter((p.code, p.message) for p in problems if p.code in _REFERENCES)
    assert not _integrity(dataset) - located
    extra = located - _integrity(dataset)
    assert all(code == "dangling-reference" for code, _ in extra)
    for problem in problems:
        if problem.code == "dangling-reference":
            assert problem.raw not in dataset.index


@FORMATS
@settings(max_examples=25, deadline=None)
@given(dataset=dangling_datasets(xml_safe=False))
def test_forced_data_reads_back_whole(
    read: Reader, place: re.Pattern[str], dataset: Dataset
) -> None:
    expected = _integrity(dataset)
    assert expected  # the strategy always leaves a reference dangling

    result = read(dataset, True)

    assert result.dataset == dataset
    _checked_alike(result.problems, dataset)
    for problem in result.problems:
        assert problem.severity == Severity.WARNING
        assert place.match(problem.location), problem.location


@FORMATS
@settings(max_examples=10, deadline=None)
@given(dataset=dangling_datasets())
def test_without_force_the_references_are_refused_at_their_cells(
    read: Reader, place: re.Pattern[str], dataset: Dataset
) -> None:
    with pytest.raises(DataError) as info:
        read(dataset, False)

    refused = info.value.problems
    _checked_alike(refused, dataset)
    assert all(p.severity == Severity.ERROR for p in refused if p.code in _REFERENCES)
    assert all(place.match(p.location) for p in refused if p.code in _REFERENCES)


def _dangling() -> Dataset:
    claim = Claim(
        id="claim_1",
        text="Kirov was killed on orders from above.",
        attributions=(Attribution(actor="pers_orlov"),),
    )
    return Dataset(claims=(claim,))


@pytest.mark.parametrize(
    ("suffix", "cell"), [(".xlsx", "attributions!C2"), (".zip", "attributions.csv:2:actor")]
)
def test_convert_force_round_trips_through_a_spreadsheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, cell: str
) -> None:
    x = tmp_path / "x.json"
    purgehist.dump(_dangling(), x)
    sheet = tmp_path / f"x{suffix}"
    y = tmp_path / "y.json"

    assert _convert(capsys, str(x), "-o", str(sheet), "--force")[0] == 0
    code, err = _convert(capsys, str(sheet), "--to", "json", "-o", str(y))
    assert code == 1
    assert f"{cell}: no actor with id 'pers_orlov'" in err
    assert not y.exists()

    code, err = _convert(capsys, str(sheet), "--to", "json", "-o", str(y), "--force")
    assert code == 0
    assert f"{cell}: no actor with id 'pers_orlov'" in err
    assert y.read_bytes() == x.read_bytes()


def test_api_parse_takes_force(tmp_path: Path) -> None:
    path = tmp_path / "forced.xlsx"
    purgehist.export(_dangling(), "xlsx", path)

    with pytest.raises(DataError, match=r"attributions!C2: no actor with id 'pers_orlov'"):
        purgehist.parse(path)
    assert purgehist.parse(path, force=True) == _dangling()


def _convert(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(["convert", *args])
    return int(info.value.code or 0), capsys.readouterr().err
