"""The cattrs converter for the whole model, configured for canonical JSON.

Wire decisions:

* records are JSON objects; fields equal to their default are omitted, so files stay short;
* tuples are JSON arrays; enumerations are their string values;
* strings, booleans, integers and floats are strict: ``1937`` is not accepted where text is
  expected, ``"false"`` is not a boolean (a spreadsheet reader coerces before it gets here);
* unknown keys are errors, so a misspelt field is reported rather than dropped.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from enum import Enum, StrEnum
from functools import cache
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from purgehist.formats.json.fast import Specialiser
from purgehist.model.dataset import Dataset

__all__ = ["configure_converter", "make_converter"]


class WireError(TypeError):
    """A JSON value of the wrong type or out of range; its message is shown as is."""


def _describe(value: object) -> str:
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{text} ({type(value).__name__})"


def _strict_str(value: object, _: type) -> str:
    if isinstance(value, str):
        return value
    raise WireError(f"expected a string, got {_describe(value)}")


def _strict_bool(value: object, _: type) -> bool:
    if isinstance(value, bool):
        return value
    raise WireError(f"expected true or false, got {_describe(value)}")


def _strict_int(value: object, _: type) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise WireError(f"expected an integer, got {_describe(value)}")


def _strict_float(value: object, _: type) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            raise WireError(f"number too large, got {_describe(value)}") from None
    raise WireError(f"expected a number, got {_describe(value)}")


@cache
def _enum_values(cls: type[Enum]) -> tuple[dict[object, Enum], str]:
    values = {member.value: member for member in cls}
    return values, ", ".join(str(v) for v in values)


def _structure_enum(value: object, cls: type[Enum]) -> Enum:
    values, allowed = _enum_values(cls)
    try:
        return values[value]
    except (KeyError, TypeError):
        raise WireError(f"expected one of {allowed}, got {_describe(value)}") from None


def _is_optional(tp: Any) -> bool:
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_hook(converter: cattrs.Converter) -> Any:
    """Hooks for ``X | None`` that skip cattrs' generic union machinery (the load's hot path)."""

    def factory(tp: Any) -> Any:
        inner = next(a for a in typing.get_args(tp) if a is not type(None))
        if inner is str:

            def optional_str(value: object, _: Any) -> str | None:
                if value is None:
                    return None
                return value if type(value) is str else _strict_str(value, str)

            return optional_str
        hook = converter.get_structure_hook(inner)

        def optional(value: object, _: Any) -> Any:
            return None if value is None else hook(value, inner)

        return optional

    return factory


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(converter: cattrs.Converter) -> Any:
    """Hooks for ``tuple[X, ...]`` from JSON arrays, with one hook lookup per type."""

    def factory(tp: Any) -> Any:
        inner = typing.get_args(tp)[0]
        hook = converter.get_structure_hook(inner)

        def structure(value: object, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise WireError(f"expected a list, got {_describe(value)}")
            return tuple([hook(item, inner) for item in value])

        return structure

    return factory


def _checked_tuple_hook(converter: cattrs.Converter) -> Any:
    """cattrs' own tuple hooks (they record the failing item's index), behind a check that the
    value is a JSON array: cattrs would iterate an object's keys and fail obscurely."""

    def factory(tp: Any) -> Any:
        hook = homogenous_tuple_structure_factory(tp, converter)

        def structure(value: object, _: Any) -> tuple[Any, ...]:
            if not isinstance(value, list | tuple):
                raise WireError(f"expected a list, got {_describe(value)}")
            return hook(value, tp)  # type: ignore[no-any-return]

        return structure

    return factory


def configure_converter(converter: cattrs.Converter, *, specialised: bool = True) -> None:
    """Register purgehist's wire decisions on *converter* (see the module docstring).

    :param specialised: on a converter without detailed validation, structure records with
        functions generated for each class (:mod:`purgehist.formats.json.fast`) rather than
        with cattrs' own; both build the same records and refuse the same data.
    """
    # cattrs dispatches primitives and enums by class (singledispatch) before any predicate
    # hook, so ours are registered by class too; StrEnum is named so that it wins over str.
    converter.register_structure_hook(str, _strict_str)
    converter.register_structure_hook(bool, _strict_bool)
    converter.register_structure_hook(int, _strict_int)
    converter.register_structure_hook(float, _strict_float)
    converter.register_structure_hook(Enum, _structure_enum)
    converter.register_structure_hook(StrEnum, _structure_enum)
    converter.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Enum), lambda _: lambda v: v.value
    )
    if not converter.detailed_validation:
        # The fast path only: the detailed converter keeps cattrs' hooks, which record the
        # index of a failing item in the error path.
        converter.register_structure_hook_factory(_is_optional, _optional_hook(converter))
        converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook(converter))
    else:
        converter.register_structure_hook_factory(
            _is_homogeneous_tuple, _checked_tuple_hook(converter)
        )
    # The dataset's lazily built index and queries are not data.
    omit = override(omit=True)
    converter.register_unstructure_hook(
        Dataset,
        make_dict_unstructure_fn(
            Dataset, converter, _cattrs_omit_if_default=True, _index=omit, _queries=omit
        ),
    )
    dataset_hook: Callable[[Any, Any], Any] = make_dict_structure_fn(
        Dataset,
        converter,
        _cattrs_forbid_extra_keys=True,
        _cattrs_detailed_validation=converter.detailed_validation,
        _index=omit,
        _queries=omit,
    )
    if specialised and not converter.detailed_validation:
        specialiser = Specialiser(
            converter,
            leaves={
                _strict_str: str,
                _strict_bool: bool,
                _strict_int: int,
                _strict_float: float,
                _structure_enum: Enum,
            },
            fallbacks={Dataset: dataset_hook},
        )
        converter.register_structure_hook_factory(attrs.has, specialiser.hook)
        dataset_hook = specialiser.hook(Dataset)
    converter.register_structure_hook(Dataset, dataset_hook)


def make_converter(
    *, detailed_validation: bool = False, specialised: bool = True
) -> cattrs.Converter:
    """A new converter configured for purgehist's JSON.

    :param detailed_validation: collect every error with its path (slower); the loader uses
        the fast converter first and this one only to explain a failure.
    :param specialised: see :func:`configure_converter`.
    """
    converter = cattrs.Converter(
        omit_if_default=True,
        forbid_extra_keys=True,
        detailed_validation=detailed_validation,
    )
    configure_converter(converter, specialised=specialised)
    return converter
