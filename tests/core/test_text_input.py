"""The shared checks for text inputs: empty, blank, binary, UTF-16 and UTF-32 files."""

from __future__ import annotations

import codecs

import pytest

from purgehist import DataError, Severity
from purgehist.formats.text_files import checked_text, nothing_found


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"  \r\n\t \n", id="blank"),
        pytest.param(codecs.BOM_UTF8, id="utf8_bom_only"),
        pytest.param(" \n".encode("utf-16"), id="utf16_blank"),
    ],
)
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(DataError) as info:
        checked_text(data, "notes.txt")
    [problem] = info.value.problems
    assert (problem.code, problem.message, problem.location) == (
        "empty-input",
        "the file is empty",
        "notes.txt",
    )
    assert info.value.source == "notes.txt"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"%PDF-1.7\n\x00\x01\x02 stream", id="pdf_with_nul"),
        pytest.param(b"PK\x03\x04" + bytes(range(1, 32)) * 4, id="control_characters"),
        pytest.param(bytes(range(256)) * 8, id="all_bytes"),
        pytest.param("Getty".encode("utf-16-le"), id="utf16_without_mark"),
    ],
)
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(DataError) as info:
        checked_text(data, "refs.bib")
    [problem] = info.value.problems
    assert (problem.code, problem.message, problem.location) == (
        "binary-input",
        "not a text file: it holds binary data",
        "refs.bib",
    )


def test_binary_message_carries_the_hint() -> None:
    with pytest.raises(DataError, match=r"binary data \(convert it first\)"):
        checked_text(b"\x00\x00", "x.txt", hint="convert it first")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_text_with_a_utf16_or_utf32_mark_becomes_utf8(encoding: str) -> None:
    mark = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-be": codecs.BOM_UTF32_BE}.get(encoding, b"")
    text = "Ежов, Nikolai — Jeschow\n"
    assert checked_text(mark + text.encode(encoding), "x.txt") == text.encode("utf-8")


def test_truncated_utf16_is_a_data_error() -> None:
    with pytest.raises(DataError) as info:
        checked_text(codecs.BOM_UTF16_LE + b"G\x00e", "x.txt")
    [problem] = info.value.problems
    assert problem.code == "bad-encoding"
    assert problem.message.startswith("not readable as UTF-16")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("Gründe\tund Folgen\x0c\n".encode(), id="utf8_with_tab_and_form_feed"),
        pytest.param("Gr\u00fcnde\n".encode("latin-1"), id="latin1_left_to_the_caller"),
        pytest.param(codecs.BOM_UTF8 + b"[]", id="utf8_mark_kept"),
    ],
)
def test_other_text_passes_unchanged(data: bytes) -> None:
    assert checked_text(data, "x.txt") == data


def test_nothing_found_is_a_warning_at_the_file() -> None:
    problem = nothing_found("refs.bib")
    assert (problem.code, str(problem), problem.severity) == (
        "nothing-found",
        "refs.bib: no entries found (warning)",
        Severity.WARNING,
    )
    assert nothing_found("z.json", "items").message == "no items found"
