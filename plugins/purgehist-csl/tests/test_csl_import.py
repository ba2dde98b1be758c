"""Reading a Zotero CSL-JSON export: sources, actors, ids, what goes to the note, failures."""

from __future__ import annotations

import io
from pathlib import Path

import pluggy
import pytest
from csl_testing import plugin_manager
from purgehist_csl.reader import parse_csl, sniff_csl

import purgehist
from purgehist import ActorKind, DataError, Identifier, SourceType
from purgehist.api import guess_parser
from purgehist.plugins import get_parsers
from purgehist.plugins.sdk import Context, ParseResult

DATA = Path(__file__).parent / "data"
ZOTERO = DATA / "zotero-export.json"


@pytest.fixture
def pm() -> pluggy.PluginManager:
    return plugin_manager()


@pytest.fixture(scope="module")
def zotero() -> ParseResult:
    return parse_csl(ZOTERO, {}, Context())


def test_report_counts(zotero: ParseResult) -> None:
    assert zotero.stats == {"items": 15, "sources": 13, "actors": 13}


def test_ids_are_ncnames_zotero_keys_kept_collisions_suffixed(zotero: ParseResult) -> None:
    assert [s.id for s in zotero.dataset.sources] == [
        "bib_8tzp3jqa",  # a Zotero key starting with a digit goes through slug()
        "K2W9DRXE",
        "bib_5mcn7s4h",
        "WB6U2N8F",
        "bib_3vjq9h7c",
        "N8RGU5ZT",
        "E4FZQ6YP",
        "bib_7hxd2ksb",
        "getty1987",
        "Q9PLM3TA",
        "Z2HWC8VN",
        "bib_12",  # the number 12
        "bib_12_2",  # the string "bib_12", which came second
    ]
    source = zotero.dataset.source("K2W9DRXE")
    assert source.provenance is not None
    assert source.provenance.note == (
        "CSL id 'http://zotero.org/users/local/q4XkVw2m/items/K2W9DRXE'"
    )
    assert source.provenance.line == 21
    assert zotero.dataset.source("getty1987").provenance.note is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("id", "expected"),
    [
        pytest.param("bib_8tzp3jqa", SourceType.BOOK, id="book"),
        pytest.param("K2W9DRXE", SourceType.ARTICLE, id="article-journal"),
        pytest.param("bib_5mcn7s4h", SourceType.CHAPTER, id="chapter"),
        pytest.param("WB6U2N8F", SourceType.NEWSPAPER, id="article-newspaper"),
        pytest.param("bib_3vjq9h7c", SourceType.WEB, id="webpage"),
        pytest.param("N8RGU5ZT", SourceType.ARCHIVAL, id="manuscript"),
        pytest.param("bib_7hxd2ksb", SourceType.THESIS, id="thesis"),
        pytest.param("Q9PLM3TA", SourceType.ARTICLE, id="article-magazine"),
        pytest.param("bib_12", SourceType.SPEECH, id="speech"),
        pytest.param("bib_12_2", SourceType.REPORT, id="report"),
    ],
)
def test_types(zotero: ParseResult, id: str, expected: SourceType) -> None:
    assert zotero.dataset.source(id).type == expected


def test_journal_article_fields(zotero: ParseResult) -> None:
    source = zotero.dataset.source("K2W9DRXE")
    assert source.title == "New Perspectives on Stalinism"
    assert (source.container, source.volume, source.issue, source.pages) == (
        "Russian Review",
        "45",
        "4",
        "357-373",
    )
    assert (source.date, source.accessed) == ("1986-10", "2021-03-14")
    assert source.identifiers == (
        Identifier(scheme="doi", value="10.2307/130466"),
        Identifier(scheme="issn", value="0036-0341"),
        Identifier(scheme="url", value="https://www.jstor.org/stable/130466"),
    )
    assert source.note == "journalAbbreviation: Russ. Rev."


def test_book_with_string_date_parts_and_extra_fields(zotero: ParseResult) -> None:
    source = zotero.dataset.source("bib_8tzp3jqa")
    assert (source.date, source.edition, source.short_title) == ("1971", "2", "The Great Terror")
    assert (source.publisher, source.place, source.language) == ("Macmillan", "London", "en")
    assert source.note is not None
    assert source.note.splitlines() == [
        "abstract: A narrative history of the purges of 1936-1938, written before the archives "
        "opened.",
        "event-place: London",
        "number-of-pages: 633",
        "source: Library of Congress ISBN",
    ]


def test_archival_document_in_cyrillic(zotero: ParseResult) -> None:
    source = zotero.dataset.source("N8RGU5ZT")
    assert source.title == "Постановление Политбюро ЦК ВКП(б) «Об антисоветских элементах»"
    assert source.publisher == (
        "Российский государственный архив социально-политической истории (РГАСПИ)"
    )
    assert source.place == "Москва"
    assert source.identifiers == (
        Identifier(scheme="archival", value="ф. 17, оп. 162, д. 21, л. 96"),
    )
    assert source.date == "1937-07-02"


def test_web_page_with_accessed_date_and_institutional_author(zotero: ParseResult) -> None:
    source = zotero.dataset.source("bib_3vjq9h7c")
    assert (source.date, source.accessed) == (None, "2021-11-03")
    actor = zotero.dataset.actor(source.creators[0].actor or "")
    assert actor.kind == ActorKind.ORGANISATION
    assert actor.name == "Международное общество «Мемориал»"


