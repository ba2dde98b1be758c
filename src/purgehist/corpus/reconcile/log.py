"""The merge log: every merge (which records, on which key, with which score), enough to undo
it, and the near misses left for a person to decide."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs
from attrs import field, frozen

from purgehist.model import Actor, Identifier, NameVariant, Source
from purgehist.model.common import tuple_of

__all__ = ["LOG_VERSION", "MergeLog", "MergeRecord", "NearMiss"]

LOG_VERSION = 1

_KINDS: dict[str, type] = {"source": Source, "actor": Actor}
_PLAIN = ("kind", "kept", "absorbed", "original_id", "document", "key", "score")


@frozen(kw_only=True)
class MergeRecord:
    """One record merged into another: *absorbed* (kept here whole, under the id it gets back
    when the merge is undone) into *kept*."""

    kind: str
    """``source`` or ``actor``."""
    kept: str
    absorbed: str
    """The id the absorbed record has in this log (and gets back when the merge is undone)."""
    original_id: str
    """Its id in the document it came from."""
    document: str
    key: str
    """What matched: ``doi:10.2307/411200``, ``title+creator+year``, ``name``…"""
    score: float
    record: Source | Actor
    redirected: tuple[str, ...] = field(default=(), converter=tuple_of)
    """Ids of the records whose references were turned from the absorbed record to *kept*."""
    added_identifiers: tuple[Identifier, ...] = field(default=(), converter=tuple_of)
    """Identifiers of the absorbed record that *kept* took over."""
    added_variants: tuple[NameVariant, ...] = field(default=(), converter=tuple_of)
    """Names of the absorbed actor that *kept* took over as variants."""


@frozen(kw_only=True)
class NearMiss:
    """Two records that may be one, below the threshold of a merge: for a person to decide
    (:func:`purgehist.corpus.reconcile.undo.merge_records` merges them)."""

    kind: str
    corpus: str
    """The record already in the corpus."""
    candidate: str
    """The record that was added beside it, not merged."""
    document: str
    key: str
    score: float
    reason: str


@cache
def _converter() -> Any:
    from purgehist.formats.json.converter import make_converter

    return make_converter()


@frozen(kw_only=True)
class MergeLog:
    """The merges and near misses of a corpus."""

    merges: tuple[MergeRecord, ...] = field(default=(), converter=tuple_of)
    near_misses: tuple[NearMiss, ...] = field(default=(), converter=tuple_of)

    def to_json(self) -> dict[str, Any]:
        """The log as JSON data."""
        convert = _converter()
        merges = []
        for merge in self.merges:
            data = convert.unstructure(merge)
            data["record"] = convert.unstructure(merge.record)
            merges.append(data)
        return {
            "version": LOG_VERSION,
            "merges": merges,
            "near_misses": [attrs.asdict(n) for n in self.near_misses],
        }

    def dumps(self) -> str:
        """The log as JSON text."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MergeLog:
        """A log read back from :meth:`to_json`'s data."""
        convert = _converter()
        merges = []
        for item in data.get("merges", ()):
            merges.append(
                MergeRecord(
                    **{name: item[name] for name in _PLAIN},
                    record=convert.structure(item["record"], _KINDS[item["kind"]]),
                    redirected=item.get("redirected", ()),
                    added_identifiers=convert.structure(
                        item.get("added_identifiers", []), tuple[Identifier, ...]
                    ),
                    added_variants=convert.structure(
                        item.get("added_variants", []), tuple[NameVariant, ...]
                    ),
                )
            )
        near = [NearMiss(**item) for item in data.get("near_misses", ())]
        return cls(merges=merges, near_misses=near)

    @classmethod
    def loads(cls, text: str | bytes) -> MergeLog:
        """A log read back from :meth:`dumps`'s text."""
        return cls.from_json(json.loads(text))
