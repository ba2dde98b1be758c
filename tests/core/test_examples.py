"""Every script in examples/ runs, in a temporary directory, and writes what it says."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

import purgehist

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _run(name: str, *args: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", [name, *args])
    runpy.run_path(str(EXAMPLES / name), run_name="__main__")


def test_build_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "kirov.json"
    _run("build_dataset.py", str(out), monkeypatch=monkeypatch)
    dataset = purgehist.load(out)
    assert purgehist.problems(dataset) == []
    assert [c.id for c in dataset.query.contested_claims()] == ["claim_stalin_ordered_kirov_murder"]


def test_query_dataset(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _run("query_dataset.py", monkeypatch=monkeypatch)
    out = capsys.readouterr().out
    contested = purgehist.example_dataset().query.contested_claims()
    assert contested, "the bundled dataset has contested claims"
    assert all(claim.text in out for claim in contested)


def test_custom_exporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "claims.txt"
    pm = purgehist.plugins.default_plugin_manager()
    try:
        _run("custom_exporter.py", str(out), monkeypatch=monkeypatch)
    finally:
        pm.unregister(name="claim-lines")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(purgehist.example_dataset().claims)
    assert all("\t" in line for line in lines)


def test_zotero_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("purgehist_csl")
    out = tmp_path / "sources.json"
    _run(
        "zotero_import.py",
        str(EXAMPLES / "data" / "zotero-export.json"),
        str(out),
        monkeypatch=monkeypatch,
    )
    dataset = purgehist.load(out)
    titles = {s.title for s in dataset.sources}
    assert "The History of the Gulag: From Collectivization to the Great Terror" in titles
    assert any(s.language == "ru" for s in dataset.sources)
    assert "5 sources" in capsys.readouterr().out


def test_thesis_to_tei(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from purgehist.examples import sample_thesis_path

    out = tmp_path / "thesis.tei.xml"
    _run("thesis_to_tei.py", str(sample_thesis_path()), str(out), monkeypatch=monkeypatch)
    assert purgehist.parse(out) == purgehist.parse(sample_thesis_path(), "text")
