"""Undo a merge of the log, or make one a person decided (a near miss judged the same)."""

from __future__ import annotations

from typing import Any

import attrs

from purgehist.corpus.reconcile.log import MergeLog, MergeRecord
from purgehist.corpus.reconcile.rewrite import RECORD_TABLES, rewrite
from purgehist.errors import UsageError
from purgehist.model import Actor, Source
from purgehist.model.dataset import Dataset

__all__ = ["merge_records", "unmerge"]

_TABLES = {"source": "sources", "actor": "actors"}


def _without(kept: Any, merge: MergeRecord) -> Any:
    changes: dict[str, Any] = {}
    if merge.added_identifiers:
        changes["identifiers"] = tuple(
            i for i in kept.identifiers if i not in merge.added_identifiers
        )
    if merge.added_variants and isinstance(kept, Actor):
        changes["variants"] = tuple(v for v in kept.variants if v not in merge.added_variants)
    return attrs.evolve(kept, **changes) if changes else kept


def unmerge(dataset: Dataset, log: MergeLog, absorbed: str) -> tuple[Dataset, MergeLog]:
    """Undo the merge that absorbed the record now logged as *absorbed*: the record is back
    (under that id), the records that cited it cite it again, and what the kept record took
    from it is taken away.

    :raises UsageError: the log has no such merge.
    """
    found = [m for m in log.merges if m.absorbed == absorbed]
    if not found:
        msg = f"the merge log has no merge that absorbed {absorbed!r}"
        raise UsageError(msg)
    merge = found[0]
    redirected = set(merge.redirected)

    def back(value: str) -> str:
        return merge.absorbed if value == merge.kept else value

    changes: dict[str, tuple[Any, ...]] = {}
    for table in RECORD_TABLES:
        rows = []
        for record in getattr(dataset, table):
            if record.id == merge.kept:
                record = _without(record, merge)
            elif record.id in redirected:
                record = attrs.evolve(rewrite(table, record, back), id=record.id)
            rows.append(record)
        if table == _TABLES[merge.kind]:
            rows.append(merge.record)
        changes[table] = tuple(rows)
    rest = tuple(m for m in log.merges if m is not merge)
    return dataset.replace(**changes), attrs.evolve(log, merges=rest)


def merge_records(
    dataset: Dataset, log: MergeLog, kept: str, absorbed: str, *, key: str = "by hand"
) -> tuple[Dataset, MergeLog]:
    """Merge the source or actor *absorbed* into *kept* (a near miss a person judged one):
    every reference to it, anywhere in the corpus, now points to *kept*; the merge is logged
    and can be undone with :func:`unmerge`.

    :raises UsageError: the two are not both sources or both actors of *dataset*.
    """
    one, other = dataset.get(kept), dataset.get(absorbed)
    kinds = {Source: "source", Actor: "actor"}
    if type(one) not in kinds or type(one) is not type(other) or kept == absorbed:
        msg = f"{kept!r} and {absorbed!r} are not two sources or two actors of the dataset"
        raise UsageError(msg)
    from purgehist.corpus.merge import enrich

    assert isinstance(one, Source | Actor)
    assert isinstance(other, Source | Actor)
    kind = kinds[type(one)]
    enriched, identifiers, variants = enrich(one, other)

    def to_kept(value: str) -> str:
        return kept if value == absorbed else value

    redirected: list[str] = []
    changes: dict[str, tuple[Any, ...]] = {}
    for table in RECORD_TABLES:
        rows = []
        for record in getattr(dataset, table):
            if record.id == absorbed:
                continue
            new = enriched if record.id == kept else rewrite(table, record, to_kept)
            if new is not record and record.id != kept:
                redirected.append(record.id)
            rows.append(new)
        changes[table] = tuple(rows)
    merge = MergeRecord(
        kind=kind,
        kept=kept,
        absorbed=absorbed,
        original_id=absorbed,
        document="",
        key=key,
        score=100.0,
        record=other,
        redirected=redirected,
        added_identifiers=identifiers,
        added_variants=variants,
    )
    near = tuple(n for n in log.near_misses if {n.corpus, n.candidate} != {kept, absorbed})
    merged_log = attrs.evolve(log, merges=(*log.merges, merge), near_misses=near)
    return dataset.replace(**changes), merged_log
