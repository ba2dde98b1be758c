"""The BibTeX parser on a realistic bibliography: entry types, fields, names, actors, dates."""

from __future__ import annotations

import io
from pathlib import Path

import pluggy
import pytest

import purgehist
from purgehist import ActorKind, Identifier, SourceType, parse_file
from purgehist.api import guess_parser
from purgehist.formats.bibtex.read import parse_bibtex
from purgehist.plugins import get_parsers
from purgehist.plugins.sdk import Context, ParseResult

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def purge() -> ParseResult:
    return parse_bibtex(DATA / "purge.bib", {}, Context())


def test_every_entry_becomes_a_source(purge: ParseResult) -> None:
    assert purge.stats == {
        "entries": 12,
        "sources": 12,
        "actors": 18,
        "failed": 0,
        "strings": 3,
        "comments": 1,
        "preambles": 1,
    }
    assert [s.id for s in purge.dataset.sources][:3] == [
        "conquest1968",
        "fitzpatrick1986",
        "starkov1993",
    ]


def test_the_only_problem_is_fields_kept_in_the_note(purge: ParseResult) -> None:
    assert [(p.code, p.location) for p in purge.problems] == [
        ("bibtex-field-in-note", f"{DATA / 'purge.bib'}:114")
    ]
    source = purge.dataset.source("yezhov2005")
    assert source.note is not None
    assert "abstract: A biography of Ezhov based on the archives." in source.note
    assert "keywords: NKVD, Ezhov" in source.note
    assert "author: … and others" in source.note


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        pytest.param("conquest1968", SourceType.BOOK, id="book"),
        pytest.param("fitzpatrick1986", SourceType.ARTICLE, id="article"),
        pytest.param("starkov1993", SourceType.CHAPTER, id="incollection"),
        pytest.param("rittersporn1976", SourceType.THESIS, id="phdthesis"),
        pytest.param("thesis2009", SourceType.THESIS, id="mastersthesis"),
        pytest.param("walker2008", SourceType.WEB, id="misc_with_url"),
        pytest.param("memorial", SourceType.WEB, id="online"),
    ],
)
def test_entry_types(purge: ParseResult, key: str, expected: SourceType) -> None:
    assert purge.dataset.source(key).type == expected


def test_article_fields_with_string_and_month_macros(purge: ParseResult) -> None:
    source = purge.dataset.source("fitzpatrick1986")
    assert source.container == "Russian Review"
    assert (source.volume, source.issue, source.pages) == ("45", "4", "357-373")
    assert source.date == "1986-10"
    assert source.identifiers == (Identifier(scheme="doi", value="10.2307/130466"),)
    assert source.title == "New Perspectives on Stalinism"


def test_concatenated_macros_and_bare_numbers(purge: ParseResult) -> None:
    source = purge.dataset.source("getty1991")
    assert source.container == "Slavic Review"
    assert (source.volume, source.issue, source.date) == ("50", "1", "1991")
    assert purge.dataset.source("goudoever1986").place == "London and Sydney"


def test_chapter_has_book_publisher_and_editors(purge: ParseResult) -> None:
    source = purge.dataset.source("starkov1993")
    assert source.container == "Stalinist Terror: New Perspectives"
    assert source.publisher == "Cambridge University Press"
    assert [(c.name, c.role) for c in source.creators] == [
        ("Starkov, Boris A.", "author"),
        ("Getty, J. Arch", "editor"),
        ("Manning, Roberta T.", "editor"),
    ]


def test_accents_become_unicode(purge: ParseResult) -> None:
    source = purge.dataset.source("dvorak1999")
    assert [c.name for c in source.creators] == [
        "Dvořák, Jiří",
        "Müller, Hans",
        "Möller, Åsa",
        "Østergaard, Søren",
    ]
    assert source.title == "Naïve readings of the Šakhty affair – a reply"
    assert source.date == "1999~"
    assert purge.dataset.source("rittersporn1976").publisher == "Université de Paris I"


