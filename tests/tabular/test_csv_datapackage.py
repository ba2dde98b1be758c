"""The CSV data package: Frictionless validity, readers' view, problems by file:line:column."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from frictionless import Package, validate

import purgehist
from purgehist import DataError, Dataset
from purgehist.formats.tabular.layout import TABLES


def test_frictionless_validates_the_package(tmp_path: Path, example_dataset: Dataset) -> None:
    purgehist.export(example_dataset, "csv", tmp_path / "pkg")
    report = validate(str(tmp_path / "pkg" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    package = Package(str(tmp_path / "pkg" / "datapackage.json"))
    assert [r.name for r in package.resources] == [t.name for t in TABLES]
    claims = package.get_resource("claims")
    assert claims.schema.primary_key == ["id"]
    foreign = {
        fk["fields"][0]: fk["reference"]["resource"]
        for fk in package.get_resource("attributions").schema.foreign_keys
    }
    assert foreign["claim"] == "claims"
    assert foreign["actor"] == "actors"


def test_frictionless_finds_a_broken_reference(tmp_path: Path, example_dataset: Dataset) -> None:
    purgehist.export(example_dataset, "csv", tmp_path / "pkg")
    path = tmp_path / "pkg" / "attributions.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[1][2] = "pers_nobody"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    report = validate(str(tmp_path / "pkg" / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {row[0] for row in report.flatten(["type"])}
    with pytest.raises(DataError) as info:
        purgehist.parse(tmp_path / "pkg")
    assert [str(p) for p in info.value.problems] == [
        "attributions.csv:2:actor: no actor with id 'pers_nobody'"
    ]


def test_problems_name_file_line_and_column(tmp_path: Path, example_dataset: Dataset) -> None:
    purgehist.export(example_dataset, "csv", tmp_path / "pkg")
    path = tmp_path / "pkg" / "events.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    header = rows[0]
    rows[2][header.index("date")] = "1937-02-30"
    rows[3][header.index("calendar")] = "lunar"
    rows.insert(2, [""] * len(header))  # a blank line, skipped but counted
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    with pytest.raises(DataError) as info:
        purgehist.parse(tmp_path / "pkg")
    locations = [p.location for p in info.value.problems]
    assert locations == ["events.csv:4:date", "events.csv:5:calendar"]


def test_descriptor_declares_the_layout_version(tmp_path: Path, example_dataset: Dataset) -> None:
    purgehist.export(example_dataset, "csv", tmp_path / "pkg.zip")
    import zipfile

    with zipfile.ZipFile(tmp_path / "pkg.zip") as zf:
        assert zf.namelist()[0] == "datapackage.json"
        descriptor = json.loads(zf.read("datapackage.json"))
    assert descriptor["purgehist"] == {"format_version": 1}
    assert descriptor["title"] == example_dataset.metadata.title


def test_a_later_layout_version_is_refused(tmp_path: Path, example_dataset: Dataset) -> None:
    purgehist.export(example_dataset, "csv", tmp_path / "pkg")
    descriptor = tmp_path / "pkg" / "datapackage.json"
    data = json.loads(descriptor.read_text(encoding="utf-8"))
    data["purgehist"]["format_version"] = 99
    descriptor.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match="layout version 99"):
        purgehist.parse(tmp_path / "pkg")


def test_a_folder_that_is_no_package_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here")
    with pytest.raises(DataError, match="not a purgehist CSV data package"):
        purgehist.parse(tmp_path, "csv")


def test_text_a_spreadsheet_would_run_is_kept_and_named(tmp_path: Path) -> None:
    from purgehist import Actor, Claim
    from purgehist.formats.csv.write import write_package_directory

    dataset = Dataset(
        actors=(Actor(id="a1", name="@SUM(1,1)"), Actor(id="a2", name="-40")),
        claims=(
            Claim(id="c1", text="two\nlines"),
            Claim(id="c2", text='=HYPERLINK("http://evil.invalid","x")'),
            Claim(id="c3", text="Kirov, =not a cell start"),
        ),
    )
    result = write_package_directory(dataset, tmp_path)
    assert [(p.location, p.code) for p in result.warnings] == [
        ("actors.csv:2", "csv-formula"),
        ("claims.csv:4", "csv-formula"),
    ]
    assert "column 'text' starts with '='" in result.warnings[1].message
    rows = list(csv.reader((tmp_path / "claims.csv").open(encoding="utf-8", newline="")))
    assert rows[2][1] == '=HYPERLINK("http://evil.invalid","x")'


def test_many_formula_cells_are_summed_up(tmp_path: Path) -> None:
    from purgehist import Claim
    from purgehist.formats.csv.write import write_package_directory

    claims = tuple(Claim(id=f"c{i}", text=f"+{i} more") for i in range(25))
    warnings = write_package_directory(Dataset(claims=claims), tmp_path).warnings
    assert [p.location for p in warnings[:20]] == [f"claims.csv:{i}" for i in range(2, 22)]
    assert warnings[20].message == "5 more text cells start like a formula"
