"""The merged corpus, built one document at a time: each document's ids made unique, its
sources and actors reconciled with those already in the corpus, every merge logged.

Adding a document costs in proportion to its size (and the few corpus records each of its
sources and actors is compared with), so that merging k documents costs O(total), not
O(k·total); only the merged records and the indexes are kept, never the documents as read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

import attrs

from purgehist.corpus.reconcile.actors import ActorIndex
from purgehist.corpus.reconcile.keys import identifier_keys
from purgehist.corpus.reconcile.log import MergeLog, MergeRecord, NearMiss
from purgehist.corpus.reconcile.rewrite import RECORD_TABLES, defined_ids, rewrite
from purgehist.corpus.reconcile.sources import SourceIndex, Verdict, profile
from purgehist.model import Actor, NameVariant, slug
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.ids import IdPool
from purgehist.names import name_key

__all__ = ["CorpusMerger", "enrich"]

_KIND = {"sources": "source", "actors": "actor"}


def enrich(kept: Any, absorbed: Any) -> tuple[Any, tuple[Any, ...], tuple[NameVariant, ...]]:
    """*kept* with the identifiers (and, for actors, the names) of *absorbed* it lacks, and
    what was added."""
    known = set(identifier_keys(kept.identifiers))
    identifiers = tuple(i for i in absorbed.identifiers if set(identifier_keys([i])) - known)
    variants: tuple[NameVariant, ...] = ()
    changes: dict[str, Any] = {}
    if identifiers:
        changes["identifiers"] = (*kept.identifiers, *identifiers)
    if isinstance(kept, Actor):
        names = {name_key(n) for n in kept.all_names()}
        fresh = []
        for variant in (NameVariant(name=absorbed.name), *absorbed.variants):
            if (key := name_key(variant.name)) and key not in names:
                names.add(key)
                fresh.append(variant)
        variants = tuple(fresh)
        if variants:
            changes["variants"] = (*kept.variants, *variants)
    return (attrs.evolve(kept, **changes) if changes else kept), identifiers, variants


class CorpusMerger:
    """Merge documents' datasets into one corpus, reconciling their sources and actors."""

    def __init__(self, *, metadata: Metadata | None = None, reconcile: bool = True) -> None:
        self.metadata = metadata or Metadata(title="Corpus")
        self.reconcile = reconcile
        self._records: dict[str, list[Any]] = {table: [] for table in RECORD_TABLES}
        self._where: dict[str, int] = {}
        """Position of each corpus source and actor in its list."""
        self._ids = IdPool()
        self._indexes: dict[str, Any] = {"sources": SourceIndex(), "actors": ActorIndex()}
        self._merges: list[MergeRecord] = []
        self._near: list[NearMiss] = []

    def _verdicts(self, dataset: Dataset) -> dict[str, tuple[str, Verdict]]:
        """Old id → (table, verdict) for each source and actor that matches the corpus; near
        misses are noted."""
        found: dict[str, tuple[str, Verdict]] = {}
        for table in ("actors", "sources"):
            index = self._indexes[table]
            taken: set[str] = set()
            for record in getattr(dataset, table):
                keys = profile(record) if table == "sources" else record
                verdict = index.match(keys, taken=taken)
                if verdict is None:
                    continue
                found[record.id] = (table, verdict)
                if verdict.merge:
                    taken.add(verdict.target)
        return found

    def add(self, dataset: Dataset, document: str) -> None:
        """Add the records of *dataset*, read from the document named *document*."""
        verdicts = self._verdicts(dataset) if self.reconcile else {}
        merged = {old: v for old, (_, v) in verdicts.items() if v.merge}
        prefix = slug(document, max_length=40)
        mapping: dict[str, str] = {}
        for table in RECORD_TABLES:
            for record in getattr(dataset, table):
                if record.id in merged:
                    mapping[record.id] = merged[record.id].target
                    continue
                for old in defined_ids(table, record):
                    if old not in mapping:
                        base = old if old not in self._ids.taken else f"{prefix}.{old}"
                        mapping[old] = self._ids.claim(base)
        redirected: dict[str, list[str]] = defaultdict(list)
        absorbed: list[tuple[str, str, Any]] = []
        for table in RECORD_TABLES:
            rows = self._records[table]
            for record in getattr(dataset, table):
                hits: set[str] = set()
                new = rewrite(table, record, _changer(mapping, merged, hits, record.id))
                if record.id in merged:
                    absorbed.append((table, record.id, new))
                    continue
                for old in hits:
                    redirected[old].append(new.id)
                if table in self._indexes:
                    self._where[new.id] = len(rows)
                rows.append(new)
        for table, old, new in absorbed:
            self._absorb(table, old, new, merged[old], document, redirected.get(old, []))
        for old, (table, verdict) in verdicts.items():
            if not verdict.merge:
                self._near.append(
                    NearMiss(
                        kind=_KIND[table],
                        corpus=verdict.target,
                        candidate=mapping[old],
                        document=document,
                        key=verdict.key,
                        score=verdict.score,
                        reason=verdict.reason,
                    )
                )
        for table, index in self._indexes.items():
            for record in getattr(dataset, table):
                if record.id not in merged:
                    new_id = mapping[record.id]
                    row = self._records[table][self._where[new_id]]
                    index.add(new_id, profile(row) if table == "sources" else row)

    def _absorb(
        self,
        table: str,
        old: str,
        record: Any,
        verdict: Verdict,
        document: str,
        redirected: list[str],
    ) -> None:
        rows = self._records[table]
        at = self._where[verdict.target]
        kept, identifiers, variants = enrich(rows[at], record)
        rows[at] = kept
        reserved = self._ids.claim(f"{verdict.target}.{slug(document, max_length=40)}")
        self._merges.append(
            MergeRecord(
                kind=_KIND[table],
                kept=verdict.target,
                absorbed=reserved,
                original_id=old,
                document=document,
                key=verdict.key,
                score=verdict.score,
                record=attrs.evolve(record, id=reserved),
                redirected=redirected,
                added_identifiers=identifiers,
                added_variants=variants,
            )
        )
        self._indexes[table].add(verdict.target, profile(record) if table == "sources" else record)

    def result(self) -> tuple[Dataset, MergeLog]:
        """The merged corpus and its merge log."""
        dataset = Dataset(
            metadata=self.metadata,
            **{table: tuple(rows) for table, rows in self._records.items()},
        )
        return dataset, MergeLog(merges=self._merges, near_misses=self._near)


def _changer(
    mapping: dict[str, str], merged: dict[str, Verdict], hits: set[str], own: str
) -> Callable[[str], str]:
    def change(value: str) -> str:
        if value in merged and value != own:
            hits.add(value)
        return mapping.get(value, value)

    return change
