"""The CSL reader on inputs that are not CSL-JSON arrays: empty, binary, UTF-16, too deep."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from purgehist_csl import reader
from purgehist_csl.reader import parse_csl

from purgehist import DataError
from purgehist.plugins.sdk import Context

ITEM = {"id": "getty1985", "type": "book", "title": "Origins of the Great Purges"}


def _stream(data: bytes) -> io.BytesIO:
    stream = io.BytesIO(data)
    stream.name = "refs.json"
    return stream


def _problem(data: bytes) -> tuple[str, str, str]:
    with pytest.raises(DataError) as info:
        parse_csl(_stream(data), {}, Context())
    [problem] = info.value.problems
    return problem.code, problem.message, problem.location


@pytest.mark.parametrize(
    ("data", "code", "message"),
    [
        pytest.param(b"", "empty-input", "the file is empty", id="empty"),
        pytest.param(b"\n  \n", "empty-input", "the file is empty", id="blank"),
        pytest.param(
            b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
            "binary-input",
            "not a text file: it holds binary data",
            id="binary",
        ),
    ],
)
def test_empty_and_binary_files_are_refused(data: bytes, code: str, message: str) -> None:
    assert _problem(data) == (code, message, "refs.json")


def test_utf16_file_is_read() -> None:
    data = json.dumps([ITEM | {"title": "Большой террор"}], ensure_ascii=False).encode("utf-16")
    result = parse_csl(_stream(data), {}, Context())
    assert [s.title for s in result.dataset.sources] == ["Большой террор"]


@pytest.mark.parametrize(
    ("data", "location"),
    [
        pytest.param(b"[" * 100_000 + b"]" * 100_000, ":1:2", id="array_in_array"),
        pytest.param(b'{"a":' * 100_000 + b"1" + b"}" * 100_000, ":1:1", id="object"),
        pytest.param(
            b'[\n{"id": "ok", "type": "book", "title": "T"},\n{"note": '
            + b"[" * 100_000
            + b"]" * 100_000
            + b"}]",
            ":3:1",
            id="inside_an_item",
        ),
    ],
)
def test_deeply_nested_json_is_a_data_error(data: bytes, location: str) -> None:
    assert _problem(data) == (
        "csl-invalid-json",
        "JSON nested too deeply",
        f"refs.json{location}",
    )


def test_items_author_shared_across_spellings_is_one_actor() -> None:
    items = [
        ITEM | {"author": [{"family": "Brzeziński", "given": "Zbigniew"}]},
        ITEM | {"id": "b", "editor": [{"family": "BRZEZINSKI", "given": "ZBIGNIEW"}]},
    ]
    result = parse_csl(_stream(json.dumps(items).encode()), {}, Context())
    [actor] = result.dataset.actors
    assert (actor.id, actor.roles) == ("pers_zbigniew_brzezinski", ("author", "editor"))


def test_item_too_deep_to_map_is_a_problem_and_the_rest_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = reader.csl_to_source

    def deep_for_one(item: Any, *, id: str, location: str) -> Any:
        if item.get("id") == "deep":
            raise RecursionError
        return real(item, id=id, location=location)

    monkeypatch.setattr(reader, "csl_to_source", deep_for_one)
    data = json.dumps([ITEM | {"id": "deep"}, ITEM], indent=1).encode()
    result = parse_csl(_stream(data), {}, Context())
    assert [s.id for s in result.dataset.sources] == ["getty1985"]
    assert [(p.code, p.message, p.location) for p in result.problems] == [
        ("csl-invalid-item", "JSON nested too deeply", "refs.json:2 $[0]")
    ]


def test_a_number_too_long_to_convert_is_located() -> None:
    head = b'{"id": "a", "type": "book", "issued": {"date-parts": [['
    code, message, location = _problem(b"[\n" + head + b"9" * 5000 + b"]]}}]")
    assert (code, location) == ("csl-invalid-json", f"refs.json:2:{len(head) + 1}")
    assert message.startswith("a number of 5,000 digits")
