"""Files the text parser refuses (empty, binary) and encodings it reads."""

from __future__ import annotations

from pathlib import Path

import pytest

import purgehist


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "the file is empty", id="empty"),
        pytest.param(b"  \n\n ", "the file is empty", id="blank"),
        pytest.param(b"%PDF-1.7\n\x00\x01\x02binary stream", "not a text file", id="pdf"),
        pytest.param(bytes(range(256)) * 8, "not a text file", id="random-bytes"),
    ],
)
def test_empty_and_binary_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "thesis.txt"
    path.write_bytes(content)
    with pytest.raises(purgehist.DataError, match=message):
        purgehist.parse(path, "text")


def test_utf16_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "thesis.txt"
    path.write_bytes("Inleiding\n\nVolgens Getty was het anders.\n".encode("utf-16"))
    dataset = purgehist.parse(path, "text")
    assert "Volgens Getty" in dataset.documents[0].divisions[0].paragraphs[0].text
