"""The record-by-record JSON reader builds what the whole-text path builds, whatever a window's
edge cuts, and gives up (so that the whole-text path reads or explains) on anything else."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import purgehist
from purgehist import DataError, Dataset
from purgehist.formats.json import codec, reader
from purgehist.formats.json.codec import parse_json
from purgehist.model import Quantity
from purgehist.plugins.specs import Context

from strategies import datasets


def _read(source: str | bytes | io.BytesIO) -> Dataset | None:
    return reader.read_dataset(source, codec._fast(), codec._current)


@pytest.fixture
def example() -> Dataset:
    """The bundled example, with escapes in one actor's description."""
    dataset = purgehist.example_dataset()
    actor = attrs.evolve(
        dataset.actors[1],
        description='Wrote "Stalin\'s\tpurge"\nin C:\\users\\u0041 — \x07 and \U0001f600.',
    )
    return dataset.replace(actors=(dataset.actors[0], actor, *dataset.actors[2:]))


@pytest.mark.parametrize("window", [1, 2, 3, 5, 64, 4096])
def test_every_window_edge_reads_the_same_records(
    example: Dataset, window: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = purgehist.dumps(example).encode()
    assert any(byte >= 0x80 for byte in raw)  # multi-byte characters to cut
    assert b"\\" in raw  # and escapes
    monkeypatch.setattr(reader, "WINDOW", window)
    assert _read(raw) == example
    assert _read(io.BytesIO(raw)) == example


def test_text_is_read_without_windows(example: Dataset) -> None:
    assert _read(purgehist.dumps(example)) == example


def test_any_layout_of_the_same_object_is_read(example: Dataset) -> None:
    data = json.loads(purgehist.dumps(example))
    reordered = {**{k: v for k, v in data.items() if k not in ("format", "version")}, **data}
    compact = json.dumps(reordered, separators=(",", ":"), ensure_ascii=False)
    assert list(json.loads(compact))[-1] == "version"
    assert _read(compact.encode()) == example
    # a character beyond the BMP escaped as a surrogate pair: the whole-text path pairs them
    escaped = json.dumps(reordered, ensure_ascii=True)
    assert "\\ud83d\\ude00" in escaped
    assert _read(escaped) is None
    assert purgehist.loads(escaped) == example


@given(st.data())
def test_the_same_dataset_as_the_whole_text_path(data: st.DataObject) -> None:
    dataset = data.draw(datasets(xml_safe=data.draw(st.booleans())))
    raw = purgehist.dumps(dataset).encode()
    window = data.draw(st.sampled_from([1, 7, 64, 1 << 16]))
    original = reader.WINDOW
    reader.WINDOW = window  # not monkeypatch: hypothesis runs many examples in one test call
    try:
        read = _read(raw)
    finally:
        reader.WINDOW = original
    assert read is not None
    assert read == codec._loads_whole(raw, None) == dataset


def test_a_number_cut_by_the_window_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps(
        {"format": "purgehist", "version": "2.0", "metadata": {"title": "T"}},
    )
    monkeypatch.setattr(reader, "WINDOW", 4)
    # the version read as 2.0 after "2." would still pass; a wrong title would not
    assert _read(text.encode()) == Dataset(metadata=purgehist.Metadata(title="T"))
    cut = b'{"format": "purgehist", "version": "2.0", "metadata": {"title": "T"}} 1'
    assert _read(cut) is None  # data after the object: the whole-text path says where


def _with_actor_name(example: Dataset, name_json: str) -> str:
    text = purgehist.dumps(example)
    first = example.actors[0].name
    assert json.dumps(first, ensure_ascii=False) in text
    return text.replace(json.dumps(first, ensure_ascii=False), name_json, 1)


def test_a_key_given_twice_is_left_to_the_whole_text_path(
    example: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _with_actor_name(example, '"A", "name": "B"')
    monkeypatch.setattr(reader, "WINDOW", 16)
    assert _read(text.encode()) is None
    with pytest.raises(DataError) as info:
        purgehist.loads(text.encode(), source="d.json")
    [problem] = info.value.problems
    assert (problem.code, problem.location) == ("duplicate-key", "$.actors[0]")


@pytest.mark.parametrize("cut", range(1, 7))
def test_a_surrogate_escape_cut_by_the_window_is_found(
    example: Dataset, cut: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = _with_actor_name(example, '"Half \\ud800 of a pair"').encode()
    where = raw.index(b"\\ud800")
    # windows of the escape's offset less cut: the edge falls inside the six characters
    monkeypatch.setattr(reader, "WINDOW", where + cut - 1 if where + cut > 1 else 1)
    assert _read(raw) is None
    with pytest.raises(DataError) as info:
        purgehist.loads(raw, source="d.json")
    [problem] = info.value.problems
    assert (problem.code, problem.location) == ("lone-surrogate", "$.actors[0].name")


def test_a_raw_surrogate_is_not_utf8_and_left_to_the_whole_text_path(example: Dataset) -> None:
    raw = _with_actor_name(example, '"Half X of a pair"').encode().replace(b"X", b"\xed\xa0\x80")
    assert _read(raw) is None
    with pytest.raises(DataError) as info:
        purgehist.loads(raw)
    assert info.value.problems[0].code == "lone-surrogate"


def test_a_truncated_file_fails_as_before(example: Dataset, tmp_path: Path) -> None:
    raw = purgehist.dumps(example).encode()
    cut = raw[: len(raw) * 2 // 3]
    assert _read(cut) is None
    with pytest.raises(DataError) as info:
        purgehist.loads(cut, source="d.json")
    [problem] = info.value.problems
    text = cut.decode("utf-8", "replace")
    assert problem.code == "malformed-json"
    assert problem.location.startswith(f"d.json:{text.count(chr(10)) + 1}:")
    path = tmp_path / "cut.json"
    path.write_bytes(cut)
    with pytest.raises(DataError) as again:
        purgehist.load(path)
    assert again.value.problems[0].code == "malformed-json"


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8-sig"),
        lambda text: text.encode("utf-16"),
        lambda text: text.encode("utf-16-le"),
        lambda text: text.encode("utf-32"),
    ],
    ids=["utf-8-bom", "utf-16", "utf-16-le", "utf-32"],
)
def test_other_encodings_are_left_to_the_whole_text_path(
    example: Dataset, encode: Callable[[str], bytes]
) -> None:
    raw = encode(purgehist.dumps(example))
    assert _read(raw) is None
    assert purgehist.loads(raw) == example


def test_an_older_version_is_upgraded_by_the_whole_text_path() -> None:
    text = json.dumps(
        {
            "format": "purgehist",
            "version": "1.3",
            "events": [{"id": "ev_trial", "label": "Trial", "place": "Moscow"}],
        }
    )
    assert _read(text) is None
    dataset = purgehist.loads(text)
    assert dataset.events[0].place == "pl_moscow"
    assert [p.name for p in dataset.places] == ["Moscow"]


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        "{}",
        '{"format": "purgehist", "version": "2.0", "actors": {}}',
        '{"format": "purgehist", "version": "2.0", "colour": []}',
        '{"format": "purgehist", "version": "2.0", "actors": [], "actors": []}',
        '{"format": "purgehist", "version": "2.0", "actors": [{"id": "pers_a"}]}',
        '{"format": "other", "version": "2.0"}',
        '{"version": "2.0"}',
    ],
)
def test_what_is_wrong_is_left_to_the_whole_text_path(text: str) -> None:
    assert _read(text) is None
    assert _read(text.encode()) is None
    with pytest.raises(DataError):
        purgehist.loads(text)


