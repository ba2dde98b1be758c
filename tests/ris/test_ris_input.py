"""RIS as Zotero, EndNote and Citavi export it: records become sources with their creators,
what has no field is kept in the note and named once a tag, every problem at file:line."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from purgehist import Provenance, SourceType, api, plugins
from purgehist.cli import main
from purgehist.diagnostics import Problem
from purgehist.formats.ris import _sniff
from purgehist.formats.ris.read import parse_ris
from purgehist.model.dataset import Dataset
from purgehist.plugins.sdk import Context
from purgehist.plugins.specs import ParseResult

DATA = Path(__file__).parent / "data"
MANIFEST = Path(__file__).parents[1] / "tei" / "corpus" / "manifest.json"


def _read(data: bytes | Path, name: str = "refs.ris") -> ParseResult:
    if isinstance(data, Path):
        return parse_ris(data, {}, Context())
    stream = io.BytesIO(data)
    stream.name = name
    return parse_ris(stream, {}, Context())


def _by_code(problems: tuple[Problem, ...], code: str) -> list[Problem]:
    return [p for p in problems if p.code == code]


def test_zotero_export_maps_types_creators_dates_and_identifiers() -> None:
    path = DATA / "zotero.ris"
    result = _read(path)
    book, article, chapter, web, sound = result.dataset.sources
    assert (book.type, book.title, book.short_title) == (
        SourceType.BOOK,
        "The Great Terror: A Reassessment",
        "The Great Terror",
    )
    assert (book.publisher, book.place, book.date, book.edition) == (
        "Oxford University Press",
        "New York",
        "1990",
        "40th anniversary ed.",
    )
    assert book.note == "Revised edition of The Great Terror (1968).\nKW: Soviet Union\nKW: Purges"
    assert article.type == SourceType.ARTICLE
    assert [c.name for c in article.creators] == ["Rozenas, Arturas", "Zhukov, Yuri M."]
    # DA says the month, PY only the year: the more precise date wins, nothing is noted.
    assert (article.container, article.volume, article.issue, article.pages) == (
        "American Political Science Review",
        "113",
        "2",
        "569-583",
    )
    assert (article.date, article.accessed) == ("2019-08", "2024-03-12")
    assert [(i.scheme, i.value) for i in article.identifiers] == [
        ("doi", "10.1017/S0003055419000066"),
        ("issn", "0003-0554"),
        ("url", "https://www.cambridge.org/core/journals/american-political-science-review"),
    ]
    assert chapter.type == SourceType.CHAPTER
    assert [(c.name, c.role) for c in chapter.creators] == [
        ("Getty, J. Arch", "author"),
        ("Ward, Chris", "editor"),
    ]
    # A name without a comma is a body's, kept whole.
    assert web.type == SourceType.WEB
    assert web.creators[0].actor is not None
    assert web.creators[0].actor.startswith("org_")
    assert sound.type == SourceType.OTHER
    assert sound.note == "RIS type: SOUND"
    assert [str(p) for p in result.problems] == [
        f"{path}:12: tag KW (keywords) has no place in a source; kept in the note "
        "(1 record) (warning)",
        f"{path}:59: type SOUND (Sound recording) is read as 'other', the type kept in the "
        "note (1 record) (warning)",
    ]
    assert (book.provenance, sound.provenance) == (
        Provenance(file=str(path), line=1),
        Provenance(file=str(path), line=59),
    )


def test_endnote_export_with_bom_record_ids_and_unreadable_dates() -> None:
    path = DATA / "endnote.ris"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = _read(path)
    gulag, statistics, executioner = result.dataset.sources
    assert (gulag.id, statistics.id, executioner.id) == ("ris_17", "ris_23", "ris_17_2")
    assert gulag.title.startswith("The History of the Gulag")
    # A book's T2 is its series; EndNote's M1 has no field: both kept in the note.
    assert gulag.note == (
        "Translated from the Russian.\nseries: Annals of Communism\nM1: xxiii, 418 p."
    )
    assert (statistics.container, statistics.pages) == ("Europe-Asia Studies", "1151-1172")
    assert executioner.type == SourceType.REPORT
    assert (executioner.date, executioner.note) == (None, "PY: Spring")
    assert [str(p) for p in result.problems] == [
        f"{path}:10: tag M1 (note) has no place in a source; kept in the note (1 record) (warning)",
        f"{path}:25: tag L1 (file attachments1) has no place in a source; kept in the note "
        "(1 record) (warning)",
        f"{path}:33: cannot read PY 'Spring' as a date; kept in the note (warning)",
        f"{path}:37: record ID '17' used again; this record gets a new id (warning)",
    ]


def test_citavi_export_with_continuation_lines_and_its_own_tags() -> None:
    path = DATA / "citavi.ris"
    result = _read(path)
    book, chapter = result.dataset.sources
    assert book.note is not None
    assert (
        "AB: Eine Geschichte der Stadt Moskau im Jahr 1937, erzählt aus den Zeitungen, "
        "Adressbüchern und Stadtplänen eines einzigen Jahres." in book.note.splitlines()
    )
    assert book.accessed == "2021-03-12"
    assert [(c.name, c.role) for c in chapter.creators] == [
        ("Baberowski, Jörg", "author"),
        ("Hildermeier, Manfred", "editor"),
    ]
    assert (chapter.container, chapter.pages) == (
        "Stalinismus vor dem Zweiten Weltkrieg",
        "219-248",
    )
    assert chapter.note == "Y3: Citavi-Projekt Terror"
    assert [(p.code, p.location) for p in result.problems] == [
        ("ris-tag-in-note", f"{path}:9"),
        ("ris-tag-in-note", f"{path}:12"),
        ("ris-tag-in-note", f"{path}:25"),
    ]


def test_a_tag_is_reported_once_for_all_its_records() -> None:
    records = "".join(
        f"TY  - BOOK\nTI  - Volume {n}\nKW  - Terror\nKW  - NKVD\nER  - \n" for n in range(1, 6)
    )
    result = _read(records.encode())
    (warning,) = result.problems
    assert (warning.code, warning.location) == ("ris-tag-in-note", "refs.ris:3")
    assert "(5 records)" in warning.message
    assert all(s.note == "KW: Terror\nKW: NKVD" for s in result.dataset.sources)


def _sources(dataset: Dataset) -> list[object]:
    return [(s.id, s.title, s.creators, s.date, s.note) for s in dataset.sources]


def test_mixed_line_endings_read_as_the_same_records() -> None:
    lines = (DATA / "zotero.ris").read_bytes().decode().splitlines()
    endings = ["\r\n", "\r", "\n"]
    # A lone CR before an empty line ending in LF would be one CRLF: not a mix.
    mixed = "".join(
        line + ("\r\n" if lines[i + 1 : i + 2] == [""] else endings[i % 3])
        for i, line in enumerate(lines)
    )
    assert re.search("\r(?!\n)", mixed)
    assert re.search("(?<!\r)\n", mixed)
    expected = _read(DATA / "zotero.ris")
    got = _read(mixed.encode(), "zotero.ris")
    assert _sources(got.dataset) == _sources(expected.dataset)
    assert [(p.code, p.location.rsplit(":")[-1]) for p in got.problems] == [
        (p.code, p.location.rsplit(":")[-1]) for p in expected.problems
    ]


def test_unclosed_records_and_stray_text_are_read_or_named() -> None:
    text = (
        "Exported from a library catalogue\n"
        "TY  - BOOK\nTI  - Stalin's Terror\nPY  - 2003\n"
        "TY  - JOUR\nTI  - Repression Statistics\nPY  -2002\n"
    )
    result = _read(text.encode())
    assert [s.title for s in result.dataset.sources] == [
        "Stalin's Terror",
        "Repression Statistics",
    ]
    assert result.dataset.sources[1].date == "2002"
    assert [(p.code, p.location, p.raw) for p in result.problems] == [
        ("ris-outside-record", "refs.ris:1", "Exported from a library catalogue"),
        ("ris-unclosed-record", "refs.ris:5", None),
        ("ris-unclosed-record", "refs.ris:8", None),
    ]


def test_a_record_without_title_is_an_error_at_its_line() -> None:
    result = _read(b"TY  - BOOK\nTI  - Kept\nER  - \nTY  - BOOK\nAU  - Nobody, N.\nER  - \n")
    assert [s.title for s in result.dataset.sources] == ["Kept"]
    (error,) = _by_code(result.problems, "ris-no-title")
    assert error.location == "refs.ris:4"


def test_refer_text_named_ris_is_refused_with_what_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "citation.ris"
    path.write_bytes(b"\r\n%0 Generic\r\n%A Wright, Reginald\r\n%D 2001\r\n%T The trial\r\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", str(path)])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert f"{path}:2: no RIS record" in err
    assert "EndNote's refer format" in err


def test_ris_is_a_registered_input_found_by_suffix_and_content(tmp_path: Path) -> None:
    assert "ris" in plugins.get_parsers()
    assert _sniff((DATA / "endnote.ris").read_bytes()[:200])
    assert not _sniff(b"@book{k, title={T}}")
    copy = tmp_path / "export.txt"
    shutil.copy(DATA / "citavi.ris", copy)
    assert len(api.parse_file(DATA / "citavi.ris").dataset.sources) == 2
    assert len(api.parse_file(copy, "ris").dataset.sources) == 2


def _corpus_files() -> list[dict[str, str]]:
    return list(json.loads(MANIFEST.read_text(encoding="utf-8"))["ris"])


@pytest.mark.skipif(
    not os.environ.get("PURGEHIST_TEI_CORPUS"), reason="PURGEHIST_TEI_CORPUS not set"
)
@pytest.mark.parametrize("entry", _corpus_files(), ids=lambda e: e["path"])
def test_real_exports_lose_no_record(entry: dict[str, str]) -> None:
    path = Path(os.environ["PURGEHIST_TEI_CORPUS"]) / entry["path"]
    data = path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    starts = len(re.findall(rb"^(?:\xef\xbb\xbf)?TY  - ", data, re.MULTILINE))
    result = api.parse_file(path, "ris")
    no_title = len(_by_code(result.problems, "ris-no-title"))
    assert len(result.dataset.sources) + no_title == starts
    if starts == 0:  # a refer file saved as .ris
        assert _by_code(result.problems, "not-ris")
    else:
        assert result.dataset.sources
        assert not [p for p in result.problems if p.severity == "error"]
