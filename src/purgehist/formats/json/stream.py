"""Canonical JSON written record by record with orjson.

The bytes are those of ``json.dumps(to_data(dataset), ensure_ascii=False, indent=2) + "\\n"``
(the canonical form since the first release), written a hundred records at a time, so
that the whole text is never in memory. orjson writes the same text as :mod:`json` with
``indent=2`` and ``ensure_ascii=False`` except for some floats (``1e-07`` is ``1e-7``), so floats
are handed to it already written by :mod:`json`; what orjson refuses (integers beyond 64 bits)
is written by :mod:`json` instead.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache, partial
from typing import Any, BinaryIO

import attrs
import cattrs
import orjson

from purgehist.formats.json.converter import make_converter
from purgehist.formats.json.unstructure import Unstructurer
from purgehist.model.dataset import Dataset

__all__ = ["dump_chunks", "write_json"]

CHUNK = 100
"""Records encoded in one call: enough that the calls cost nothing, few enough that their
data and text are a small fraction of even a small dataset."""

_INDENT = orjson.OPT_INDENT_2


def _float_fragment(value: float) -> orjson.Fragment:
    return orjson.Fragment(json.dumps(value))


@cache
def _converters() -> tuple[cattrs.Converter, cattrs.Converter]:
    """The converter whose floats are written by :mod:`json`, and the plain one."""
    converter = make_converter()
    converter.register_unstructure_hook(float, _float_fragment)
    return converter, make_converter()


@cache
def _unstructurer() -> Unstructurer:
    return Unstructurer(_converters()[0])


@cache
def _fields() -> tuple[tuple[str, Any, Any], ...]:
    """(name, type, default) of each field of a dataset that is written."""
    attrs.resolve_types(Dataset)
    return tuple(
        (f.name, f.type, f.default) for f in attrs.fields(Dataset) if not f.name.startswith("_")
    )


def _encode(data: Any, plain: Callable[[], Any]) -> bytes:
    """*data* as indented JSON; *plain* gives the same data without fragments, for :mod:`json`
    to write what orjson refuses."""
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError:
        return json.dumps(plain(), ensure_ascii=False, indent=2).encode("utf-8")


def _indented(text: bytes) -> bytes:
    # A newline in JSON text is always layout: newlines inside strings are escaped.
    return text.replace(b"\n", b"\n  ")


def _plain(chunk: Sequence[Any], hook: Callable[[Any], Any]) -> dict[str, list[Any]]:
    return {"": [hook(record) for record in chunk]}


# A chunk of records is written as the array of an object's one field, which puts the records
# at the depth of a dataset's: no indenting afterwards.
_BEFORE = len(b'{\n  "": [\n')
_AFTER = len(b"\n  ]\n}")


def _records(records: Sequence[Any], type_: Any) -> Iterator[bytes]:
    hook, plain_hook = _unstructurer().hook(type_), _converters()[1].get_unstructure_hook(type_)
    for start in range(0, len(records), CHUNK):
        chunk = records[start : start + CHUNK]
        text = _encode({"": [hook(r) for r in chunk]}, partial(_plain, chunk, plain_hook))
        yield text[_BEFORE:-_AFTER]


def _value(name: str, value: Any, type_: Any) -> Iterator[bytes]:
    yield b"\n  " + orjson.dumps(name) + b": "
    if not isinstance(value, tuple):
        converter, plain = _converters()
        data = converter.unstructure(value, type_)
        yield _indented(_encode(data, lambda: plain.unstructure(value, type_)))
        return
    yield b"[\n"
    inner = typing.get_args(type_)[0]
    for i, piece in enumerate(_records(value, inner)):
        yield b",\n" + piece if i else piece
    yield b"\n  ]"


def dump_chunks(dataset: Dataset, header: Mapping[str, str]) -> Iterator[bytes]:
    """The canonical JSON text of *dataset* after the fields of *header*, in pieces of about
    :data:`CHUNK` records."""
    items = [(name, value, str) for name, value in header.items()]
    # Fields equal to their default are left out, as in the canonical form.
    items += [(n, getattr(dataset, n), t) for n, t, d in _fields() if getattr(dataset, n) != d]
    yield b"{"
    for i, (name, value, type_) in enumerate(items):
        if i:
            yield b","
        yield from _value(name, value, type_)
    yield b"\n}\n" if items else b"}\n"


def write_json(dataset: Dataset, dest: BinaryIO, header: Mapping[str, str]) -> None:
    """Write what :func:`dump_chunks` gives to *dest*."""
    for piece in dump_chunks(dataset, header):
        dest.write(piece)