def test_files_and_streams_are_read_record_by_record(
    example: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "example.json"
    purgehist.dump(example, path)

    def whole(text: str | bytes, source: str | None) -> Dataset:
        raise AssertionError("the whole-text path was taken")

    monkeypatch.setattr(codec, "_loads_whole", whole)
    assert purgehist.load(path) == example
    assert parse_json(path, {}, Context()).dataset == example
    with path.open("rb") as stream:
        assert parse_json(stream, {}, Context()).dataset == example


def test_a_stream_given_up_on_is_read_whole_from_where_it_was(example: Dataset) -> None:
    text = _with_actor_name(example, '"A", "name": "B"')
    stream = io.BytesIO(b"ignored" + text.encode())
    stream.seek(len(b"ignored"))
    with pytest.raises(DataError) as info:
        parse_json(stream, {}, Context())
    assert info.value.problems[0].code == "duplicate-key"


def test_disabled_validators_are_honoured_record_by_record(example: Dataset) -> None:
    data = json.loads(purgehist.dumps(example))
    data["claims"][0]["id"] = "not an id"
    text = json.dumps(data, ensure_ascii=False)
    assert _read(text) is None  # refused: the whole-text path explains
    with attrs.validators.disabled():
        read = _read(text)
    assert read is not None
    assert read.claims[0].id == "not an id"
    assert _read(text) is None


def _many_actors(example: Dataset, count: int) -> Dataset:
    """*example* with *count* more actors: collections longer than a run of orjson."""
    first = example.actors[0]
    more = tuple(attrs.evolve(first, id=f"pers_more_{i}") for i in range(count))
    return example.replace(actors=(*example.actors, *more))


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the records json's scanner reads and the runs orjson's writing back refuses."""
    calls = {"scanned": 0, "refused": 0}
    scan, run = reader._scan_once, reader._run

    def scan_once(text: str, index: int) -> tuple[object, int]:
        found = scan(text, index)  # a scan cut off by the end of the text read so far raises
        calls["scanned"] += isinstance(found[0], dict)
        return found

    def counted_run(raw: bytes) -> list[object] | None:
        values = run(raw)
        calls["refused"] += values is None
        return values

    monkeypatch.setattr(reader, "_scan_once", scan_once)
    monkeypatch.setattr(reader, "_run", counted_run)
    return calls


@pytest.mark.parametrize("count", [0, 300])
def test_canonical_records_are_read_by_orjson_not_by_the_scanner(
    example: Dataset, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = _many_actors(example, count)
    raw = purgehist.dumps(dataset).encode()
    calls = _counting(monkeypatch)
    assert _read(raw) == dataset
    # the scanner reads the metadata only, however many records there are
    assert calls["scanned"] == 1
    # a run crossing the end of its collection is refused once per collection, no more
    assert calls["refused"] <= len(reader._COLLECTIONS)


@pytest.mark.parametrize("run", [1, 2, 64, 4096])
def test_every_run_length_reads_the_same_records(
    example: Dataset, run: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = _many_actors(example, 40)
    raw = purgehist.dumps(dataset).encode()
    monkeypatch.setattr(reader, "RUN", run)  # 1 and 2: every record longer than a run
    monkeypatch.setattr(reader, "WINDOW", 4096)
    assert _read(raw) == dataset
    assert _read(io.BytesIO(raw)) == dataset


def test_a_key_given_twice_in_the_canonical_layout_is_refused(
    example: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = _many_actors(example, 100)
    raw = purgehist.dumps(dataset).encode()
    line = b'\n      "name": ' + json.dumps(example.actors[0].name).encode() + b","
    where = raw.index(b'"id": "pers_more_50"')
    at = raw.index(line, where)
    # laid out as a canonical file would be: only writing the values back shows the key lost
    doubled = raw[:at] + b'\n      "name": "Someone else",' + raw[at:]
    calls = _counting(monkeypatch)
    assert _read(doubled) is None
    assert calls["refused"] >= 1
    with pytest.raises(DataError) as fast:
        purgehist.loads(doubled, source="d.json")
    with pytest.raises(DataError) as whole:
        codec._loads_whole(doubled, "d.json")
    assert fast.value.problems == whole.value.problems
    [problem] = fast.value.problems
    index = len(example.actors) + 50
    assert (problem.code, problem.location) == ("duplicate-key", f"$.actors[{index}]")


def test_a_record_laid_out_otherwise_is_read_by_the_scanner(
    example: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = _many_actors(example, 100)
    text = purgehist.dumps(dataset)
    record = json.dumps(json.loads(text)["actors"][50], indent=2, ensure_ascii=False)
    indented = record.replace("\n", "\n    ")
    assert indented in text
    compact = json.dumps(json.loads(record), ensure_ascii=False)  # one line, spaces after ":"
    raw = text.replace(indented, compact, 1).encode()
    calls = _counting(monkeypatch)
    assert _read(raw) == dataset == codec._loads_whole(raw, None)
    monkeypatch.setattr(reader, "RUN", 1)  # runs of one record: the scanner takes over at it
    calls.update(scanned=0, refused=0)
    assert _read(raw) == dataset
    # from the record laid out otherwise, the scanner reads the rest, one record at a time
    assert calls["refused"] >= 1
    names = list(reader._COLLECTIONS)
    later = names[names.index("actors") + 1 :]
    rest = len(dataset.actors) - 50 + sum(len(getattr(dataset, name)) for name in later)
    assert calls["scanned"] == 1 + rest  # and the metadata


def test_a_float_written_otherwise_by_orjson_is_read_by_the_scanner(
    example: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim = example.claims[0]
    share = attrs.evolve(claim, quantity=Quantity(value=5e-05, unit="share of the population"))
    dataset = example.replace(claims=(share, *example.claims[1:]))
    raw = purgehist.dumps(dataset).encode()
    assert b'"value": 5e-05' in raw  # json's writing; orjson writes 5e-5
    calls = _counting(monkeypatch)
    assert _read(raw) == dataset == codec._loads_whole(raw, None)
    assert calls["refused"] >= 1


def test_a_lone_surrogate_in_text_is_left_to_the_whole_text_path(example: Dataset) -> None:
    text = _with_actor_name(example, '"Half \ud800 of a pair"')
    assert _read(text) is None
    with pytest.raises(DataError) as info:
        purgehist.loads(text)
    assert info.value.problems[0].code == "lone-surrogate"


@pytest.mark.parametrize("indent", [None, 4], ids=["compact", "indent-4"])
def test_another_layout_is_not_buffered_whole(
    example: Dataset, indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = _many_actors(example, 300)
    data = json.loads(purgehist.dumps(dataset))
    raw = json.dumps(data, indent=indent, ensure_ascii=False).encode()
    monkeypatch.setattr(reader, "WINDOW", 4096)
    assert len(raw) > 40 * reader.WINDOW
    largest = [0]
    more = reader._Text.more

    def counted(text: reader._Text) -> bool:
        found = more(text)
        largest[0] = max(largest[0], len(text.raw), len(text.buf))
        return found

    monkeypatch.setattr(reader._Text, "more", counted)
    assert _read(raw) == dataset
    # no record closes as in a canonical file: the scanner takes over within a few windows
    assert largest[0] <= 4 * reader.WINDOW
