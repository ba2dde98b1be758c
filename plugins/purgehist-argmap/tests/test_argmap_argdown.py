"""The argdown exporter: parsed back by a small parser here, and by @argdown/cli when present."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import purgehist_argmap
import pytest
from argmap_data import NASTY_TEXT, small_dataset

import purgehist
from purgehist import Dataset, RelationType, Stance
from purgehist.plugins import sdk

_STATEMENT = re.compile(r"\[(?P<title>[^\]]+)\]: (?P<body>.*?)(?: (?P<data>\{[^{}]*\}))?")
_RELATION = re.compile(r"  (?P<symbol>\+>|->) \[(?P<target>[^\]]+)\]")
_TAG = re.compile(r" #(?:\((?P<long>[^)]*)\)|(?P<short>[A-Za-z0-9_-]+))$")
_UNESCAPE = re.compile(r"\\(.)")
_SYMBOLS = {"+>": "supports", "->": "contradicts"}


def _export(dataset: Dataset) -> tuple[str, sdk.ExportResult]:
    stream = io.BytesIO()
    report = purgehist_argmap.write_argdown(dataset, stream)
    return stream.getvalue().decode("utf-8"), report


def _parse(text: str) -> tuple[dict[str, dict[str, Any]], Counter[tuple[str, str, str]]]:
    """Statements (text, tags, data) by title, and (source, relation, target) triples."""
    lines = text.splitlines()
    assert lines[0] == lines[2] == "==="
    statements: dict[str, dict[str, Any]] = {}
    relations: Counter[tuple[str, str, str]] = Counter()
    current = ""
    for number, line in enumerate(lines[3:], start=4):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if match := _STATEMENT.fullmatch(line):
            body, tags = match["body"], []
            while found := _TAG.search(body):
                tags.insert(0, found["long"] or found["short"])
                body = body[: found.start()]
            data = json.loads(match["data"]) if match["data"] else {}
            current = match["title"]
            statements[current] = {"text": _UNESCAPE.sub(r"\1", body), "tags": tags, "data": data}
        elif match := _RELATION.fullmatch(line):
            relations[(current, _SYMBOLS[match["symbol"]], match["target"])] += 1
        else:
            pytest.fail(f"line {number} is neither a statement nor a relation: {line!r}")
    return statements, relations


def _expected_relations(dataset: Dataset) -> Counter[tuple[str, str, str]]:
    return Counter(
        (claim.id, relation.type.value, relation.target)
        for claim in dataset.claims
        for relation in claim.relations
        if relation.type != RelationType.REFINES
    )


def _expected_data(dataset: Dataset) -> dict[str, dict[str, list[str]]]:
    return {
        claim.id: {
            stance.value: [a.actor for a in claim.attributions if a.stance == stance]
            for stance in Stance
            if any(a.stance == stance for a in claim.attributions)
        }
        for claim in dataset.claims
    }


@pytest.mark.parametrize(
    "dataset", [small_dataset(), purgehist.example_dataset()], ids=["small", "example"]
)
def test_statements_and_relations_match_the_dataset(dataset: Dataset) -> None:
    text, report = _export(dataset)
    statements, relations = _parse(text)
    assert list(statements) == [claim.id for claim in dataset.claims]
    for claim in dataset.claims:
        assert statements[claim.id]["text"] == " ".join(claim.text.split())
        assert statements[claim.id]["tags"] == list(claim.tags)
    assert {k: v["data"] for k, v in statements.items()} == _expected_data(dataset)
    assert relations == _expected_relations(dataset)
    assert report.counts == {"statements": len(dataset.claims), "relations": relations.total()}


def test_small_dataset_text_and_warnings() -> None:
    text, report = _export(small_dataset())
    statements, _ = _parse(text)
    assert statements["claim_c"]["text"] == " ".join(NASTY_TEXT.split())
    assert statements["claim_a"]["tags"] == ["causes", "two words"]
    assert "#causes #(two words)" in text
    assert "// asserts: Robert Conquest (1968)\n// disputes: J. Arch Getty (1985)\n" in text
    assert "  // refines [claim_b]\n" in text
    assert [(w.code, w.location) for w in report.warnings] == [
        ("argdown-relation-as-comment", "$.claims[3].relations[0]")
    ]
    assert text.startswith('===\ntitle: "Small \\"argument\\" test"\n===\n')


def test_escape_and_tag() -> None:
    assert purgehist_argmap.argdown.escape("a [b] <c> *d* _e_ #f @g {h} // i /* j */ \\") == (
        r"a \[b\] \<c\> \*d\* \_e\_ \#f \@g \{h\} \// i \/\* j \*/ \\"
    )
    assert purgehist_argmap.argdown.escape("two\n\n lines") == "two lines"
    assert purgehist_argmap.argdown.tag("plenum") == "#plenum"
    assert purgehist_argmap.argdown.tag("show (trial)") == "#(show trial)"


def test_dangling_relation_is_left_out() -> None:
    small = small_dataset()
    claim = small.claims[0]
    broken = claim.__class__(
        id="claim_broken",
        text="Broken.",
        attributions=claim.attributions,
        relations=[purgehist.ClaimRelation(type=RelationType.SUPPORTS, target="claim_nowhere")],
    )
    text, report = _export(small.replace(claims=(*small.claims, broken)))
    _, relations = _parse(text)
    assert ("claim_broken", "supports", "claim_nowhere") not in relations
    assert ("argdown-left-out", "$.claims[4].relations[0].target") in {
        (w.code, w.location) for w in report.warnings
    }


@pytest.mark.parametrize(
    "dataset", [small_dataset(), purgehist.example_dataset()], ids=["small", "example"]
)
def test_argdown_cli_reads_the_output(dataset: Dataset, tmp_path: Path) -> None:
    argdown = shutil.which("argdown")
    if argdown is None:
        pytest.skip("the argdown command (npm install -g @argdown/cli) is not installed")
    source = tmp_path / "map.argdown"
    source.write_text(_export(dataset)[0], encoding="utf-8")
    result = subprocess.run(
        [argdown, "json", str(source), str(tmp_path)], capture_output=True, text=True, check=False
    )
    output = tmp_path / "map.json"
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.is_file(), result.stdout + result.stderr
    parsed = json.loads(output.read_text(encoding="utf-8"))
    assert set(parsed["statements"]) == {claim.id for claim in dataset.claims}
    kinds = {"support": "supports", "attack": "contradicts"}
    relations = Counter((r["from"], kinds[r["relationType"]], r["to"]) for r in parsed["relations"])
    assert relations == _expected_relations(dataset)
    data = {title: s.get("data", {}) for title, s in parsed["statements"].items()}
    assert data == _expected_data(dataset)
    for claim in dataset.claims:
        assert parsed["statements"][claim.id].get("tags", []) == list(claim.tags)
