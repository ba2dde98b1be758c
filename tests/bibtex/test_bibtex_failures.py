"""Malformed BibTeX: each fault is a problem at file:line with its raw text; the rest is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from purgehist import Severity
from purgehist.formats.bibtex.read import parse_bibtex
from purgehist.plugins.sdk import Context

DATA = Path(__file__).parent / "data"

GOOD = "@book{good,\n  title = {A good entry},\n  year = {1990},\n}\n"

# (snippet, problem code); each snippet's fault is in the entry starting on its first line.
FAULTS = [
    pytest.param(
        "@article{missing_comma,\n  author = {A, B}\n  title = {T},\n}\n",
        "bibtex-syntax",
        id="missing_comma_between_fields",
    ),
    pytest.param(
        "@book{no_equals,\n  title {T},\n}\n",
        "bibtex-syntax",
        id="field_without_equals",
    ),
    pytest.param(
        "@book{no_value,\n  title = ,\n}\n",
        "bibtex-syntax",
        id="field_without_value",
    ),
    pytest.param(
        '@book{open_quote,\n  title = "T,\n  year = 1990,\n}\n',
        "bibtex-syntax",
        id="unterminated_quote",
    ),
    pytest.param(
        "@book{unclosed,\n  title = {T},\n  year = {1990},\n\n",
        "bibtex-unclosed",
        id="entry_without_closing_brace",
    ),
    pytest.param(
        "@book{unclosed_value,\n  title = {T,\n  year = {1990},\n\n",
        "bibtex-unclosed",
        id="value_without_closing_brace",
    ),
    pytest.param(
        "@book(unclosed_paren,\n  title = {T}\n\n",
        "bibtex-unclosed",
        id="entry_without_closing_paren",
    ),
    pytest.param("@book{,\n  title = {T},\n}\n", "bibtex-syntax", id="entry_without_key"),
    pytest.param("@book{\n}\n", "bibtex-syntax", id="empty_entry"),
    pytest.param(
        "@book{no_title,\n  author = {A, B},\n  year = 1990,\n}\n",
        "bibtex-no-title",
        id="entry_without_title",
    ),
    pytest.param(
        "@book{bad field,\n  title = {T},\n}\n",
        "bibtex-syntax",
        id="key_with_space",
    ),
    pytest.param(
        "@book{junk,\n  title = {T},\n  ) = 3,\n}\n",
        "bibtex-syntax",
        id="junk_where_a_field_belongs",
    ),
]

CONTEXTS = [
    pytest.param("", "", 0, id="alone"),
    pytest.param(GOOD + "\n", "", 1, id="after_good"),
    pytest.param("", "\n" + GOOD, 1, id="before_good"),
    pytest.param(
        "% a comment\n\n" + GOOD + "\n", "\n" + GOOD.replace("good", "other"), 2, id="between"
    ),
]


@pytest.mark.parametrize(("snippet", "code"), FAULTS)
@pytest.mark.parametrize(("before", "after", "good"), CONTEXTS)
def test_fault_is_reported_at_its_line_and_the_rest_is_read(
    tmp_path: Path, snippet: str, code: str, before: str, after: str, good: int
) -> None:
    path = tmp_path / "case.bib"
    path.write_text(before + snippet + after, encoding="utf-8")
    result = parse_bibtex(path, {}, Context())
    errors = [p for p in result.problems if p.severity == Severity.ERROR]
    assert [p.code for p in errors] == [code]
    line = before.count("\n") + 1
    assert errors[0].location == f"{path}:{line}"
    assert errors[0].raw is not None
    assert errors[0].raw.startswith(snippet.split("\n", 1)[0])
    assert len(result.dataset.sources) == good
    assert result.stats["failed"] == 1


def test_mixed_file_keeps_every_good_entry_and_reports_every_fault() -> None:
    path = DATA / "broken.bib"
    result = parse_bibtex(path, {}, Context())
    assert [s.id for s in result.dataset.sources] == [
        "good_first",
        "good_after_unclosed",
        "bad_date",
        "undefined_macro",
        "good_first_2",
        "good_last",
    ]
    found = [(p.code, p.location.rsplit(":", 1)[1], p.severity.value) for p in result.problems]
    assert found == [
        ("bibtex-syntax", "9", "error"),
        ("bibtex-unclosed", "15", "error"),
        ("bibtex-no-title", "26", "error"),
        ("bibtex-date", "31", "warning"),
        ("bibtex-syntax", "37", "error"),
        ("bibtex-undefined-string", "43", "warning"),
        ("bibtex-duplicate-key", "47", "warning"),
    ]


def test_syntax_message_names_the_line_of_the_fault() -> None:
    result = parse_bibtex(DATA / "broken.bib", {}, Context())
    message = result.problems[0].message
    assert message == "@article: expected ',' after field 'author', found 't' (line 11)"


def test_unclosed_entry_raw_text_stops_before_the_next_entry() -> None:
    result = parse_bibtex(DATA / "broken.bib", {}, Context())
    raw = result.problems[1].raw
    assert raw is not None
    assert raw.startswith("@book{unclosed_brace,")
    assert raw.endswith("year = {1985},")
    assert "good_after_unclosed" not in raw


def test_unreadable_date_and_undefined_macro_are_kept() -> None:
    dataset = parse_bibtex(DATA / "broken.bib", {}, Context()).dataset
    assert dataset.source("bad_date").note == "year: nineteen eighty-three"
    assert dataset.source("bad_date").date is None
    assert dataset.source("undefined_macro").publisher == "nkvd"


def test_duplicate_field_keeps_the_first_and_notes_the_second(tmp_path: Path) -> None:
    path = tmp_path / "dup.bib"
    path.write_text("@book{k,\n title = {First},\n title = {Second},\n}\n")
    result = parse_bibtex(path, {}, Context())
    assert result.dataset.sources[0].title == "First"
    assert result.dataset.sources[0].note == "title (repeated): Second"
    assert [(p.code, p.raw) for p in result.problems] == [
        ("bibtex-duplicate-field", "Second"),
        ("bibtex-field-in-note", None),
    ]


def test_unknown_entry_type_is_other_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "odd.bib"
    path.write_text("@artwork{k,\n title = {Poster},\n year = 1937,\n}\n")
    result = parse_bibtex(path, {}, Context())
    source = result.dataset.sources[0]
    assert (source.type.value, source.note) == ("other", "BibTeX type: @artwork")
    assert [p.code for p in result.problems] == ["bibtex-unknown-type"]
