"""The body of a BibTeX block: citation key and ``name = value # value, …`` fields.

Bodies are read in place in the file's text (offsets, no copies), by compiled patterns and
:meth:`str.find` jumps; values keep their LaTeX, macros are expanded through
:class:`~purgehist.formats.bibtex.macros.Macros`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NoReturn

from purgehist.formats.bibtex.macros import MacroError, Macros
from purgehist.formats.bibtex.splitter import brace_close

__all__ = ["BlockError", "parse_fields", "parse_key"]

_SPACE = re.compile(r"\s*")
_IDENT = re.compile(r"[^\s\"#%'(),={}]+")
_KEY = re.compile(r"[^\s,{}()\"#%'=]+")
_FIELD_HEAD = re.compile(r"\s*([^\s\"#%'(),={}]+)\s*=\s*")
_NUMBER = re.compile(r"[0-9]+")
# The common field, read in one match: one braced or quoted value with no braces in it, or a
# number, then a comma or the end; anything else takes the general way below.
_SIMPLE_FIELD = re.compile(
    r"\s*([^\s\"#%'(),={}]+)\s*=\s*(?:\{([^{}]*)\}|\"([^\"{}]*)\"|([0-9]+))\s*(?:,|\Z)"
)
_AFTER_VALUE = re.compile(r"\s*(#\s*)?")

Undefined = Callable[[str, int], None]
"""Called with the name and offset of a macro that is not defined."""


class BlockError(Exception):
    """A block's body cannot be read.

    :param message: what is wrong
    :param index: the offset in the file where it is wrong
    :param code: the problem code
    :param field: the field being read when it went wrong, if any
    """

    def __init__(
        self, message: str, index: int, code: str = "bibtex-syntax", field: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.index = index
        self.code = code
        self.field = field


def parse_key(text: str, start: int, end: int) -> tuple[str, int]:
    """The citation key of an entry whose body is ``text[start:end]``, and where its fields
    start.

    :raises BlockError: there is no key, or it holds a character keys may not
    """
    start = _SPACE.match(text, start, end).end()  # type: ignore[union-attr]
    comma = text.find(",", start, end)
    candidate = text[start : comma if comma >= 0 else end].strip()
    if not candidate:
        raise BlockError("the entry has no citation key", start)
    if "=" in candidate or _KEY.fullmatch(candidate) is None:
        raise BlockError(f"bad citation key {candidate!r}", start)
    return candidate, (comma + 1 if comma >= 0 else end)


def parse_fields(
    text: str, start: int, end: int, macros: Macros, undefined: Undefined
) -> list[tuple[str, str]]:
    """The ``(name, value)`` pairs in ``text[start:end]``: names lower-cased, values with
    their LaTeX, ``#`` joined and macros expanded.

    :param undefined: told of each macro used but not defined (its name is kept as the text)
    :raises BlockError: the fields cannot be read, or a value passes a macro limit
    """
    fields: list[tuple[str, str]] = []
    index = start
    while True:
        simple = _SIMPLE_FIELD.match(text, index, end)
        if simple is not None:
            name, braced, quoted, number = simple.groups()
            value = braced if braced is not None else quoted if quoted is not None else number
            fields.append((name.lower(), value))
            index = simple.end()
            continue
        head = _FIELD_HEAD.match(text, index, end)
        if head is None:
            index = _SPACE.match(text, index, end).end()  # type: ignore[union-attr]
            if index >= end:
                return fields
            _field_head_error(text, index, end)
        name = head.group(1).lower()
        index = head.end()
        pieces: list[str] = []
        uses_macro = False
        while True:
            piece, index, is_macro = _value(text, index, end, macros, undefined, name)
            pieces.append(piece)
            uses_macro = uses_macro or is_macro
            after = _AFTER_VALUE.match(text, index, end)
            index = after.end()  # type: ignore[union-attr]
            if after.group(1) is None:  # type: ignore[union-attr]
                break
        try:
            fields.append((name, macros.value(pieces, uses_macro=uses_macro)))
        except MacroError as exc:
            raise BlockError(exc.message, head.start(1), "bibtex-string-limit", name) from None
        if index >= end:
            return fields
        if text[index] != ",":
            raise BlockError(f"expected ',' after field {name!r}, found {text[index]!r}", index)
        index += 1


def _field_head_error(text: str, index: int, end: int) -> NoReturn:
    ident = _IDENT.match(text, index, end)
    if ident is None:
        raise BlockError(f"expected a field name, found {text[index]!r}", index)
    after = _SPACE.match(text, ident.end(), end).end()  # type: ignore[union-attr]
    raise BlockError(f"expected '=' after field {ident.group().lower()!r}", after)


def _value(
    text: str, index: int, end: int, macros: Macros, undefined: Undefined, field: str
) -> tuple[str, int, bool]:
    """One piece of a value at *index*: its text, where it ends, whether a macro gave it."""
    if index >= end:
        raise BlockError("a field has no value", index)
    char = text[index]
    if char == "{":
        close = brace_close(text, index + 1, end)
        if close < 0:
            raise BlockError("unbalanced braces in a value", index)
        return text[index + 1 : close], close + 1, False
    if char == '"':
        close = _quote_close(text, index + 1, end)
        if close < 0:
            raise BlockError("a value opened with '\"' is never closed", index)
        return text[index + 1 : close], close + 1, False
    number = _NUMBER.match(text, index, end)
    if number is not None:
        return number.group(), number.end(), False
    ident = _IDENT.match(text, index, end)
    if ident is None:
        raise BlockError(f"unexpected {char!r} where a value belongs", index)
    macro = ident.group()
    if macro not in macros:
        undefined(macro, index)
        return macro, ident.end(), False
    try:
        return macros.expand(macro), ident.end(), True
    except MacroError as exc:
        raise BlockError(exc.message, index, "bibtex-string-limit", field) from None


def _quote_close(text: str, index: int, end: int) -> int:
    """Offset of the ``"`` outside braces closing a quote opened just before *index*."""
    depth = 0
    while True:
        quote = text.find('"', index, end)
        if quote < 0:
            return -1
        # The depth at a quote is what the braces before it add up to, in whatever order.
        depth += text.count("{", index, quote) - text.count("}", index, quote)
        if depth == 0:
            return quote
        index = quote + 1
