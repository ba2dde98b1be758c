"""Structuring functions generated for each attrs class, for the fast path of the JSON load."""

from __future__ import annotations

import threading
import types
import typing
import weakref
from collections.abc import Callable
from enum import Enum
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn

from purgehist.model.common import (
    EDTF_VALIDATOR_CODE,
    OPTIONAL_VALIDATOR,
    non_empty,
    optional_text,
    tuple_of,
)
from purgehist.model.ids import is_ncname, ncname_validator, optional_ncname_validator

__all__ = ["FastPathError", "Specialiser", "direct_loader"]

Hook = Callable[[Any, Any], Any]


_DIRECT: weakref.WeakKeyDictionary[Hook, Callable[[Any], Any]] = weakref.WeakKeyDictionary()
"""The generated function behind each hook :meth:`Specialiser.hook` made, while the hook
lives (converters made and dropped, as tests do, do not keep theirs)."""


def direct_loader(hook: Hook) -> Callable[[Any], Any] | None:
    """The generated function that *hook* calls while validators run, to call once per record
    without the hook's check of whether they do (``None`` for any other hook)."""
    return _DIRECT.get(hook)


class FastPathError(ValueError):
    """The fast path refuses a value; the detailed converter then explains what is wrong."""


class _UnsupportedError(Exception):
    """A class the generator does not handle: cattrs' own function is used for it."""


# The model's converters and validators whose effect the generated code spells out inline.
_NONE_IF_EMPTY = optional_text().converter


def _is_edtf_validator(validator: object) -> bool:
    return getattr(validator, "__code__", None) is EDTF_VALIDATOR_CODE


def _optional_inner(tp: Any) -> Any | None:
    """``X`` for ``X | None``, else ``None``."""
    args = typing.get_args(tp)
    if (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    ):
        return next(a for a in args if a is not type(None))
    return None