def test_creators_become_actors_merged_by_name(zotero: ParseResult) -> None:
    actors = {a.name: a for a in zotero.dataset.actors}
    assert actors["J. Arch Getty"].roles == ("editor", "author")
    assert actors["Олег Витальевич Хлевнюк"].id == "pers_oleg_vitalevich_khlevniuk"
    conquest = actors["Robert Conquest"].id
    linked = [s.id for s in zotero.dataset.sources if any(c.actor == conquest for c in s.creators)]
    assert linked == ["bib_8tzp3jqa", "Q9PLM3TA"]
    assert all(c.actor for s in zotero.dataset.sources for c in s.creators)


def test_nothing_is_lost_and_every_problem_is_placed(zotero: ParseResult) -> None:
    found = [(p.code, p.location.split(":")[-1], p.severity.value) for p in zotero.problems]
    assert found == [
        ("csl-field-in-note", "2 $[0]", "warning"),
        ("csl-field-in-note", "21 $[1]", "warning"),
        ("csl-field-in-note", "107 $[7]", "warning"),
        ("csl-empty-name", "142 $[10]", "warning"),
        ("csl-field-in-note", "157 $[11]", "warning"),
        ("csl-date", "168 $[12]", "warning"),
        ("csl-no-title", "175 $[13]", "error"),
        ("csl-invalid-item", "182 $[14]", "error"),
    ]
    untitled = zotero.problems[-2].raw
    assert untitled is not None
    assert '"family": "Nobody"' in untitled
    assert zotero.problems[-1].raw == '"not an item"'
    assert zotero.dataset.source("bib_12_2").note == "issued: весна 1954"
    assert zotero.dataset.source("Q9PLM3TA").note == "CSL type: article-magazine"
    assert zotero.dataset.source("Z2HWC8VN").date == "2002~"


def test_imported_dataset_is_valid(zotero: ParseResult) -> None:
    assert [p for p in purgehist.problems(zotero.dataset) if p.severity == "error"] == []


@pytest.mark.parametrize(
    ("text", "message", "location"),
    [
        pytest.param(b'[{"id": "a",}]', "Expecting property name", ":1:13", id="bad_json"),
        pytest.param(b'{"id": "a"}', "a CSL-JSON file holds an array", ":1:1", id="object"),
        pytest.param(b'[{"id": "a"}\n{"id": "b"}]', "expecting ','", ":2:1", id="missing_comma"),
        pytest.param(b'[{"id": "a"}] x', "extra data", ":1:15", id="trailing"),
        pytest.param(b"[\xff]", "not UTF-8", "", id="encoding"),
    ],
)
def test_unreadable_file_is_a_data_error(text: bytes, message: str, location: str) -> None:
    stream = io.BytesIO(text)
    stream.name = "bad.json"
    with pytest.raises(DataError) as info:
        parse_csl(stream, {}, Context())
    problem = info.value.problems[0]
    assert message in problem.message
    assert problem.location == f"bad.json{location}"


def test_empty_array_is_an_empty_dataset_with_a_warning() -> None:
    stream = io.BytesIO(b" [ ] \n")
    stream.name = "empty.json"
    result = parse_csl(stream, {}, Context())
    assert result.dataset.sources == ()
    assert [(p.code, p.message, p.location, p.severity) for p in result.problems] == [
        ("nothing-found", "no items found", "empty.json", "warning")
    ]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(b'[\n  {"id": "x", "type": "book"', True, id="zotero_head"),
        pytest.param(b'\xef\xbb\xbf[{"type": "book", "title": "T"}]', True, id="bom_title"),
        pytest.param(b'{"format": "purgehist", "version": "1"}', False, id="purgehist_json"),
        pytest.param(b"[1, 2, 3]", False, id="array_of_numbers"),
        pytest.param(b'[{"name": "x"}]', False, id="objects_without_type"),
    ],
)
def test_sniff(head: bytes, expected: bool) -> None:
    assert sniff_csl(head) is expected


def test_json_files_are_told_apart_by_content(pm: pluggy.PluginManager, tmp_path: Path) -> None:
    parsers = get_parsers(pm)
    assert guess_parser(ZOTERO, parsers).name == "csl"
    canonical = tmp_path / "data.json"
    canonical.write_text('{"format": "purgehist", "version": "0.1"}')
    assert guess_parser(canonical, parsers).name == "json"
    named = tmp_path / "refs.csl.json"
    named.write_bytes(ZOTERO.read_bytes())
    assert guess_parser(named, parsers).name == "csl"


def test_zotero_export_survives_a_second_trip(pm: pluggy.PluginManager, tmp_path: Path) -> None:
    """Zotero → purgehist → CSL-JSON → purgehist gives the same sources back."""
    from purgehist import export

    first = parse_csl(ZOTERO, {}, Context()).dataset
    path = tmp_path / "again.csl.json"
    export(first, "csl", path, pm=pm)
    second = parse_csl(path, {}, Context())
    assert second.problems == ()
    assert [(s.id, s.title, s.date, s.note) for s in second.dataset.sources] == [
        (s.id, s.title, s.date, s.note) for s in first.sources
    ]
    assert [a.name for a in second.dataset.actors] == [a.name for a in first.actors]
