"""What :func:`json.loads` lets through or fails on without a place, made located problems:
a key given twice in one object (the last would win unseen), a string holding half of a
UTF-16 surrogate pair (no character: no output can hold it), a number longer than Python
converts.

>>> found = StrictJson()
>>> data = found.loads('{"a": "x\\ud800", "b": {"c": 1, "c": 2}}')
>>> for problem in found.problems(data, "d.json"):
...     print(problem)
$.a: the text holds \ud800, half of a UTF-16 surrogate pair without its other half: ...
$.b: the key 'c' is given twice; which value is meant is unclear
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from typing import Any

from purgehist.diagnostics import Diagnostics, Problem

__all__ = ["StrictJson", "huge_number_problem"]

# a surrogate written as an escape, or as itself (json.loads decodes bytes with surrogatepass)
_SURROGATE_IN_TEXT = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|[\ud800-\udfff]")
_SURROGATE_IN_BYTES = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\xed[\xa0-\xbf]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class StrictJson:
    """One load, with what it lets through collected."""

    def __init__(self) -> None:
        self._doubled: list[tuple[dict[str, Any], str]] = []
        self._surrogates = False

    def loads(self, text: str | bytes) -> Any:
        """:func:`json.loads` of *text*, noting what :meth:`problems` reports.

        :raises json.JSONDecodeError, UnicodeDecodeError, RecursionError: as json.loads
        :raises ValueError: a number too long to convert (see :func:`huge_number_problem`)
        """
        # a surrogate escape is rare: only then are the strings looked at one by one
        if isinstance(text, bytes):
            # two substring tests are a quarter of the regular expression's time
            maybe = b"\\u" in text or b"\xed" in text
            self._surrogates = maybe and _SURROGATE_IN_BYTES.search(text) is not None
        else:
            self._surrogates = _SURROGATE_IN_TEXT.search(text) is not None
        doubled = self._doubled

        # a plain function, called once per JSON object: cheaper than a bound method
        def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
            found = dict(items)
            if len(found) != len(items):
                seen: set[str] = set()
                for key, _ in items:
                    if key in seen:
                        doubled.append((found, key))
                    seen.add(key)
            return found

        return json.loads(text, object_pairs_hook=pairs)

    def problems(self, data: Any, source: str | None) -> list[Problem]:
        """The keys given twice and the strings holding a lone surrogate in *data* (what
        :meth:`loads` returned), each at its JSON path."""
        found = Diagnostics(source or "")
        if not self._doubled and not self._surrogates:
            return []
        doubled = {id(obj): key for obj, key in self._doubled}
        for path, value in _walk(data):
            if isinstance(value, dict) and id(value) in doubled:
                found.error(
                    "duplicate-key",
                    f"the key {doubled[id(value)]!r} is given twice; which value is meant "
                    "is unclear",
                    path,
                )
            elif isinstance(value, str) and self._surrogates:
                half = _SURROGATE.search(value)
                if half is not None:
                    found.error(
                        "lone-surrogate",
                        f"the text holds \\u{ord(half[0]):04x}, half of a UTF-16 surrogate "
                        "pair without its other half: no character, and no output can hold it",
                        path,
                    )
        return list(found)


def _walk(data: Any) -> Iterator[tuple[str, Any]]:
    """Every value in *data* (keys too) with its JSON path, in document order."""
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        yield path, value
        if isinstance(value, dict):
            items = list(value.items())
            for key, item in reversed(items):
                step = f".{key}" if key.isidentifier() else f"[{json.dumps(key)}]"
                stack.append((path + step, item))
                yield path + step, key
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))


def huge_number_problem(text: str | bytes, source: str | None) -> Problem | None:
    """The problem of a number in *text* longer than Python converts (which json.loads
    raises a bare ``ValueError`` for), at its ``file:line:column``; ``None`` if there is none."""
    limit = sys.get_int_max_str_digits()
    if isinstance(text, bytes):  # only on this error path: the whole text decoded
        text = text.decode("utf-8", "replace")
    match = re.search(f"[0-9]{{{limit + 1},}}", text)
    if match is None:
        return None
    before = text[: match.start()]
    line = before.count("\n") + 1
    column = len(before) - before.rfind("\n")
    found = Diagnostics()
    return found.error(
        "number-too-long",
        f"a number of {match.end() - match.start():,} digits: more than the {limit:,} digits "
        "a number may have (the environment variable PYTHONINTMAXSTRDIGITS raises it)",
        f"{source or '<string>'}:{line}:{column}",
    )
