"""Readers build records with the cyclic garbage collector paused, and switch it back on."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import purgehist
from purgehist.model.bulk import building_records


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_restored_after(collector_on: None) -> None:
    with building_records():
        assert not gc.isenabled()
        with building_records():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not switch it on early
    assert gc.isenabled()


def test_restored_after_an_error(collector_on: None) -> None:
    with pytest.raises(ValueError, match="stop"), building_records():
        raise ValueError("stop")
    assert gc.isenabled()


def test_left_off_when_it_was_off(collector_on: None) -> None:
    gc.disable()
    with building_records():
        pass
    assert not gc.isenabled()


def test_json_load_builds_with_the_collector_paused(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from purgehist.formats.json import codec

    example = purgehist.example_dataset()
    text = purgehist.dumps(example)
    seen: list[bool] = []
    structure = codec.from_data

    def spy(data: object, *, source: str | None = None) -> purgehist.Dataset:
        seen.append(gc.isenabled())
        return structure(data, source=source)

    monkeypatch.setattr(codec, "from_data", spy)
    assert purgehist.loads(text) == example
    assert seen == [False]
    assert gc.isenabled()


def test_every_parser_called_through_the_api_is_paused(
    collector_on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from purgehist.formats.json import codec

    seen: list[bool] = []
    parse = codec.parse_json

    def spy(*args: object) -> object:
        seen.append(gc.isenabled())
        return parse(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(codec, "parse_json", spy)
    path = tmp_path / "example.json"
    purgehist.dump(purgehist.example_dataset(), path)
    purgehist.parse(path)
    assert seen == [False]
    assert gc.isenabled()
