"""Canonical JSON refuses, at a JSON path or file:line:column, what json.loads would let
through unseen (a key given twice, a lone surrogate) or fail on without a place (a number
too long to convert); and the CLI's convert refuses what validate refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from purgehist import DataError, loads
from purgehist.cli import main

DATASET = {
    "format": "purgehist",
    "version": "2.0",
    "actors": [
        {"id": "pers_getty", "name": "J. Arch Getty", "kind": "person"},
        {"id": "pers_conquest", "name": "Robert Conquest", "kind": "person"},
    ],
}


def _problems(text: str | bytes) -> list[tuple[str, str, str]]:
    with pytest.raises(DataError) as info:
        loads(text, source="d.json")
    return [(p.code, p.location, p.message) for p in info.value.problems]


def test_a_key_given_twice_is_refused_at_its_path() -> None:
    text = json.dumps(DATASET).replace('"name": "Robert Conquest"', '"name": "R", "name": "C"')
    [(code, where, message)] = _problems(text)
    assert (code, where) == ("duplicate-key", "$.actors[1]")
    assert "'name' is given twice" in message


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(DATASET).replace("Robert", "Rob\\ud800ert"),
        json.dumps(DATASET).replace("Robert", "Rob\\uDC00ert").encode(),
        json.dumps(DATASET).encode().replace(b"Robert", b"Rob\xed\xa0\x80ert"),
    ],
    ids=["escaped", "escaped-low-bytes", "raw-bytes"],
)
def test_a_lone_surrogate_is_refused_at_its_path(text: str | bytes) -> None:
    [(code, where, _)] = _problems(text)
    assert (code, where) == ("lone-surrogate", "$.actors[1].name")


def test_a_surrogate_pair_is_one_character_and_read() -> None:
    dataset = loads(json.dumps(DATASET).replace("Robert", "Rob \\ud83d\\ude00"))
    assert dataset.actors[1].name == "Rob \U0001f600 Conquest"


def test_a_number_too_long_is_located() -> None:
    text = json.dumps(DATASET, indent=1)[:-2] + ',\n "x": ' + "9" * 5000 + "\n}"
    [(code, where, message)] = _problems(text)
    assert code == "number-too-long"
    assert where == f"d.json:{text.count(chr(10))}:7"
    assert message.startswith("a number of 5,000 digits")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    return int(info.value.code or 0), capsys.readouterr().err


def test_convert_refuses_what_validate_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "items.json"
    data.write_text("[1, 2, 3]", encoding="utf-8")
    out = tmp_path / "out.json"
    assert _run(capsys, "validate", str(data))[0] == 1
    code, err = _run(capsys, "convert", str(data), "--to", "json", "-o", str(out))
    assert code == 1
    assert f"{data} (nothing written; --force writes what was read): 3 problems" in err
    assert not out.exists()
    assert _run(capsys, "convert", str(data), "--to", "json", "-o", str(out), "--force")[0] == 0
