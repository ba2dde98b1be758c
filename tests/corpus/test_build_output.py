"""How the corpus builders write a document's files (``scripts/corpus_build/output.py``): each
replaced at once with the mode a plain write gives, so a build stopped half way leaves the old
files whole and matching."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from script_modules import load_script

from purgehist.examples import example_bytes

pytest.importorskip("rapidfuzz")
pytest.importorskip("pylatexenc")

load_script("build_corpus")  # puts scripts/ on the path
manifest_io, output = (
    importlib.import_module(f"corpus_build.{name}") for name in ("manifest", "output")
)

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask for the test, the old one set back after it."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    """The temporary files left in *folder*."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_gold_and_manifest_get_the_mode_a_plain_write_gives(
    tmp_path: Path, umask_022: None
) -> None:
    gold: dict[str, Any] = {"footnotes": [], "pages": 3, "stats": {}}
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    output.write_atomically(tmp_path / "gold.json", json.dumps(gold))
    manifest = {"documents": [{"id": "a", "split": "dev", "footnote_count": 4}]}
    manifest_io.write_manifest(manifest, tmp_path / "manifest.json", "pdftotext version 24.02.0")
    assert mode(tmp_path / "gold.json") == 0o644
    assert mode(tmp_path / "manifest.json") == 0o644
    assert json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["totals"] == {
        "dev": {"documents": 1, "footnotes": 4},
        "test": {"documents": 0, "footnotes": 0},
    }
    assert leftovers(tmp_path) == []


def test_the_mode_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        output.write_atomically(tmp_path / "gold.json", "{}\n")
    finally:
        os.umask(old)
    assert mode(tmp_path / "gold.json") == 0o600


def test_bytes_and_text_are_written_as_given(tmp_path: Path) -> None:
    output.write_atomically(tmp_path / "a.bin", b"%PDF-1.4\x00\xff")
    output.write_atomically(tmp_path / "b.json", '{"title": "Чистка"}\n')
    assert (tmp_path / "a.bin").read_bytes() == b"%PDF-1.4\x00\xff"
    assert (tmp_path / "b.json").read_bytes() == '{"title": "Чистка"}\n'.encode()


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text('{"old": true}\n', encoding="utf-8")

    def stopped(path: Path) -> None:
        with output.replacing(path) as tmp:
            tmp.write_text('{"new": ', encoding="utf-8")
            raise TypeError("stopped half way")

    with pytest.raises(TypeError):
        stopped(tmp_path / "gold.json")
    assert (tmp_path / "gold.json").read_text(encoding="utf-8") == '{"old": true}\n'
    assert leftovers(tmp_path) == []


@needs_pdftotext
def test_pdf_and_its_texts_are_written_with_plain_modes(tmp_path: Path, umask_022: None) -> None:
    pdf = example_bytes("thesis-pdf")
    raw, layout = output.write_pdf(tmp_path, pdf, quiet=True)
    assert (tmp_path / "source.pdf").read_bytes() == pdf
    assert (tmp_path / "raw.txt").read_text(encoding="utf-8") == raw
    assert (tmp_path / "layout.txt").read_text(encoding="utf-8") == layout
    assert "Purge" in raw
    assert {name: mode(tmp_path / name) for name in ("source.pdf", "raw.txt", "layout.txt")} == {
        "source.pdf": 0o644,
        "raw.txt": 0o644,
        "layout.txt": 0o644,
    }
    assert leftovers(tmp_path) == []


@needs_pdftotext
def test_a_pdftotext_stopped_half_way_leaves_the_old_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_pdf = example_bytes("thesis-pdf")
    old_raw, old_layout = output.write_pdf(tmp_path, old_pdf, quiet=True)
    real_run = subprocess.run

    def run(cmd: list[str], **kwargs: Any) -> Any:
        if "-layout" not in cmd:  # the second text: half written, then killed
            Path(cmd[-1]).write_text("Chapter 1\n", encoding="utf-8")
            raise subprocess.CalledProcessError(-9, cmd)
        return real_run(cmd, **kwargs)

    monkeypatch.setattr(output.subprocess, "run", run)
    with pytest.raises(subprocess.CalledProcessError):
        output.write_pdf(tmp_path, old_pdf + b"\n% a later edition", quiet=True)
    assert (tmp_path / "source.pdf").read_bytes() == old_pdf
    assert (tmp_path / "raw.txt").read_text(encoding="utf-8") == old_raw
    assert (tmp_path / "layout.txt").read_text(encoding="utf-8") == old_layout
    assert leftovers(tmp_path) == []
