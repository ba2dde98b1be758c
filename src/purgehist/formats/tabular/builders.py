"""Record builders generated for one table: a row's converted values in, its record out.

A builder is the source of one function per record class and part, written once from the
table's binding: it calls the record class with every field it binds, an empty value
replaced by the field's default (what the class would use for a missing argument, so the
class's converters and validators see the same values), its parts built by their own
functions and its children taken from those waiting for the row's key.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

import attrs
from attrs import define

from purgehist.formats.tabular.binding import Child

__all__ = ["Builder", "Shape", "generated_builder"]

Builder = Callable[[list[Any], Any, int], Any]
"""Builds the record of row *number* from its *values*, with the children waiting for *key*."""


@define
class Shape:
    """How to build one record, or one part of it, from a row's values (value indexes)."""

    record: type
    anchor: str
    fields: list[tuple[int, str]]
    blanks: list[tuple[int, str, str | None]]
    """Fields without a default, and what an empty cell gives them: the empty text, or
    ``None`` for the model to refuse."""
    parts: list[tuple[str, Shape]]
    children: tuple[Child, ...]
    marker: int | None
    needed: list[tuple[int, str]]


def generated_builder(
    shape: Shape,
    groups: Mapping[str, dict[Any, list[tuple[int, int, Any]]]],
    ordered: Callable[[str, Any, list[tuple[int, int, Any]]], tuple[Any, ...]],
    needed: Callable[[type, int, str], Any],
    invalid: Callable[[Exception, int, str], Any],
    rejected: object,
) -> Builder:
    """The builder of *shape*'s records.

    :param groups: by table, the children waiting for their owner's key, each as
        ``(position, row, record)``.
    :param ordered: the children of a table for one owner, in position order, from more
        than one entry.
    :param needed: reports that a record lacks a needed column, returns *rejected*.
    :param invalid: reports that the record class refused the values, returns *rejected*.
    :param rejected: what a builder returns for a record it could not build.
    """
    functions: list[str] = []
    constants: dict[str, Any] = {}
    _write(shape, True, groups, functions, constants)
    env: dict[str, Any] = {
        "_ordered": ordered,
        "_needed": needed,
        "_invalid": invalid,
        "_rejected": rejected,
        **constants,
    }
    exec(_compiled("\n".join(functions)), env)
    build: Builder = env["build0"]
    return build


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    return compile(source, "<purgehist record builder>", "exec")


def _write(
    shape: Shape,
    whole: bool,
    groups: Mapping[str, Any],
    functions: list[str],
    constants: dict[str, Any],
) -> str:
    """Write the function building *shape* (and those of its parts); return its name."""
    me = f"build{len(functions)}"
    functions.append("")  # this function's place, before its parts'
    record = f"record_{me}"
    constants[record] = shape.record
    defaults = {a.name: a.default for a in attrs.fields(shape.record) if a.init}
    blanks = {name: blank for _, name, blank in shape.blanks}

    def empty(name: str) -> str | None:
        """The expression standing for an empty *name*, ``None`` when it is ``None``."""
        value: Any = blanks[name] if name in blanks else defaults[name]
        if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
            if value.takes_self:
                raise NotImplementedError(f"{shape.record.__name__}.{name}: a default taking self")
            constants[f"factory_{me}_{name}"] = value.factory
            return f"factory_{me}_{name}()"
        if value is None:
            return None
        constants[f"default_{me}_{name}"] = value
        return f"default_{me}_{name}"

    body = [f"def {me}(values, key, number):"]
    arguments = []
    for k, (at, name) in enumerate(shape.fields):
        body.append(f"    f{k} = values[{at}]")
        blank = empty(name)
        arguments.append(
            f"{name}=f{k}" if blank is None else f"{name}=f{k} if f{k} is not None else {blank}"
        )
    if not whole:
        filled = [f"f{k} is not None" for k in range(len(shape.fields))]
        if shape.marker is not None:
            filled.append(f"bool(values[{shape.marker}])")
        body.append(f"    present = {' or '.join(filled) or 'False'}")
    for k, (name, inner) in enumerate(shape.parts):
        function = _write(inner, False, groups, functions, constants)
        body += [
            f"    p{k} = {function}(values, key, number)",
            f"    if p{k} is _rejected:",
            "        return _rejected",
        ]
        if not whole:
            body += [f"    if p{k} is not None:", "        present = True"]
        blank = empty(name)
        arguments.append(
            f"{name}=p{k}" if blank is None else f"{name}=p{k} if p{k} is not None else {blank}"
        )
    for k, child in enumerate(shape.children):
        waiting = f"waiting_{child.table}"
        constants[waiting] = groups[child.table]
        several = f"_ordered({child.table!r}, key, c{k})"
        body += [
            f"    c{k} = {waiting}.pop(key, None)",
            f"    if c{k} is not None:",
            f"        c{k} = (c{k}[0][2],) if len(c{k}) == 1 else {several}",
        ]
        if not whole:
            body += [f"    if c{k}:", "        present = True"]
        blank = empty(child.field)
        arguments.append(f"{child.field}=c{k} or {blank}")
    if not whole:
        body += ["    if not present:", "        return None"]
    for at, column in shape.needed:
        body += [
            f"    if values[{at}] is None:",
            f"        return _needed({record}, number, {column!r})",
        ]
    body += [
        "    try:",
        f"        return {record}({', '.join(arguments)})",
        "    except (ValueError, TypeError) as err:",
        f"        return _invalid(err, number, {shape.anchor!r})",
        "",
    ]
    functions[int(me[5:])] = "\n".join(body)
    return me
