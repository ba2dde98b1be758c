"""Canonical JSON: load and dump datasets, with every error reported by its JSON path."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import cattrs

from purgehist.diagnostics import Problem
from purgehist.errors import DataError
from purgehist.formats.json.converter import WireError, make_converter
from purgehist.formats.json.reader import read_dataset
from purgehist.formats.json.stream import dump_chunks, write_json
from purgehist.formats.json.strict import StrictJson, huge_number_problem
from purgehist.formats.json.upgrade import UPGRADABLE, upgrade
from purgehist.model.bulk import builds_records
from purgehist.model.dataset import Dataset
from purgehist.model.resolution import vouch_if_resolved
from purgehist.output import atomic_write
from purgehist.plugins.specs import (
    Context,
    ExportResult,
    Input,
    ParseResult,
    input_name,
    open_input,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "dump",
    "dumps",
    "export_json",
    "from_data",
    "load",
    "loads",
    "parse_json",
    "to_data",
]

FORMAT_NAME = "purgehist"
FORMAT_VERSION = "2.0"
"""Version of the JSON format. A file of an older major version that
:mod:`~purgehist.formats.json.upgrade` knows is upgraded as it is read; any other major version
is refused."""


_MAJOR = FORMAT_VERSION.split(".")[0]
_FIELD_FIRST = re.compile(r"^'(?P<field>\w+)' (?P<rest>.*)$", re.DOTALL)


@cache
def _fast() -> cattrs.Converter:
    return make_converter()


@cache
def _detailed() -> cattrs.Converter:
    return make_converter(detailed_validation=True)


def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, WireError):
        return str(exc)
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"unknown field(s): {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, ValueError | TypeError) and exc.args:
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


def to_data(dataset: Dataset) -> dict[str, Any]:
    """The dataset as JSON-ready Python data, with the format header first."""
    body: dict[str, Any] = _fast().unstructure(dataset)
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, **body}


def from_data(data: Any, *, source: str | None = None) -> Dataset:
    """Build a dataset from JSON-ready data.

    :raises DataError: listing every problem, each with its JSON path.
    """
    if not isinstance(data, dict):
        raise DataError(
            [Problem(code="invalid-json", message="expected a JSON object", location="$")],
            source=source,
        )
    body = dict(data)
    version = body.pop("version", None)
    header = _check_header(body.pop("format", None), version)
    if header:
        raise DataError(header, source=source)
    major = str(version).split(".")[0]
    if major != _MAJOR:
        body = upgrade(body, major)
    try:
        return _fast().structure(body, Dataset)
    except (
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        RecursionError,
        OverflowError,
        cattrs.BaseValidationError,
        cattrs.ForbiddenExtraKeysError,
    ):
        pass  # the detailed pass below explains what is wrong, with paths
    try:
        return _detailed().structure(body, Dataset)
    except RecursionError:
        problem = Problem(code="too-deep", message="nested too deeply to read", location="$")
        raise DataError([problem], source=source) from None
    except Exception as exc:  # cattrs raises groups of arbitrary errors
        raise DataError(_problems_from(exc), source=source) from None


def _check_header(name: object, version: object) -> list[Problem]:
    if name != FORMAT_NAME:
        return [
            Problem(
                code="wrong-format",
                message=f"not a purgehist file: 'format' must be {FORMAT_NAME!r} (got {name!r})",
                location="$.format",
            )
        ]
    if not isinstance(version, str) or version.split(".")[0] not in {_MAJOR, *UPGRADABLE}:
        return [
            Problem(
                code="incompatible-version",
                message=(
                    f"written in format version {version!r}, "
                    f"but this purgehist reads version {FORMAT_VERSION}"
                    f" (and upgrades {', '.join(f'{m}.x' for m in sorted(UPGRADABLE))})"
                ),
                location="$.version",
            )
        ]
    return []


def _problems_from(exc: BaseException) -> list[Problem]:
    found = []
    for line in cattrs.transform_error(exc, path="$", format_exception=_format_exception):
        message, _, location = line.rpartition(" @ ")
        # attrs validators name their field first ("'id' must be …"): move it into the path.
        field_first = _FIELD_FIRST.match(message)
        if field_first:
            location = f"{location}.{field_first['field']}"
            message = field_first["rest"]
        found.append(Problem(code="invalid-value", message=message, location=location))
    return found


def _header() -> dict[str, str]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION}


@builds_records
def dumps(dataset: Dataset) -> str:
    """The dataset as canonical JSON text: same dataset, same text."""
    try:
        return b"".join(dump_chunks(dataset, _header())).decode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: text, but not UTF-8
        return json.dumps(to_data(dataset), ensure_ascii=False, indent=2) + "\n"


def _current(name: object, version: object) -> bool:
    """Whether a file's header is this format's, in a version read without upgrading."""
    return name == FORMAT_NAME and isinstance(version, str) and version.split(".")[0] == _MAJOR


@builds_records
def loads(text: str | bytes, *, source: str | None = None) -> Dataset:
    """Read a dataset from JSON text.

    :raises DataError: on malformed JSON (with line and column) or invalid data (with paths).
    """
    dataset = read_dataset(text, _fast(), _current)
    return dataset if dataset is not None else _loads_whole(text, source)


def _loads_whole(text: str | bytes, source: str | None) -> Dataset:
    """:func:`loads` by way of the raw data of the whole text: slower, but explains what is
    wrong, and reads what :mod:`~purgehist.formats.json.reader` gives up on."""
    validated = not attrs.validators.get_disabled()
    strict = StrictJson()
    try:
        # Not orjson: its parse peaks at three times the memory of json's (26 against
        # 8.8 KB a claim), which would not fit 10⁶ claims in memory.
        data = strict.loads(text)
    except RecursionError:
        problem = Problem(code="too-deep", message="JSON nested too deeply to read", location="$")
        raise DataError([problem], source=source) from None
    except json.JSONDecodeError as exc:
        problem = Problem(
            code="malformed-json",
            message=exc.msg,
            location=f"{source or '<string>'}:{exc.lineno}:{exc.colno}",
        )
        raise DataError([problem], source=source) from None
    except UnicodeDecodeError as exc:
        problem = Problem(code="not-utf8", message=f"not UTF-8 text ({exc.reason})")
        raise DataError([problem], source=source) from None
    except ValueError:
        huge = huge_number_problem(text, source)
        if huge is None:
            raise
        raise DataError([huge], source=source) from None
    refused = strict.problems(data, source)
    if refused:
        raise DataError(refused, source=source)
    dataset = from_data(data, source=source)
    validated = validated and not attrs.validators.get_disabled()
    return vouch_if_resolved(dataset, dates_valid=validated)


_SNIFF = 4096  # more than enough whitespace before a signature
_OTHER_FORMATS = {b"PK\x03\x04": "a zip file (XLSX, CSV package)", b"%PDF": "a PDF", b"<": "XML"}


@builds_records
def load(path: str | Path) -> Dataset:
    """Read a dataset from a purgehist JSON file (other formats: :func:`purgehist.parse_file`)."""
    path = Path(path)
    with path.open("rb") as stream:
        head = stream.read(_SNIFF).lstrip()
        for signature, kind in _OTHER_FORMATS.items():
            if head.startswith(signature):
                message = f"{kind}, not purgehist JSON: read it with purgehist.parse_file"
                raise DataError([Problem(code="not-json", message=message)], source=str(path))
        stream.seek(0)
        dataset = read_dataset(stream, _fast(), _current)
    return dataset if dataset is not None else _loads_whole(path.read_bytes(), str(path))


@builds_records
def dump(dataset: Dataset, path: str | Path) -> None:
    """Write *dataset* to *path* as canonical JSON, atomically."""
    with atomic_write(Path(path)) as stream:
        write_json(dataset, stream, _header())


@builds_records
def parse_json(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``json`` input format: a dataset in purgehist's canonical JSON."""
    with open_input(source) as stream:
        name = input_name(source)
        if stream.seekable():
            start = stream.tell()
            dataset = read_dataset(stream, _fast(), _current)
            if dataset is None:
                stream.seek(start)
                dataset = _loads_whole(stream.read(), name)
        else:
            dataset = loads(stream.read(), source=name)
    return ParseResult(dataset=dataset, stats=dataset.counts())


def export_json(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``json`` output format."""
    write_json(dataset, dest, _header())
    return ExportResult(counts=dataset.counts())
