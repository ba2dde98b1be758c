"""Source ↔ CSL item: names, dates, types and round trips (hypothesis over the fields)."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from purgehist_csl.mapping import (
    CslItemError,
    csl_to_date,
    csl_to_name,
    csl_to_source,
    date_to_csl,
    name_to_csl,
    source_to_csl,
)

import purgehist
from purgehist import Creator, Dataset, Identifier, Source, SourceType
from purgehist.model.dates import is_edtf


@pytest.fixture
def example_dataset() -> Dataset:
    return purgehist.example_dataset()


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        pytest.param("Conquest, Robert", {"family": "Conquest", "given": "Robert"}, id="plain"),
        pytest.param("Getty, J. Arch", {"family": "Getty", "given": "J. Arch"}, id="initials"),
        pytest.param(
            "Goudoever, A. P. van",
            {"family": "Goudoever", "given": "A. P.", "dropping-particle": "van"},
            id="dropping_particle",
        ),
        pytest.param(
            "van Goudoever, A. P.",
            {"non-dropping-particle": "van", "family": "Goudoever", "given": "A. P."},
            id="non_dropping_particle",
        ),
        pytest.param(
            "King, Martin Luther, Jr.",
            {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
            id="suffix",
        ),
        pytest.param(
            "Хрущёв, Никита Сергеевич",
            {"family": "Хрущёв", "given": "Никита Сергеевич"},
            id="cyrillic",
        ),
        pytest.param("Politburo of the VKP(b)", {"literal": "Politburo of the VKP(b)"}, id="body"),
        pytest.param("Stalin", {"literal": "Stalin"}, id="single_name"),
        pytest.param("A, B, C", {"literal": "A, B, C"}, id="three_parts_not_a_suffix"),
        pytest.param("Conquest,  Robert", {"literal": "Conquest,  Robert"}, id="odd_spacing"),
    ],
)
def test_name_to_csl_and_back(name: str, parts: dict[str, str]) -> None:
    assert name_to_csl(name) == parts
    assert csl_to_name(parts) == name


def test_csl_name_with_family_only_and_empty() -> None:
    assert csl_to_name({"family": "Stalin"}) == "Stalin"
    assert csl_to_name({"given": "Iosif"}) == "Iosif"
    assert csl_to_name({"literal": "  "}) == ""


@pytest.mark.parametrize(
    ("edtf", "csl"),
    [
        pytest.param("1937", {"date-parts": [[1937]]}, id="year"),
        pytest.param("1937-07", {"date-parts": [[1937, 7]]}, id="month"),
        pytest.param("1937-07-30", {"date-parts": [[1937, 7, 30]]}, id="day"),
        pytest.param("1936/1938", {"date-parts": [[1936], [1938]]}, id="range"),
        pytest.param("-0044", {"date-parts": [[-44]]}, id="bce"),
        pytest.param("1937~", {"date-parts": [[1937]], "circa": True, "raw": "1937~"}, id="approx"),
        pytest.param("1937-05?", {"date-parts": [[1937, 5]], "raw": "1937-05?"}, id="uncertain"),
        pytest.param("193X", {"date-parts": [[1930], [1939]], "raw": "193X"}, id="decade"),
        pytest.param("1937/..", {"date-parts": [[1937]], "raw": "1937/.."}, id="open_end"),
        pytest.param(
            "[1936,1938]", {"date-parts": [[1936], [1938]], "raw": "[1936,1938]"}, id="set"
        ),
        pytest.param(
            "1937-21", {"date-parts": [[1937]], "season": 1, "raw": "1937-21"}, id="season"
        ),
    ],
)
def test_dates(edtf: str, csl: dict[str, Any]) -> None:
    assert date_to_csl(edtf) == csl
    assert csl_to_date(csl) == (edtf, None)


@pytest.mark.parametrize(
    ("csl", "expected"),
    [
        pytest.param({"date-parts": [["1986", "10"]]}, ("1986-10", None), id="zotero_strings"),
        pytest.param({"date-parts": [[1937]], "circa": 1}, ("1937~", None), id="circa_number"),
        pytest.param({"date-parts": [[1937]], "season": 3}, ("1937-23", None), id="season"),
        pytest.param({"literal": "1937"}, ("1937", None), id="literal_edtf"),
        pytest.param({"edtf": "1937?"}, ("1937?", None), id="edtf_key"),
        pytest.param("1956-02-25", ("1956-02-25", None), id="string_date"),
        pytest.param({"literal": "Winter 1937"}, (None, "Winter 1937"), id="literal_text"),
        pytest.param(
            {"date-parts": [[1937]], "raw": "early 1937"}, ("1937", "early 1937"), id="raw_text"
        ),
        pytest.param(
            {"date-parts": [[1937, 2, 30]]}, (None, '{"date-parts": [[1937, 2, 30]]}'), id="no_day"
        ),
        pytest.param({"date-parts": [["x"]]}, (None, '{"date-parts": [["x"]]}'), id="not_a_year"),
    ],
)
def test_dates_from_other_tools(csl: Any, expected: tuple[str | None, str | None]) -> None:
    assert csl_to_date(csl) == expected


def test_item_without_title_raises_with_raw() -> None:
    with pytest.raises(CslItemError) as info:
        csl_to_source({"id": "x", "type": "book"}, id="x", location="f.json:1 $[0]")
    (problem,) = info.value.problems
    assert (problem.code, problem.location) == ("csl-no-title", "f.json:1 $[0]")
    assert problem.raw == '{"id": "x", "type": "book"}'


def test_custom_keys_not_ours_go_to_the_note() -> None:
    item = {
        "id": "x",
        "type": "book",
        "title": "T",
        "custom": {"shelf": "B2", "purgehist-listed": False},
    }
    source, problems, _ = csl_to_source(item, id="x", location="here")
    assert (source.listed, source.note) == (False, "custom shelf: B2")
    assert problems == []


def test_unknown_role_is_exported_as_contributor_with_a_warning() -> None:
    source = Source(id="s", title="T", creators=[Creator(name="Doe, Jane", role="informant")])
    item, warnings = source_to_csl(source)
    assert item["contributor"] == [{"family": "Doe", "given": "Jane"}]
    assert [w.code for w in warnings] == ["csl-role"]


# --------------------------------------------------------------------------- round trips

LETTERS = "abcdefghijklmnopqrstuvwxyzäöüéčšžабвгдежзиклмнопрстуфхцчшщыэюяё"
_word = st.text(LETTERS, min_size=1, max_size=8)
_capital = _word.map(str.capitalize)
_person = st.builds(
    lambda particle, family, given, suffix: ", ".join(
        p for p in (f"{particle}{family}", given, suffix) if p
    ),
    st.sampled_from(["", "van ", "de la ", "von "]),
    _capital,
    st.lists(_capital, min_size=1, max_size=3).map(" ".join),
    st.sampled_from(["", "", "Jr.", "III"]),
)
_body = st.lists(_capital, min_size=1, max_size=4).map(" ".join)
_creator = st.builds(
    lambda name, role: Creator(name=name, role=role),
    st.one_of(_person, _body),
    st.sampled_from(["author", "author", "editor", "translator", "compiler"]),
)
_text = st.text(min_size=1, max_size=40).filter(lambda t: t.strip() != "")
_optional = st.none() | _text
_plain_date = st.builds(
    lambda y, m, d: "-".join(p for p in (f"{y:04d}", m, d) if p),
    st.integers(1000, 2030),
    st.sampled_from(["", "01", "06", "12"]),
    st.sampled_from(["", "", "15"]),
).map(lambda t: t if t.count("-") != 1 or not t.endswith("15") else t[:4])
_edtf = st.one_of(
    _plain_date,
    st.sampled_from(
        [
            "1937~",
            "1937?",
            "1937-05%",
            "193X",
            "19XX",
            "1937/..",
            "../1938",
            "1936/1938",
            "1937-02-03/1937-04",
            "[1936,1938]",
            "{1936,1937}",
            "1937-21",
            "-0044",
            "1936~/1937",
        ]
    ),
).filter(is_edtf)
_identifier = st.builds(
    lambda scheme, value: Identifier(scheme=scheme, value=value),
    st.sampled_from(["doi", "isbn", "issn", "url", "archival", "wikidata"]),
    _text,
)


def _grouped(creators: list[Creator]) -> list[Creator]:
    """Creators grouped by role in order of first appearance, as CSL name variables hold them."""
    roles = list(dict.fromkeys(c.role for c in creators))
    return sorted(creators, key=lambda c: roles.index(c.role))


_source = st.builds(
    Source,
    id=st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,20}", fullmatch=True),
    type=st.sampled_from(list(SourceType)),
    creators=st.lists(_creator, max_size=5).map(_grouped),
    title=_text,
    short_title=_optional,
    container=_optional,
    volume=_optional,
    issue=_optional,
    pages=_optional,
    edition=_optional,
    publisher=_optional,
    place=_optional,
    date=st.none() | _edtf,
    identifiers=st.lists(_identifier, max_size=4),
    accessed=st.none() | _plain_date,
    language=st.none() | st.sampled_from(["ru", "en", "nl", "de", "ru-Latn"]),
    listed=st.booleans(),
    note=_optional,
    external=st.none() | st.sampled_from(["#reg1234", "reg:1234", "https://example.org/b/1"]),
)


@given(_source)
def test_source_survives_a_trip_through_csl_json(source: Source) -> None:
    item, _ = source_to_csl(source)
    back, problems, _ = csl_to_source(json.loads(json.dumps(item)), id=source.id, location="x")
    assert back == source
    assert problems == []


def test_example_sources_survive_a_trip_through_csl_json(example_dataset: Dataset) -> None:
    for source in example_dataset.sources:
        item, _ = source_to_csl(source)
        back, problems, _ = csl_to_source(item, id=source.id, location=source.id)
        unlinked = attrs.evolve(
            source,
            creators=[attrs.evolve(c, actor=None) for c in source.creators],
            provenance=None,
        )
        assert back == unlinked
        assert problems == []