def _tuple_item(tp: Any) -> Any | None:
    """``X`` for ``tuple[X, ...]``, else ``None``."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return ["    " * depth + line for line in lines]


class Specialiser:
    """Generates, once per class and on first use, a function that builds an attrs instance
    from a JSON object exactly as cattrs followed by the class's ``__init__`` would.

    Each function reads only the keys present, checks each value's JSON type as the
    converter's hooks do, applies the field's converter and runs its validators as attrs does
    (a value a check cannot pass outright goes to the model's own validator, to raise), and
    calls ``__attrs_post_init__``. Anything else
    (an unknown key, a wrong type, a failing validator) raises, so that the caller can fall
    back to the detailed converter for the explanation.

    :param converter: the fast converter, configured with purgehist's wire hooks; its hooks
        are used for any type the generator does not spell out
    :param leaves: the converter's hooks for JSON scalars, each with the type it accepts
        (``str``, ``bool``, ``int``, ``float``; ``Enum`` for enumerations by value)
    :param fallbacks: structure hooks to use instead of cattrs' default for some classes
    """

    def __init__(
        self,
        converter: cattrs.Converter,
        *,
        leaves: dict[Hook, type],
        fallbacks: dict[type, Hook],
    ) -> None:
        self._converter = converter
        self._leaf = leaves
        self._fallbacks = fallbacks
        self._lock = threading.RLock()
        self._names: dict[Any, str] = {}
        self._consts: dict[int, str] = {}
        self._ns: dict[str, Any] = {
            "_M": object(),
            "_Reject": FastPathError,
            "_new": object.__new__,
        }

    def hook(self, cls: type) -> Hook:
        """A cattrs structure hook for the attrs class *cls*."""
        with self._lock:  # a function may only be used once all those it calls exist
            loader = self._ns[self._loader(cls)]
        fallback: list[Hook] = []

        def structure(value: Any, _: Any) -> Any:
            if attrs.validators.get_disabled():
                # attrs skips validators then; so does cattrs' own function.
                if not fallback:
                    fallback.append(self._cattrs_hook(cls))
                return fallback[0](value, cls)
            return loader(value)

        _DIRECT[structure] = loader
        return structure

    def _cattrs_hook(self, cls: type) -> Hook:
        if cls in self._fallbacks:
            return self._fallbacks[cls]
        return make_dict_structure_fn(cls, self._converter)

    def _const(self, value: object, prefix: str = "c") -> str:
        key = id(value)
        if key not in self._consts:
            name = f"_{prefix}{len(self._consts)}"
            self._consts[key] = name
            self._ns[name] = value
        return self._consts[key]

    def _loader(self, cls: type) -> str:
        """The namespace name of the function for *cls*, generating it if needed."""
        if cls in self._names:
            return self._names[cls]
        name = f"load_{cls.__name__}_{len(self._names)}"
        self._names[cls] = name
        try:
            source = self._class_source(cls, name)
        except _UnsupportedError:
            hook = self._cattrs_hook(cls)
            self._ns[name] = lambda value: hook(value, cls)
            return name
        except BaseException:
            del self._names[cls]
            raise
        code = compile(source, f"<purgehist fast load {cls.__qualname__}>", "exec")
        exec(code, self._ns)  # the way attrs and cattrs build their own functions
        return name

    def _value_fn(self, tp: Any) -> str:
        """The namespace name of a one-argument function structuring a value of type *tp*."""
        if attrs.has(tp):
            return self._loader(tp)
        key = ("value", tp)
        if key not in self._names:
            name = f"_s{len(self._names)}"
            self._names[key] = name
            lines = [f"def {name}(v):", *_indent(self._check(tp, "v")), "    return v"]
            exec(compile("\n".join(lines), f"<purgehist fast load {tp}>", "exec"), self._ns)
        return self._names[key]

    def _check(self, tp: Any, var: str) -> list[str]:
        """Statements checking (and, for some types, replacing) *var*, of type *tp*."""
        inner = _optional_inner(tp)
        if inner is not None:
            return [f"if {var} is not None:", *_indent(self._check(inner, var))]
        item = _tuple_item(tp)
        if item is not None:
            lines = [
                f"if type({var}) is not list and type({var}) is not tuple:",
                "    raise _Reject",
            ]
            leaf = self._leaf_kind(item)
            if leaf is str:
                return [
                    *lines,
                    f"{var} = tuple({var})",
                    f"for _x in {var}:",
                    "    if type(_x) is not str:",
                    "        raise _Reject",
                ]
            if leaf is Enum:
                values = self._const({m.value: m for m in item})
                return [*lines, f"{var} = tuple([{values}[_x] for _x in {var}])"]
            fn = self._value_fn(item)
            return [*lines, f"{var} = tuple([{fn}(_x) for _x in {var}])"]
        if attrs.has(tp):
            return [f"{var} = {self._loader(tp)}({var})"]
        leaf = self._leaf_kind(tp)
        if leaf is str:
            return [f"if type({var}) is not str:", "    raise _Reject"]
        if leaf is bool:
            return [f"if {var} is not True and {var} is not False:", "    raise _Reject"]
        if leaf is int:
            return [f"if type({var}) is not int:", "    raise _Reject"]
        if leaf is float:
            return [
                f"if type({var}) is not float:",
                f"    if type({var}) is not int:",
                "        raise _Reject",
                f"    {var} = float({var})",
            ]
        if leaf is Enum:
            values = self._const({m.value: m for m in tp})
            return [f"{var} = {values}[{var}]"]
        hook = self._const(self._converter.get_structure_hook(tp), "h")
        return [f"{var} = {hook}({var}, {self._const(tp, 't')})"]

    def _leaf_kind(self, tp: Any) -> type | None:
        if not isinstance(tp, type) or attrs.has(tp):
            return None
        return self._leaf.get(self._converter.get_structure_hook(tp))

    def _convert(self, field: attrs.Attribute[Any], var: str) -> list[str]:
        """Statements applying *field*'s converter to *var* (already of the field's type)."""
        conv: Any = field.converter
        if conv is None:
            return []
        if isinstance(conv, attrs.Converter):
            raise _UnsupportedError
        tp = field.type
        if conv is tuple_of and _tuple_item(tp) is not None:
            return []  # the value is a tuple already, and tuple() returns it unchanged
        if conv is _NONE_IF_EMPTY and (tp is str or _optional_inner(tp) is str):
            return [f"if not {var}:", f"    {var} = None"]
        if isinstance(conv, type) and issubclass(conv, Enum) and tp is conv:
            return []  # an enumeration called with one of its members returns that member
        return [f"{var} = {self._const(conv, 'conv')}({var})"]

    def _default(self, field: attrs.Attribute[Any], var: str) -> list[str]:
        """Statements setting *var* to *field*'s default, converted as attrs converts it."""
        default: Any = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                raise _UnsupportedError
            return [f"{var} = {self._const(default.factory, 'f')}()", *self._convert(field, var)]
        conv: Any = field.converter
        if (
            conv is None
            or conv is tuple_of
            or conv is _NONE_IF_EMPTY
            or (isinstance(conv, type) and issubclass(conv, Enum))
        ):
            # These converters are pure: convert the default once, here.
            value = default if conv is None else conv(default)
            return [f"{var} = {self._const(value, 'd')}"]
        return [f"{var} = {self._const(default, 'd')}", *self._convert(field, var)]

    def _validate(self, field: attrs.Attribute[Any], var: str) -> list[str]:
        """Statements running *field*'s validator on *var*, as the attrs ``__init__`` does."""
        validator = field.validator
        if validator is None:
            return []
        attribute = self._const(field, "a")
        if validator is ncname_validator or validator is optional_ncname_validator:
            lines = [
                f"if type({var}) is not str or not _is_ncname({var}):",
                f"    {self._const(validator, 'v')}(self, {attribute}, {var})",
            ]
            self._ns["_is_ncname"] = is_ncname
            if validator is optional_ncname_validator:
                return [f"if {var} is not None:", *_indent(lines)]
            return lines
        if validator is non_empty:
            self._ns["_non_empty"] = non_empty
            return [
                f"if type({var}) is not str or not {var}.strip():",
                f"    _non_empty(self, {attribute}, {var})",
            ]
        call = f"{self._const(validator, 'v')}(self, {attribute}, {var})"
        if _is_edtf_validator(validator) or isinstance(validator, OPTIONAL_VALIDATOR):
            return [f"if {var} is not None:", f"    {call}"]
        return [call]

    def _class_source(self, cls: type, name: str) -> str:
        if (
            "__slots__" not in cls.__dict__
            or hasattr(cls, "__attrs_pre_init__")
            or "__attrs_init__" in cls.__dict__
            or "_attrs_cached_hash" in getattr(cls, "__slots__", ())
        ):
            raise _UnsupportedError
        attrs.resolve_types(cls)
        fields = attrs.fields(cls)
        required = [f for f in fields if f.init and f.default is attrs.NOTHING]
        body = [
            "if type(o) is not dict:",
            "    raise _Reject",
            f"n = {len(required)}",
        ]
        for field in fields:
            var = f"f_{field.name}"
            if not field.init:
                if field.default is attrs.NOTHING:
                    raise _UnsupportedError
                body += self._default(field, var)
                continue
            if field.alias != field.name:
                raise _UnsupportedError
            key = repr(field.name)
            if field.default is attrs.NOTHING:
                body += [f"{var} = o[{key}]", *self._check(field.type, var)]
                body += self._convert(field, var)
                continue
            present = [*self._check(field.type, var), *self._convert(field, var)]
            body += [
                f"{var} = o.get({key}, _M)",
                f"if {var} is _M:",
                *_indent(self._default(field, var)),
                "else:",
                "    n += 1",
                *_indent(present),
            ]
        body += ["if n != len(o):", "    raise _Reject"]
        cls_name = self._const(cls, "cls")
        body.append(f"self = _new({cls_name})")
        for field in fields:
            slot = getattr(cls, field.name, None)
            if type(slot) is not types.MemberDescriptorType:
                raise _UnsupportedError
            setter = self._const(slot.__set__, "set")
            body.append(f"{setter}(self, f_{field.name})")
        for field in fields:
            body += self._validate(field, f"f_{field.name}")
        if hasattr(cls, "__attrs_post_init__"):
            body.append("self.__attrs_post_init__()")
        body.append("return self")
        return "\n".join([f"def {name}(o):", *_indent(body)])
