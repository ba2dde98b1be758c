"""Hostile BibTeX: the work done stays linear in the input and memory bounded, whatever it holds.

These tests count work (characters the splitter passes over, ids looked at, characters macros
add) rather than time it, so that a busy machine cannot make them pass or fail.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from purgehist.formats.bibtex.entries import BibReading, read_bibtex
from purgehist.formats.bibtex.macros import MAX_VALUE, Macros
from purgehist.formats.bibtex.read import parse_bibtex
from purgehist.formats.bibtex.splitter import LineCounter, Splitter
from purgehist.model.ids import IdPool, unique_id
from purgehist.plugins.sdk import Context

GOOD = "@book{good{n},\n  title = {Entry {n}},\n  year = 1937,\n}\n"


def _split(text: str) -> tuple[list[bool], int]:
    splitter = Splitter(text)
    return [block.closed for block in splitter.blocks()], splitter.scanned


@pytest.mark.parametrize("count", [1000, 8000])
def test_unclosed_entries_cost_their_own_text_only(count: int) -> None:
    text = "@book{x,\n" * count
    closed, scanned = _split(text)
    assert closed == [False] * count
    # Each character is passed over a bounded number of times: no rescanning to the end
    # of the file for each unclosed entry (which would be count² / 2 lines).
    assert scanned <= 3 * len(text)


def test_work_grows_linearly_with_unclosed_entries_among_good_ones() -> None:
    def work(count: int) -> int:
        parts = [
            GOOD.replace("{n}", str(i)) + "@book{broken,\n  title = {T\n" for i in range(count)
        ]
        return _split("".join(parts))[1]

    small, large = work(1000), work(4000)
    assert 3.9 < large / small < 4.1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("@a{" * 20000, id="opens_on_one_line"),
        pytest.param("x @misc{\n" * 20000, id="opens_mid_line"),
        pytest.param("@a{}" * 20000, id="empty_entries_on_one_line"),
        pytest.param("@book(x, " * 20000, id="unclosed_parentheses"),
        pytest.param("@book{k, title = " + "{" * 20000 + "}" * 20000 + "}", id="deep_braces"),
    ],
)
def test_splitter_work_is_linear_on_odd_text(text: str) -> None:
    _, scanned = _split(text)
    assert scanned <= 3 * len(text)


def test_each_unclosed_entry_is_reported_at_its_line() -> None:
    text = "".join(GOOD.replace("{n}", str(i)) + "@book{broken,\n" for i in range(2000))
    reading = read_bibtex(text, "big.bib")
    assert len(reading.entries) == 2000
    problems = reading.problems
    assert len(problems) == 2000
    assert {p.code for p in problems} == {"bibtex-unclosed"}
    assert [p.location for p in problems[:2]] == ["big.bib:5", "big.bib:10"]
    assert problems[-1].raw == "@book{broken,"


def test_line_counter_goes_back_and_forth() -> None:
    text = "a\nb\nc\nd"
    lines = LineCounter(text)
    assert [lines(i) for i in (6, 0, 4, 2, 6)] == [4, 1, 3, 2, 4]


class _CountingSet(set[str]):
    """A set that counts membership tests: the ids an id pool looks at."""

    probes = 0

    def __contains__(self, item: object) -> bool:
        self.probes += 1
        return super().__contains__(item)


def test_one_key_used_50000_times_costs_one_look_each() -> None:
    taken = _CountingSet()
    pool = IdPool(taken)
    ids = [pool.claim("k") for _ in range(50_000)]
    assert ids[:3] == ["k", "k_2", "k_3"]
    assert ids[-1] == "k_50000"
    assert taken.probes <= 2 * 50_000


def test_duplicate_keys_get_numbered_ids_and_a_warning_each() -> None:
    stream = io.BytesIO(b"@book{k, title = {T}}\n" * 5000)
    stream.name = "dup.bib"
    result = parse_bibtex(stream, {}, Context())
    assert [s.id for s in result.dataset.sources][-2:] == ["k_4999", "k_5000"]
    assert [p.code for p in result.problems] == ["bibtex-duplicate-key"] * 4999


@given(
    st.lists(
        st.tuples(st.booleans(), st.sampled_from(["k", "k_2", "k_3", "k_2_2", "k_02", "j"])),
        max_size=40,
    )
)
def test_id_pool_gives_what_unique_id_gives(operations: list[tuple[bool, str]]) -> None:
    """Claims and releases in any order: the pool hands out the ids ``unique_id`` would."""
    pool, taken = IdPool(), set[str]()
    handed: list[str] = []
    for release, base in operations:
        if release and handed:
            gone = handed.pop(len(base) % len(handed))
            pool.release(gone)
            taken.discard(gone)
        else:
            expected = unique_id(base, taken)
            assert pool.claim(base) == expected
            handed.append(expected)
    assert pool.taken == taken


def test_forty_doubling_strings_are_refused_with_a_located_message() -> None:
    lines = ['@string{s0 = "ab"}'] + [
        f"@string{{s{i} = s{i - 1} # s{i - 1}}}" for i in range(1, 41)
    ]
    text = "\n".join(lines) + "\n@book{k, title = s40}\n"
    macros = Macros()
    reading = read_bibtex(text, "doubling.bib", macros=macros)
    first, *rest = reading.problems
    assert (first.code, first.location) == ("bibtex-string-limit", "doubling.bib:21")
    assert "1 MiB (1,048,576 characters)" in first.message
    assert first.raw == "@string{s20 = s19 # s19}"
    # Everything built on a refused macro is refused too, down to the entry using the last.
    assert [p.location for p in rest] == [f"doubling.bib:{n}" for n in range(22, 43)]
    assert all("was refused above" in p.message for p in rest)
    assert reading.entries == []
    assert macros.total <= 5 * MAX_VALUE


def test_total_expansion_in_a_file_is_bounded() -> None:
    text = "@string{big = {" + "x" * 100 + "}}\n" + "@book{k, title = big}\n" * 50
    macros = Macros(max_total=1000)
    reading = read_bibtex(text, "many.bib", macros=macros)
    assert len(reading.entries) == 10
    refused = reading.problems
    assert len(refused) == 40
    assert refused[0].location == "many.bib:12"
    assert "1,000 characters, the limit for one file" in refused[0].message
    assert macros.total == 1000


def _read_with_small_values(name: str, *lines: str) -> BibReading:
    """*lines* after ``@string{a = {abcdef}}``, read with values held to 8 characters."""
    text = "\n".join(["@string{a = {abcdef}}", *lines]) + "\n"
    return read_bibtex(text, name, macros=Macros(max_value=8))


def test_value_built_from_macros_is_bounded_but_literal_text_is_not() -> None:
    reading = _read_with_small_values(
        "v.bib",
        "@book{long, title = a # a}",
        "@book{literal, title = {abcdefghijklmnop}}",
        "@book{short, title = a}",
    )
    assert [e.key for e in reading.entries] == ["literal", "short"]
    [problem] = reading.problems
    assert (problem.code, problem.location, problem.raw) == (
        "bibtex-string-limit",
        "v.bib:2",
        "@book{long, title = a # a}",
    )
    assert problem.message == (
        "@book: the value would be longer than 8 characters, "
        "the limit on one value built with @string macros "
        "(the bibtex option string_value_limit raises it) (line 2)"
    )


def test_a_refused_macro_defined_again_can_be_used() -> None:
    reading = _read_with_small_values(
        "again.bib",
        "@string{b = a # a}",
        "@book{refused, title = b}",
        "@string{b = {ok}}",
        "@book{read, title = b}",
    )
    assert [p.location for p in reading.problems] == ["again.bib:2", "again.bib:3"]
    assert [e.fields for e in reading.entries] == [(("title", "ok"),)]


def test_the_macro_limits_are_options(tmp_path: Path) -> None:
    from purgehist import api
    from purgehist.formats.bibtex.macros import MAX_TOTAL, MAX_VALUE
    from purgehist.plugins import get_parsers

    defaults = {o.name: o.default for o in get_parsers()["bibtex"].options}
    assert defaults == {"string_value_limit": MAX_VALUE, "string_total_limit": MAX_TOTAL}
    path = tmp_path / "small.bib"
    path.write_text("@string{a = {abcdef}}\n@book{k, title = a # a, year = 1968}\n", "utf-8")
    assert len(api.parse_file(path).dataset.sources) == 1
    limited = api.parse_file(path, options={"string_value_limit": "8"})
    assert limited.dataset.sources == ()
    [problem] = limited.problems
    assert problem.location == f"{path}:2"
    assert "8 characters" in problem.message
    assert "string_value_limit raises it" in problem.message
