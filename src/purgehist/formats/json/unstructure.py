"""Unstructuring functions generated for each attrs class, for the JSON dump.

Each function gives the data cattrs' function gives (fields equal to their default left out,
in field order) with the checks and hooks of each field spelled out for its type, not looked
up per value: a fifth of the time. Tuples are left tuples and enumerations written by value,
which orjson writes as json writes lists and values; any other type goes through the
converter's own hook.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Enum
from typing import Any

import attrs
import cattrs

from purgehist.formats.json.fast import _optional_inner, _tuple_item

__all__ = ["Unstructurer"]


class Unstructurer:
    """One function per attrs class, generated on first use, from *converter*'s hooks.

    :param converter: the converter whose output the functions give (``omit_if_default``);
        its hooks serve the types not spelled out, and the classes the generator leaves to it.
    """

    def __init__(self, converter: cattrs.Converter) -> None:
        self._converter = converter
        self._lock = threading.RLock()
        self._names: dict[type, str] = {}
        self._ns: dict[str, Any] = {}

    def hook(self, cls: type) -> Callable[[Any], Any]:
        """The unstructuring function for the attrs class *cls*."""
        with self._lock:
            function: Callable[[Any], Any] = self._ns[self._function(cls)]
            return function

    def _const(self, value: object, prefix: str) -> str:
        name = f"_{prefix}{len(self._ns)}"
        self._ns[name] = value
        return name

    def _function(self, cls: type) -> str:
        if cls in self._names:
            return self._names[cls]
        name = f"dump_{cls.__name__}_{len(self._names)}"
        self._names[cls] = name
        source = self._source(cls, name)
        if source is None:
            self._ns[name] = self._converter.get_unstructure_hook(cls)
        else:
            exec(compile(source, f"<purgehist fast dump {cls.__qualname__}>", "exec"), self._ns)
        return name

    def _expr(self, tp: Any, var: str) -> str:
        """An expression unstructuring *var*, of type *tp*."""
        if tp in (str, int, bool):
            return var
        if isinstance(tp, type) and issubclass(tp, Enum):
            return f"{var}.value"
        if attrs.has(tp):
            return f"{self._function(tp)}({var})"
        inner = _optional_inner(tp)
        if inner is not None:
            present = self._expr(inner, var)
            return var if present == var else f"(None if {var} is None else {present})"
        item = _tuple_item(tp)
        if item is not None:
            element = self._expr(item, "_x")
            return var if element == "_x" else f"[{element} for _x in {var}]"
        return f"{self._const(self._converter.get_unstructure_hook(tp), 'h')}({var})"

    def _source(self, cls: type, name: str) -> str | None:
        attrs.resolve_types(cls)
        fields = attrs.fields(cls)
        if any(not f.init or f.name.startswith("_") for f in fields):
            return None  # cattrs' own function knows what to leave out
        required = [f for f in fields if f.default is attrs.NOTHING]
        body = [
            "res = {"
            + ", ".join(f"{f.name!r}: {self._expr(f.type, f'o.{f.name}')}" for f in required)
            + "}"
        ]
        for field in fields:
            default: Any = field.default
            if default is attrs.NOTHING:
                continue
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                if default.takes_self:
                    return None
                compared = f"{self._const(default.factory, 'f')}()"
                test = f"v != {compared}"
            elif default is None:
                test = "v is not None"  # what != gives, without a call to attrs' __ne__
            else:
                test = f"v != {self._const(default, 'd')}"
            body += [
                f"v = o.{field.name}",
                f"if {test}:",
                f"    res[{field.name!r}] = {self._expr(field.type, 'v')}",
            ]
        body.append("return res")
        return "\n".join([f"def {name}(o):", *("    " + line for line in body)])
