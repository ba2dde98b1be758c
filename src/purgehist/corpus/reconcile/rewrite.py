"""Ids and references of any record, found and rewritten as the tabular layout declares them.

Which fields hold ids (a record's own, a paragraph's) and which hold references (an evidence's
source, a claim's anchor, a provenance's document) is read from the binding of
:mod:`purgehist.formats.tabular.layout`, so that a record type or field added there is
rewritten with no change here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs
from attrs import frozen

from purgehist.formats.tabular.binding import Child, Column, ColumnKind, Part, children_of
from purgehist.formats.tabular.layout import TABLE_BY_NAME, TABLES

__all__ = ["RECORD_TABLES", "defined_ids", "rewrite"]

RECORD_TABLES: tuple[str, ...] = tuple(
    table.name for table in TABLES if not table.owners and not table.single_row
)
"""The tables of the dataset's collections (actors, events, claims…), in layout order."""

_ID, _REF, _REFS, _PART, _CHILD = range(5)
_KINDS = {ColumnKind.ID: _ID, ColumnKind.REF: _REF, ColumnKind.REFS: _REFS}


@frozen
class _Step:
    kind: int
    field: str
    inner: tuple[_Step, ...] | str = ()
    """A part's steps, or a child table's name."""


def _holds_ids(table: str, seen: frozenset[str] = frozenset()) -> bool:
    """Whether rows of *table*, or anything they hold, have id or reference columns."""
    layout = TABLE_BY_NAME[table]
    if any(c.field is not None and c.kind in _KINDS for c in layout.columns):
        return True
    linked = [child.table for _, child in children_of(layout) if child.table not in seen]
    return any(_holds_ids(t, seen | {table}) for t in linked)


def _steps(items: tuple[Column | Part, ...], children: tuple[Child, ...]) -> tuple[_Step, ...]:
    steps: list[_Step] = []
    for item in items:
        if isinstance(item, Part):
            inner = _steps(item.items, item.children)
            if inner:
                steps.append(_Step(_PART, item.field, inner))
        elif item.field is not None and item.kind in _KINDS:
            steps.append(_Step(_KINDS[item.kind], item.field))
    steps += [_Step(_CHILD, c.field, c.table) for c in children if _holds_ids(c.table)]
    return tuple(steps)


_PLANS: dict[str, tuple[_Step, ...]] = {}


def _plan(table: str) -> tuple[_Step, ...]:
    plan = _PLANS.get(table)
    if plan is None:
        layout = TABLE_BY_NAME[table]
        plan = _PLANS[table] = _steps(layout.items, layout.children)
    return plan


def _run(steps: tuple[_Step, ...], obj: Any, change: Callable[[str], str]) -> Any:
    changes: dict[str, Any] = {}
    for step in steps:
        value = getattr(obj, step.field)
        if value is None:
            continue
        new: Any
        if step.kind == _ID or step.kind == _REF:
            new = change(value)
        elif step.kind == _REFS:
            new = tuple([change(v) for v in value])
        elif step.kind == _PART:
            assert isinstance(step.inner, tuple)
            new = _run(step.inner, value, change)
        else:
            assert isinstance(step.inner, str)
            inner = _plan(step.inner)
            new = tuple([_run(inner, item, change) for item in value])
        if new != value:
            changes[step.field] = new
    return attrs.evolve(obj, **changes) if changes else obj


def rewrite(table: str, record: Any, change: Callable[[str], str]) -> Any:
    """*record* (a row of *table*: ``"sources"``, ``"claims"``…) with every id and reference
    in it, at any depth, replaced by ``change(id)``; the same object when nothing changes."""
    return _run(_plan(table), record, change)


def _walk(steps: tuple[_Step, ...], obj: Any) -> Iterator[str]:
    for step in steps:
        value = getattr(obj, step.field)
        if value is None:
            continue
        if step.kind == _ID:
            yield value
        elif step.kind == _PART:
            assert isinstance(step.inner, tuple)
            yield from _walk(step.inner, value)
        elif step.kind == _CHILD:
            assert isinstance(step.inner, str)
            for item in value:
                yield from _walk(_plan(step.inner), item)


def defined_ids(table: str, record: Any) -> Iterator[str]:
    """The ids *record* defines: its own, and those of what it holds (a document's
    paragraphs and divisions)."""
    return _walk(_plan(table), record)
