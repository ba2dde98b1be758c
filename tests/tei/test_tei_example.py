"""The bundled example as TEI: golden file, schema, pointers, plugin and command line."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from teicheck import assert_valid, dangling_pointers, pointer_count

from purgehist import Dataset, export, parse_file
from purgehist.api import guess_parser
from purgehist.cli import cli
from purgehist.formats.tei.read import read_tei
from purgehist.formats.tei.write import tei_bytes
from purgehist.plugins import get_exporters, get_parsers

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "tei" / "great-purge.tei.xml"


def test_golden_file(example_dataset: Dataset, update_golden: bool) -> None:
    data = tei_bytes(example_dataset, export_date="2026-01-01")
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(data)
        if not update_golden:
            pytest.fail(f"{GOLDEN} was missing and has been written; review it and rerun")
    expected = GOLDEN.read_bytes()
    if data != expected:
        diff = difflib.unified_diff(
            expected.decode().splitlines(), data.decode().splitlines(), "golden", "now", lineterm=""
        )
        pytest.fail(
            "TEI export differs from the golden file (rerun with --update-golden if intended):\n"
            + "\n".join(list(diff)[:60])
        )


def test_example_is_valid_and_closed(example_dataset: Dataset, tei_schema: Any) -> None:
    data = tei_bytes(example_dataset, export_date="2026-01-01")
    assert_valid(tei_schema, data)
    assert pointer_count(data) > 100
    assert dangling_pointers(data) == []


def test_example_round_trips(example_dataset: Dataset) -> None:
    result = read_tei(tei_bytes(example_dataset))
    assert result.dataset == example_dataset
    assert result.problems == ()


def test_plugin_registration(pm: Any, tmp_path: Path, example_dataset: Dataset) -> None:
    exporter = get_exporters(pm)["tei"]
    assert (exporter.suffix, exporter.media_type) == (".tei.xml", "application/tei+xml")
    parser = get_parsers(pm)["tei"]
    assert parser.suffixes == (".tei.xml", ".xml")
    target = tmp_path / "example.tei.xml"
    report = export(example_dataset, "tei", target, options={"export_date": "2026-01-01"}, pm=pm)
    assert report.counts["claims"] == len(example_dataset.claims)
    plain = tmp_path / "example.xml"
    plain.write_bytes(target.read_bytes())
    assert guess_parser(plain, get_parsers(pm)).name == "tei"
    assert parse_file(target, pm=pm).dataset == example_dataset


def test_convert_thesis_text_to_tei(seed_text_path: Path, tmp_path: Path, tei_schema: Any) -> None:
    out = tmp_path / "thesis.xml"
    result = CliRunner().invoke(
        cli, ["convert", str(seed_text_path), "--to", "tei", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert_valid(tei_schema, data)
    assert dangling_pointers(data) == []
    for needle in (b"<div ", b"<head>", b"<pb ", b'<note place="foot"', b"<citedRange"):
        assert needle in data
    original = parse_file(seed_text_path).dataset
    assert read_tei(data).dataset == original
