"""Checks shared by the parsers of text formats: empty, binary and UTF-16 input."""

from __future__ import annotations

import codecs

from purgehist.diagnostics import Problem, Severity
from purgehist.errors import DataError

__all__ = ["checked_text", "decoded", "nothing_found"]

_CONTROL = bytes(c for c in range(32) if c not in b"\t\n\r\x0c")
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _reencoded(data: bytes, encoding: str, name: str) -> bytes:
    try:
        return data.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        problem = Problem(
            code="bad-encoding",
            message=f"not readable as {encoding.upper()} ({exc.reason}, byte {exc.start})",
            location=name,
        )
        raise DataError([problem], source=name) from None


def checked_text(data: bytes, name: str, *, hint: str | None = None) -> bytes:
    """The bytes of a text file, ready to decode: UTF-16 and UTF-32 (told by their byte order
    mark) are re-encoded as UTF-8; other encodings are left to the caller.

    >>> checked_text("Getty".encode("utf-16"), "a.bib")
    b'Getty'

    :param data: the whole file
    :param name: the file name, for messages
    :param hint: what the user can do about binary input, added to its message
    :raises DataError: the file is empty or holds only white space (``empty-input``), holds
        binary data (``binary-input``), or has a UTF-16/32 mark but cannot be read as such
    """
    if data.startswith(_UTF32_BOMS):
        data = _reencoded(data, "utf-32", name)
    elif data.startswith(_UTF16_BOMS):
        data = _reencoded(data, "utf-16", name)
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        problem = Problem(code="empty-input", message="the file is empty", location=name)
        raise DataError([problem], source=name)
    head = data[:65536]
    controls = sum(head.count(c) for c in _CONTROL)
    # Text has no NUL and next to no control characters; PDF, DOCX, images and programs do.
    if b"\x00" in head or controls > len(head) // 20:
        message = "not a text file: it holds binary data"
        problem = Problem(
            code="binary-input",
            message=f"{message} ({hint})" if hint else message,
            location=name,
        )
        raise DataError([problem], source=name)
    return data


def decoded(data: bytes, fallback: str) -> tuple[str, int | None]:
    """The text of *data* as UTF-8 (a byte order mark dropped), else in *fallback* with bytes it
    cannot hold replaced; and the line of the first byte that is not UTF-8 (``None``: none).

    >>> decoded("Łódź".encode("cp1250"), "cp1252")
    ('£ódŸ', 1)
    """
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return data.decode(fallback, errors="replace"), data[: exc.start].count(b"\n") + 1


def nothing_found(name: str, what: str = "entries") -> Problem:
    """The warning for a readable input that holds no records: ``no entries found``.

    :param name: the file name, the problem's location
    :param what: what the format's records are called (``entries``, ``items``)
    """
    return Problem(
        code="nothing-found",
        message=f"no {what} found",
        location=name,
        severity=Severity.WARNING,
    )
