"""The BibTeX reader on inputs that are not bibliographies: empty, blank, binary, UTF-16."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from purgehist import DataError, parse_file
from purgehist.formats.bibtex.entries import BibReading, read_bibtex
from purgehist.formats.bibtex.read import parse_bibtex
from purgehist.plugins.sdk import Context

ENTRY = (
    "@book{getty1985,\n  author = {Getty, J. Arch},\n  title = {Origins of the Great Purges},\n}\n"
)


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        pytest.param(b"", "empty-input", "the file is empty", id="empty"),
        pytest.param(b" \n\t\n  ", "empty-input", "the file is empty", id="blank"),
        pytest.param(codecs.BOM_UTF8 + b"\n", "empty-input", "the file is empty", id="bom_only"),
        pytest.param(
            b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8,
            "binary-input",
            "not a text file",
            id="binary",
        ),
    ],
)
def test_empty_and_binary_files_are_refused(
    tmp_path: Path, content: bytes, code: str, message: str
) -> None:
    path = tmp_path / "refs.bib"
    path.write_bytes(content)
    with pytest.raises(DataError) as info:
        parse_bibtex(path, {}, Context())
    [problem] = info.value.problems
    assert (problem.code, problem.location) == (code, str(path))
    assert problem.message.startswith(message)


def test_binary_file_is_refused_through_the_api(tmp_path: Path) -> None:
    path = tmp_path / "bin.bib"
    path.write_bytes(b"\x7fELF" + b"\x00" * 64)
    with pytest.raises(DataError, match="not a text file"):
        parse_file(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "refs.bib"
    bom = {"utf-16": b"", "utf-16-be": codecs.BOM_UTF16_BE, "utf-32": b""}[encoding]
    path.write_bytes(bom + ENTRY.replace("Getty", "Гетти").encode(encoding))
    result = parse_bibtex(path, {}, Context())
    assert result.problems == ()
    assert [a.name for a in result.dataset.actors] == ["J. Arch Гетти"]


def test_file_with_only_macros_warns_that_no_entries_were_found(tmp_path: Path) -> None:
    path = tmp_path / "macros.bib"
    path.write_text('@string{yup = "Yale University Press"}\n')
    result = parse_bibtex(path, {}, Context())
    assert [(p.code, p.message, p.location) for p in result.problems] == [
        ("nothing-found", "no entries found", str(path))
    ]


def test_read_bibtex_returns_the_public_reading_type() -> None:
    reading = read_bibtex('@string{p = "X"}\n' + ENTRY, "refs.bib")
    assert isinstance(reading, BibReading)
    assert (len(reading.entries), reading.strings, reading.problems) == (1, 1, [])
    assert reading.entries[0].key == "getty1985"


def test_one_actor_for_a_name_spelt_with_and_without_diacritics() -> None:
    text = (
        "@book{a, author = {Brzezi{\\'n}ski, Zbigniew}, title = {A}}\n"
        "@book{b, editor = {BRZEZINSKI, ZBIGNIEW}, title = {B}}\n"
    )
    result = parse_bibtex(_stream(text), {}, Context())
    [actor] = result.dataset.actors
    assert (actor.id, actor.name, actor.roles) == (
        "pers_zbigniew_brzezinski",
        "Zbigniew Brzeziński",
        ("author", "editor"),
    )
    assert {c.actor for s in result.dataset.sources for c in s.creators} == {actor.id}


def test_actor_ids_do_not_collide_with_source_ids() -> None:
    text = "@book{pers_conquest, author = {Conquest}, title = {The Great Terror}}\n"
    result = parse_bibtex(_stream(text), {}, Context())
    assert [a.id for a in result.dataset.actors] == ["pers_conquest_2"]


def _stream(text: str) -> io.BytesIO:
    stream = io.BytesIO(text.encode())
    stream.name = "refs.bib"
    return stream