def test_web_page_dates_and_cyrillic(purge: ParseResult) -> None:
    walker = purge.dataset.source("walker2008")
    assert (walker.date, walker.accessed) == ("2008-05-14", "2009-08-25")
    memorial = purge.dataset.source("memorial")
    assert memorial.title == "Жертвы политического террора в СССР"
    assert memorial.language == "ru"
    assert memorial.accessed == "2021-11-03"


def test_authors_become_actors_merged_by_name(purge: ParseResult) -> None:
    getty = [a for a in purge.dataset.actors if a.name == "J. Arch Getty"]
    assert len(getty) == 1
    assert getty[0].roles == ("editor", "author")
    linked = {
        c.actor for s in purge.dataset.sources for c in s.creators if c.name == "Getty, J. Arch"
    }
    assert linked == {getty[0].id}


def test_braced_author_is_an_organisation(purge: ParseResult) -> None:
    actor = purge.dataset.actor("org_universiteit_van_amsterdam")
    assert actor.kind == ActorKind.ORGANISATION
    creator = purge.dataset.source("thesis2009").creators[0]
    assert (creator.name, creator.actor) == ("Universiteit van Amsterdam", actor.id)


def test_von_part_is_kept_with_the_family_name(purge: ParseResult) -> None:
    source = purge.dataset.source("goudoever1986")
    assert source.creators[0].name == "van Goudoever, Albert P."
    assert purge.dataset.actor(source.creators[0].actor or "").name == "Albert P. van Goudoever"


def test_parsed_dataset_has_no_integrity_errors(purge: ParseResult) -> None:
    assert [p for p in purgehist.problems(purge.dataset) if p.severity == "error"] == []


def test_provenance_points_at_the_entry_line(purge: ParseResult) -> None:
    source = purge.dataset.source("conquest1968")
    assert source.provenance is not None
    assert source.provenance.line == 12
    assert source.provenance.file == str(DATA / "purge.bib")


def test_registered_and_guessed_by_suffix(pm: pluggy.PluginManager) -> None:
    parsers = get_parsers(pm)
    assert parsers["bibtex"].plugin == "purgehist.formats.bibtex"
    assert guess_parser(DATA / "purge.bib", parsers).name == "bibtex"
    assert parse_file(DATA / "purge.bib", pm=pm).stats["sources"] == 12


def test_sniff_recognises_an_entry_and_not_json(pm: pluggy.PluginManager) -> None:
    sniff = get_parsers(pm)["bibtex"].sniff
    assert sniff is not None
    assert sniff(b"% comment\n@Book{key,\n title={x}}")
    assert not sniff(b'{"format": "purgehist"}')


def test_reads_a_stream_and_odd_key_becomes_an_ncname() -> None:
    text = "@book{doi:10.1/x y,\n title = {T}}\n@book{9780300,\n title={U}}\n"
    stream = io.BytesIO(text.encode())
    stream.name = "stream.bib"
    result = parse_bibtex(stream, {}, Context())
    # "doi:10.1/x y" is a bad key (space): a syntax problem; the second still parses.
    assert [p.code for p in result.problems] == ["bibtex-syntax"]
    source = result.dataset.sources[0]
    assert source.id == "bib_9780300"
    assert source.provenance is not None
    assert source.provenance.note == "BibTeX key '9780300'"


def test_latin1_file_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "old.bib"
    path.write_bytes("@book{k, title = {Gr\u00fcnde}, year = 1990}".encode("latin-1"))
    result = parse_bibtex(path, {}, Context())
    assert result.dataset.sources[0].title == "Gründe"
    assert [p.code for p in result.problems] == ["bibtex-encoding"]


def test_file_without_entries_gives_an_empty_dataset_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "empty.bib"
    path.write_text("% nothing here but a comment, and a stray address: a@b.c\n")
    result = parse_bibtex(path, {}, Context())
    assert result.dataset.sources == ()
    assert [(p.code, p.message, p.severity) for p in result.problems] == [
        ("nothing-found", "no entries found", "warning")
    ]
