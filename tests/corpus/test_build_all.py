"""The build of a manifest's documents the corpus builders share (``scripts/corpus_build/cli.py``):
an ``--only`` id the manifest lacks is an error, and a document that fails is named while the
others are built and recorded."""

from __future__ import annotations

import importlib
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from script_modules import load_script

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")

load_script("build_corpus")  # puts scripts/ on the path
cli = importlib.import_module("corpus_build.cli")

VERSION = "pdftotext version 24.02.0"
IDS = ("en-first-article", "en-second-thesis", "fr-third-memoire")


@pytest.fixture
def manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A manifest of three dev documents, none built yet."""
    monkeypatch.setattr(cli, "pdftotext_version", lambda: VERSION)
    path = tmp_path / "manifest.json"
    docs = [{"id": i, "language": i[:2], "split": "dev"} for i in IDS]
    path.write_text(json.dumps({"documents": docs}), encoding="utf-8")
    return path


def built(doc: dict[str, Any]) -> dict[str, Any]:
    """What a build returns for *doc*; the second document's PDF is broken."""
    if doc["id"] == "en-second-thesis":
        raise subprocess.CalledProcessError(1, ["pdftotext", "-layout", "source.pdf"])
    return {
        "licence_statement_in_pdf": None,
        "footnote_count": 12,
        "matched_pct": 91.7,
        "labels_seen_pct": 100.0,
        "pages": 30,
        "sha256": {"gold.json": "ab" * 32},
    }


def run(manifest: Path, *argv: str) -> int:
    args = cli.parser(None, manifest, manifest.parent / "docs", manifest.parent).parse_args(
        list(argv)
    )
    return int(cli.build_all(args, built, "split", lambda doc, _: str(doc["split"])))


def test_unknown_only_ids_are_named_and_nothing_is_built(
    manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = manifest.read_bytes()
    assert run(manifest, "--only", "en-first-article", "--only", "en-frist", "--only", "x") == 2
    err = capsys.readouterr().err
    assert "has no document en-frist, x" in err
    assert "en-first-article" not in err.replace(str(manifest), "")
    assert manifest.read_bytes() == before


def test_a_failed_document_is_named_and_the_others_recorded(
    manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(manifest) == 1
    out, err = capsys.readouterr()
    failures = [line for line in err.splitlines() if "en-second-thesis" in line]
    assert failures == [
        "FAILED en-second-thesis: CalledProcessError: Command '['pdftotext', '-layout', "
        "'source.pdf']' returned non-zero exit status 1."
    ]
    assert "Traceback" not in err
    docs = {d["id"]: d for d in json.loads(manifest.read_text(encoding="utf-8"))["documents"]}
    assert docs["en-first-article"]["footnote_count"] == 12
    assert docs["fr-third-memoire"]["sha256"] == {"gold.json": "ab" * 32}
    assert "footnote_count" not in docs["en-second-thesis"]
    assert [line.split()[0] for line in out.splitlines()[1:-1]] == [
        "en-first-article",
        "fr-third-memoire",
    ]


def test_verbose_shows_the_failure_s_traceback(
    manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(manifest, "-v", "--no-write-manifest") == 1
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "FAILED en-second-thesis: CalledProcessError" in err
    assert "footnote_count" not in manifest.read_text(encoding="utf-8")


def test_all_built_is_success(manifest: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(manifest, "--only", "fr-third-memoire") == 0
    assert "FAILED" not in capsys.readouterr().err
