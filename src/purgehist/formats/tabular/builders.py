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
    width: int,
    groups: Mapping[str, dict[Any, list[tuple[int, int, Any]]]],
    ordered: Callable[[str, Any, list[tuple[int, int, Any]]], tuple[Any, ...]],
    needed: Callable[[type, int, str], Any],
    invalid: Callable[[Exception, int, str], Any],
    rejected: object,
) -> Builder:
    """The builder of *shape*'s records from rows of *width* values.

    :param groups: by table, the children waiting for their owner's key, each as
        ``(position, row, record)``.
    :param ordered: the children of a table for one owner, in position order, from more
        than one entry.
    :param needed: reports that a record lacks a needed column, returns *rejected*.
    :param invalid: reports that the record class refused the values, returns *rejected*.
    :param rejected: what a builder returns for a record it could not build.
    """
    constants: dict[str, Any] = {}
    body = _block(shape, True, "made", groups, constants, [0])
    names = ", ".join(f"x{at}" for at in range(width))
    source = [
        "def build(values, key, number):",
        f"    {names}{',' if width == 1 else ''} = values",
        *(f"    {line}" for line in body),
        "    return made",
        "",
    ]
    env: dict[str, Any] = {
        "_ordered": ordered,
        "_needed": needed,
        "_invalid": invalid,
        "_rejected": rejected,
        **constants,
    }
    exec(_compiled("\n".join(source)), env)
    build: Builder = env.pop("build")  # not kept in its own globals: no reference cycle
    return build


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    return compile(source, "<purgehist record builder>", "exec")


def _block(
    shape: Shape,
    whole: bool,
    target: str,
    groups: Mapping[str, Any],
    constants: dict[str, Any],
    counter: list[int],
) -> list[str]:
    """Lines setting *target* to the record (or, unless *whole*, the part) of *shape*, its
    parts built inline first; ``None`` for a part that is not there. A record that cannot be
    built returns at once what :func:`generated_builder`'s reporters return."""
    me = counter[0]
    counter[0] += 1
    record = f"record{me}"
    constants[record] = shape.record
    defaults = {a.name: a.default for a in attrs.fields(shape.record) if a.init}
    blanks = {name: blank for _, name, blank in shape.blanks}

    def empty(name: str) -> str:
        """The expression standing for an empty *name*."""
        value: Any = blanks[name] if name in blanks else defaults[name]
        if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
            if value.takes_self:
                raise NotImplementedError(f"{shape.record.__name__}.{name}: a default taking self")
            constants[f"factory{me}_{name}"] = value.factory
            return f"factory{me}_{name}()"
        if value is None:
            return "None"
        constants[f"default{me}_{name}"] = value
        return f"default{me}_{name}"

    lines: list[str] = []
    arguments = []
    filled = []
    for at, name in shape.fields:
        blank = empty(name)
        value = f"x{at}"
        filled.append(f"{value} is not None")
        arguments.append(
            f"{name}={value}"
            if blank == "None"
            else f"{name}={value} if {value} is not None else {blank}"
        )
    if shape.marker is not None:
        filled.append(f"x{shape.marker}")
    for name, inner in shape.parts:
        part = f"part{counter[0]}"
        lines += _block(inner, False, part, groups, constants, counter)
        filled.append(f"{part} is not None")
        blank = empty(name)
        arguments.append(
            f"{name}={part}"
            if blank == "None"
            else f"{name}={part} if {part} is not None else {blank}"
        )
    for child in shape.children:
        waiting = f"waiting_{child.table}"
        constants[waiting] = groups[child.table]
        kids = f"kids{me}_{child.field}"
        several = f"_ordered({child.table!r}, key, {kids})"
        lines += [
            f"{kids} = {waiting}.pop(key, None)",
            f"if {kids} is not None:",
            f"    {kids} = ({kids}[0][2],) if len({kids}) == 1 else {several}",
        ]
        filled.append(kids)
        arguments.append(f"{child.field}={kids} or {empty(child.field)}")
    build = []
    for at, column in shape.needed:
        build += [f"if x{at} is None:", f"    return _needed({record}, number, {column!r})"]
    build += [
        "try:",
        f"    {target} = {record}({', '.join(arguments)})",
        "except (ValueError, TypeError) as err:",
        f"    return _invalid(err, number, {shape.anchor!r})",
    ]
    if whole:
        return lines + build
    present = " or ".join(f"({f})" for f in filled) or "False"
    return [
        *lines,
        f"if {present}:",
        *(f"    {line}" for line in build),
        "else:",
        f"    {target} = None",
    ]
