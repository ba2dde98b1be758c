"""The JSON Schema of purgehist's JSON format, generated from the model's attrs classes.

The shipped ``schema.json`` is this module's output; a test keeps the two equal. Regenerate with
``python -m purgehist.formats.json.schema --write``.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import sys
import textwrap
import types
import typing
from enum import Enum
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs

from purgehist.formats.json.codec import FORMAT_NAME, FORMAT_VERSION
from purgehist.model.common import non_empty
from purgehist.model.dataset import Dataset
from purgehist.model.dates import edtf_validator
from purgehist.model.ids import ncname_validator, optional_ncname_validator

__all__ = ["generate_schema", "schema_text"]

SCHEMA_ID = f"urn:purgehist:schema:dataset:{FORMAT_VERSION.split('.')[0]}"
_NCNAME_PATTERN = r"^[A-Za-z_\u00C0-\uFFFD][A-Za-z0-9_.\-\u00B7\u00C0-\uFFFD]*$"
_EDTF_VALIDATOR_NAME = edtf_validator().__qualname__
_BOUNDS = {">=": "minimum", "<=": "maximum", ">": "exclusiveMinimum", "<": "exclusiveMaximum"}


def _field_docs(cls: type) -> dict[str, str]:
    """The docstrings written under each field of *cls*, read from its source."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError):
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for node, following in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = " ".join(following.value.value.split()).replace("``", "`")
    return docs


def _number_bounds(field: attrs.Attribute[Any] | None) -> dict[str, float]:
    """``minimum``/``maximum`` from a field's ``attrs.validators.ge``/``le`` (and ``gt``/``lt``)."""
    validator: Any = field.validator if field is not None else None
    bounds = {}
    for item in getattr(validator, "_validators", (validator,)):
        keyword = _BOUNDS.get(getattr(item, "compare_op", ""))
        if keyword is not None:
            bounds[keyword] = item.bound
    return bounds


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def type_schema(self, tp: Any, field: attrs.Attribute[Any] | None = None) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            inner = (
                self.type_schema(args[0], field)
                if len(args) == 1
                else {"anyOf": [self.type_schema(a, field) for a in args]}
            )
            return {"anyOf": [inner, {"type": "null"}]}
        if origin is tuple:
            return {"type": "array", "items": self.type_schema(typing.get_args(tp)[0])}
        if isinstance(tp, type) and issubclass(tp, Enum):
            return {"type": "string", "enum": [m.value for m in tp]}
        if tp is str:
            return self._string(field)
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number", **_number_bounds(field)}
        if attrs.has(tp):
            return {"$ref": f"#/$defs/{self.define(tp)}"}
        msg = f"no JSON Schema mapping for {tp!r}"
        raise TypeError(msg)

    @staticmethod
    def _string(field: attrs.Attribute[Any] | None) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string"}
        validator = field.validator if field is not None else None
        if validator in (ncname_validator, optional_ncname_validator):
            schema["pattern"] = _NCNAME_PATTERN
        elif getattr(validator, "__qualname__", None) == _EDTF_VALIDATOR_NAME:
            schema["description"] = "An EDTF date or interval (ISO 8601-2)."
            schema["x-format"] = "edtf"
        elif validator is non_empty:
            schema["minLength"] = 1
        return schema

    def define(self, cls: type) -> str:
        name = cls.__name__
        if name in self.defs:
            return name
        self.defs[name] = {}  # placeholder against recursion (Division holds Divisions)
        hints = typing.get_type_hints(cls)
        docs = _field_docs(cls)
        properties: dict[str, Any] = {}
        required = []
        for field in attrs.fields(cls):
            if not field.init:
                continue
            schema = self.type_schema(hints[field.name], field)
            if field.name in docs:
                schema = {**schema, "description": docs[field.name]}
            properties[field.name] = schema
            if field.default is attrs.NOTHING:
                required.append(field.name)
        definition: dict[str, Any] = {"type": "object"}
        if cls.__doc__:
            definition["description"] = " ".join(cls.__doc__.split()).replace("``", "`")
        definition["properties"] = properties
        if required:
            definition["required"] = required
        definition["additionalProperties"] = False
        self.defs[name] = definition
        return name


@cache
def generate_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a purgehist JSON file."""
    builder = _Builder()
    builder.define(Dataset)
    dataset = builder.defs.pop("Dataset")
    properties = {
        "format": {"const": FORMAT_NAME, "description": "Always 'purgehist'."},
        "version": {
            "type": "string",
            "pattern": rf"^{FORMAT_VERSION.split('.')[0]}\.\d+$",
            "description": "Format version; readers refuse another major version.",
        },
        **dataset["properties"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "purgehist dataset",
        "description": dataset.get("description", ""),
        "type": "object",
        "properties": properties,
        "required": ["format", "version"],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }


def schema_text() -> str:
    """The shipped schema file's text."""
    return files("purgehist.formats.json").joinpath("schema.json").read_text(encoding="utf-8")


def _render() -> str:
    return json.dumps(generate_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    if "--write" in sys.argv:
        target = Path(__file__).with_name("schema.json")
        target.write_text(_render(), encoding="utf-8")
        print(f"wrote {target}", file=sys.stderr)
    else:
        sys.stdout.write(_render())
