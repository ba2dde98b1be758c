"""Reconciliation scored on the gold set (see README.md): the same works, written differently
in the bibliographies of different books, against works that are only alike."""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from purgehist import Creator, Dataset, Identifier, Source
from purgehist.corpus.merge import CorpusMerger
from purgehist.corpus.reconcile.keys import year_of

HERE = Path(__file__).resolve().parent


def _records() -> list[dict[str, Any]]:
    lines = (HERE / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _pairs() -> list[dict[str, str]]:
    with (HERE / "pairs.csv").open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def _source(n: int, record: dict[str, Any], *, identifiers: bool) -> Source:
    year = year_of(record.get("date"))
    ids = [Identifier(scheme=s, value=record[s]) for s in ("doi", "isbn") if record.get(s)]
    return Source(
        id=f"s{n}",
        title=record["title"] or "untitled",
        creators=[Creator(name=c, role=record.get("role", "author")) for c in record["creators"]],
        date=None if year is None else f"{year:04}",
        container=record.get("container"),
        identifiers=ids if identifiers else (),
    )


def clusters(records: list[dict[str, Any]], *, identifiers: bool) -> dict[str, str]:
    """Record id → the corpus source it ended in, each book merged as one document."""
    books: dict[str, list[tuple[str, Source]]] = defaultdict(list)
    for n, record in enumerate(records):
        book = record["id"].split(":", 1)[0]
        books[book].append((record["id"], _source(n, record, identifiers=identifiers)))
    merger = CorpusMerger()
    for book, sources in sorted(books.items()):
        merger.add(Dataset(sources=[s for _, s in sources]), document=book)
    _, log = merger.result()
    kept = {(m.document, m.original_id): m.kept for m in log.merges}
    return {
        rid: kept.get((book, source.id), source.id)
        for book, sources in books.items()
        for rid, source in sources
    }


def score(found: dict[str, str], pairs: list[dict[str, str]]) -> dict[str, Any]:
    """Precision, recall and the counts by kind of pair."""
    tp = fp = fn = 0
    by_kind: Counter[tuple[str, bool]] = Counter()
    for pair in pairs:
        same = pair["label"] == "same"
        merged = found[pair["a"]] == found[pair["b"]]
        by_kind[(pair["kind"], merged)] += 1
        tp += same and merged
        fp += merged and not same
        fn += same and not merged
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "by_kind": dict(sorted(by_kind.items())),
    }


@pytest.fixture(scope="module")
def gold() -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    return _records(), _pairs()


def test_the_gold_set_is_big_enough(
    gold: tuple[list[dict[str, Any]], list[dict[str, str]]],
) -> None:
    _, pairs = gold
    kinds = Counter((p["label"], p["kind"]) for p in pairs)
    assert sum(n for (label, _), n in kinds.items() if label == "same") >= 300
    assert {k for label, k in kinds if label == "different"} >= {
        "same-author-other-work",
        "similar-title",
        "similar-title-other-authors",
        "edition",
    }


def test_titles_creators_and_years_alone(
    gold: tuple[list[dict[str, Any]], list[dict[str, str]]],
) -> None:
    records, pairs = gold
    result = score(clusters(records, identifiers=False), pairs)
    print(json.dumps({k: v for k, v in result.items() if k != "by_kind"}))
    for (kind, merged), n in result["by_kind"].items():
        print(f"  {kind:32} {'merged' if merged else 'apart':6} {n}")
    assert result["precision"] >= 0.99
    assert result["recall"] >= 0.95


def test_identifiers_merge_what_titles_do_not(
    gold: tuple[list[dict[str, Any]], list[dict[str, str]]],
) -> None:
    records, pairs = gold
    found = clusters(records, identifiers=True)
    for pair in pairs:
        if pair["basis"] in ("doi", "isbn"):
            assert found[pair["a"]] == found[pair["b"]], pair
