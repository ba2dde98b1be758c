"""Record builders generated for one table: a row's converted values in, its record out.

A builder is the source of one function per record class and part, written once from the
table's binding: it makes the record from every field it binds, an empty value replaced by
the field's default (what the class would use for a missing argument, so the class's
converters and validators see the same values), its parts built by their own functions and
its children taken from those waiting for the row's key. A plain attrs class is not called:
its ``__init__`` is written out inline (the keyword call was a large part of building a
record).
"""

from __future__ import annotations

import enum
import functools
import types
from collections.abc import Callable, Mapping
from typing import Any

import attrs
from attrs import Factory, define

from purgehist.formats.tabular.binding import Child
from purgehist.model.claims import _claimant
from purgehist.model.common import (
    EDTF_VALIDATOR_CODE,
    OPTIONAL_VALIDATOR,
    non_empty,
    optional_text,
    tuple_of,
)
from purgehist.model.ids import ncname_validator, optional_ncname_validator

__all__ = ["Builder", "Shape", "generated_builder"]

_NCNAME_VALIDATORS = (ncname_validator, optional_ncname_validator, _claimant)
"""Validators that pass every NCName (a claimant's also passes the empty text)."""

_SPELLED_OUT: dict[object, str] = {
    tuple_of: "{v} if type({v}) is tuple else {convert}({v})",
    optional_text().converter: "None if {v} == '' else {v}",
}
"""Converters whose whole work is written inline (``{v}`` the value, ``{convert}`` the
converter): a tuple is stored as it is, the empty text as ``None``."""

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
    ids: dict[str, int] = Factory(dict)
    """Fields read from an id or reference column, with their value's index: a value there
    is ``None`` or an NCName, as the column's reader checked."""
    dates: dict[str, int] = Factory(dict)
    """Fields read from an EDTF column, with their value's index: a value there is ``None``
    or a date the column's reader parsed."""


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
                # no record class has one; a new one must be built through its class
                msg = f"{shape.record.__name__}.{name}: a builder cannot fill a default taking self"
                raise TypeError(msg)
            constants[f"factory{me}_{name}"] = value.factory
            return f"factory{me}_{name}()"
        if value is None:
            return "None"
        constants[f"default{me}_{name}"] = value
        return f"default{me}_{name}"

    lines: list[str] = []
    arguments: list[tuple[str, str]] = []
    filled = []
    for at, name in shape.fields:
        blank = empty(name)
        value = f"x{at}"
        filled.append(f"{value} is not None")
        arguments.append(
            (name, value if blank == "None" else f"{value} if {value} is not None else {blank}")
        )
    if shape.marker is not None:
        filled.append(f"x{shape.marker}")
    for name, inner in shape.parts:
        part = f"part{counter[0]}"
        lines += _block(inner, False, part, groups, constants, counter)
        filled.append(f"{part} is not None")
        blank = empty(name)
        arguments.append(
            (name, part if blank == "None" else f"{part} if {part} is not None else {blank}")
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
        arguments.append((child.field, f"{kids} or {empty(child.field)}"))
    build = []
    for at, column in shape.needed:
        build += [f"if x{at} is None:", f"    return _needed({record}, number, {column!r})"]
    given = dict(arguments)
    construct = _inline(shape, target, given, empty, constants, me)
    if construct is None:
        call = ", ".join(f"{name}={value}" for name, value in arguments)
        construct = [f"{target} = {record}({call})"]
    build += [
        "try:",
        *(f"    {line}" for line in construct),
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


def _inline(
    shape: Shape,
    target: str,
    given: dict[str, str],
    empty: Callable[[str], str],
    constants: dict[str, Any],
    me: int,
) -> list[str] | None:
    """Lines doing what *record*'s attrs ``__init__`` does with the *given* arguments (field
    name → expression), without the call: each field set, through its converter, in field
    order, the missing ones to their default, then the validators in field order. ``None``
    when the class does more than that (hooks, fields outside ``__init__``, converters
    wanting the instance) or lacks an argument, so that it is called instead.

    A slot is set through its own descriptor, which ``object.__setattr__`` would look up by
    name. A converter of :data:`_SPELLED_OUT` is written out. An enumeration converter's
    member is looked up in the class's own map of values without the call (a value not there
    goes to the call, for its message). Validators are run as :func:`_validation` says."""
    record = shape.record
    fields = attrs.fields(record)
    if (
        not attrs.has(record)
        or "__slots__" not in record.__dict__
        or hasattr(record, "__attrs_pre_init__")
        or hasattr(record, "__attrs_post_init__")
        or any(not a.init or a.alias != a.name for a in fields)
        or any(isinstance(a.converter, attrs.Converter) for a in fields)
        or any(a.default is attrs.NOTHING and a.name not in given for a in fields)
        or "_attrs_cached_hash" in record.__dict__["__slots__"]
        or _setter(record) not in ("object", "_frozen_setattrs")
        or any(
            isinstance(a.default, attrs.Factory) and a.default.takes_self  # type: ignore[arg-type]
            for a in fields
        )
    ):
        return None
    constants["_new"] = object.__new__
    constants["_set"] = object.__setattr__  # what attrs' __init__ of a frozen class uses
    lines = [f"{target} = _new(record{me})"]
    for a in fields:
        value = given[a.name] if a.name in given else empty(a.name)
        if a.converter is not None:
            convert = f"convert{me}_{a.name}"
            constants[convert] = a.converter
            members = _members(a.converter)
            spelled = _spelled_out(a.converter)
            if spelled is not None:
                held = value
                if not held.isidentifier():  # an expression: evaluated once
                    held = f"v{me}_{a.name}"
                    lines.append(f"{held} = {value}")
                value = spelled.format(v=held, convert=convert)
            elif members is None:
                value = f"{convert}({value})"
            else:  # the enumeration's own look-up, without the call; the rest goes to the call
                found = f"members{me}_{a.name}"
                constants[found] = members
                if not value.isidentifier():  # an expression: evaluated once
                    lines.append(f"v{me}_{a.name} = {value}")
                    value = f"v{me}_{a.name}"
                value = (
                    f"{found}[{value}] if type({value}) is str and {value} in {found}"
                    f" else {convert}({value})"
                )
        slot = _slot(record, a.name)
        if slot is None:
            lines.append(f"_set({target}, {a.name!r}, {value})")
        else:
            constants[f"put{me}_{a.name}"] = slot.__set__
            lines.append(f"put{me}_{a.name}({target}, {value})")
    if not attrs.validators.get_disabled():
        for a in fields:
            if a.validator is None:
                continue
            lines += _validation(shape, a, target, constants, me)
    return lines


def _validation(
    shape: Shape, a: attrs.Attribute[Any], target: str, constants: dict[str, Any], me: int
) -> list[str]:
    """Lines running field *a*'s validator on *target*'s value, where it can tell anything.

    An NCName validator is not run on a value its id or reference column's reader matched
    with the same pattern, nor an EDTF validator on a date its column's reader parsed with
    the same parser (an empty cell's default is still checked); ``optional(...)`` is not
    called for ``None``, nor ``non_empty`` for a text that is not all spaces (each, when
    called, raises its own message)."""
    validator: Any = a.validator
    value = f"{target}.{a.name}"
    if type(validator) is OPTIONAL_VALIDATOR:
        wrapper: Any = validator
        validator = wrapper.validator
        guard = f"if {value} is not None:"
    elif validator is non_empty:
        guard = f"if type({value}) is not str or not {value}.strip():"
    elif a.converter is None and validator in _NCNAME_VALIDATORS and a.name in shape.ids:
        guard = f"if x{shape.ids[a.name]} is None:"
    elif a.converter is None and _code(validator) is EDTF_VALIDATOR_CODE and a.name in shape.dates:
        guard = f"if x{shape.dates[a.name]} is None:"
    else:
        guard = None
    constants[f"validate{me}_{a.name}"] = validator
    constants[f"field{me}_{a.name}"] = a
    check = f"validate{me}_{a.name}({target}, field{me}_{a.name}, {value})"
    return [check] if guard is None else [guard, f"    {check}"]


def _code(function: object) -> object:
    return getattr(function, "__code__", None)


def _slot(record: type, name: str) -> types.MemberDescriptorType | None:
    """The slot that ``object.__setattr__`` sets *name* through on a *record* (the first
    class of its MRO naming it), if it is one: its ``__set__`` does the same without
    looking the name up each time."""
    for klass in record.__mro__:
        if name in klass.__dict__:
            found = klass.__dict__[name]
            return found if type(found) is types.MemberDescriptorType else None
    return None


def _setter(record: type) -> str:
    """Who sets *record*'s attributes: ``object``, attrs' refusal for a frozen class, or
    another ``__setattr__``."""
    setter: object = record.__setattr__
    return "object" if setter is object.__setattr__ else getattr(setter, "__name__", "")


def _spelled_out(converter: object) -> str | None:
    """The inline form of *converter*, if it has one."""
    try:
        return _SPELLED_OUT.get(converter)
    except TypeError:  # not hashable
        return None


def _members(converter: object) -> dict[Any, Any] | None:
    """An enumeration class's members by value, when *converter* is one whose call finds a
    value's member by looking it up there (the call does more only for a value not found);
    otherwise ``None``."""
    if type(converter) is not enum.EnumType:
        return None
    if getattr(converter, "__new__", None) is not enum.Enum.__new__:
        return None
    return dict(converter._value2member_map_)
