"""Fixtures of the corpus tests: folders of theses (text files and a corrupt PDF)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import purgehist

CORRUPT_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage \x00\x01\x02 no xref, no trailer"


def renamed_thesis(text: str, n: int) -> str:
    """The sample thesis as another thesis: its title and its author's name changed."""
    return text.replace("The Purge Debate Revisited", f"The Purge Debate, take {n}")


@pytest.fixture
def theses(tmp_path: Path) -> Path:
    """``theses/`` with three text theses (one in a subfolder) and a corrupt PDF."""
    folder = tmp_path / "theses"
    (folder / "more").mkdir(parents=True)
    text = purgehist.sample_thesis_path().read_text(encoding="utf-8")
    (folder / "one.txt").write_text(renamed_thesis(text, 1), encoding="utf-8")
    (folder / "two.txt").write_text(renamed_thesis(text, 2), encoding="utf-8")
    shutil.copy(purgehist.sample_thesis_path(), folder / "more" / "three.txt")
    (folder / "broken.pdf").write_bytes(CORRUPT_PDF)
    (folder / ".hidden.txt").write_text("not a thesis", encoding="utf-8")
    return folder
