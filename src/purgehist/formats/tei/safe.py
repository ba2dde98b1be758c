"""Hardened XML parsing: no DTDs, no entities, no network; errors name the line."""

from __future__ import annotations

import codecs
import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from lxml import etree

from purgehist.diagnostics import Diagnostics
from purgehist.errors import DataError

__all__ = ["SourceLike", "iterparse_safely", "open_source", "parse_safely"]

SourceLike = Path | str | bytes | IO[bytes]
"""A path, the document's bytes, or a binary stream."""

_PROLOG_LIMIT = 1 << 20
_DOCTYPE = re.compile(r"<!DOCTYPE\s+[^\s\[>]+\s*(?P<rest>[^>]*)>?", re.DOTALL)
_FIRST_ELEMENT = re.compile(r"<[A-Za-z_:\u0080-\uffff]")


def _parser_options() -> dict[str, Any]:
    return {
        "resolve_entities": False,
        "load_dtd": False,
        "dtd_validation": False,
        "no_network": True,
        "huge_tree": False,
        "remove_comments": True,
        "remove_pis": True,
    }


class _Chain:
    """The prolog already read, followed by the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int | None = -1) -> bytes:
        if self._head:
            if size is None or size < 0:
                data, self._head = self._head + self._rest.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._rest.read(-1 if size is None else size)


def _decode_head(head: bytes) -> str:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, "replace")
    if head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", "replace")
    return head.decode("latin-1")


def _check_prolog(stream: IO[bytes], name: str) -> bytes:
    """Read the prolog (up to the root element) and refuse DTDs and entity declarations."""
    head = b""
    while len(head) < _PROLOG_LIMIT:
        chunk = stream.read(16384)
        if not chunk:
            break
        head += chunk
        text = _decode_head(head)
        stripped = re.sub(r"<\?.*?\?>|<!--.*?-->", "", text, flags=re.DOTALL)
        if "<!DOCTYPE" in stripped or _FIRST_ELEMENT.search(stripped):
            break
    text = re.sub(r"<\?.*?\?>|<!--.*?-->", "", _decode_head(head), flags=re.DOTALL)
    root = _FIRST_ELEMENT.search(text)
    prolog = text[: root.start()] if root else text
    if "<!ENTITY" in prolog:
        _refuse(name, "declares entities (<!ENTITY>); entity declarations are refused")
    doctype = _DOCTYPE.search(prolog)
    if doctype:
        line = prolog[: doctype.start()].count("\n") + 1
        rest = doctype.group("rest")
        if "[" in rest or "[" in prolog[doctype.start() :]:
            _refuse(name, "has a DOCTYPE with an internal subset; DTDs are refused", line)
        if re.search(r"\b(SYSTEM|PUBLIC)\b", rest):
            _refuse(name, "names an external DTD (SYSTEM/PUBLIC); DTDs are never loaded", line)
    return head


def _refuse(name: str, why: str, line: int = 1) -> None:
    found = Diagnostics(name)
    found.error(
        "unsafe-xml",
        f"refused: the document {why} (nothing was read from disk or network)",
        f"{name}:{line}",
    )
    found.raise_errors()


@contextlib.contextmanager
def open_source(source: SourceLike) -> Iterator[tuple[IO[bytes], str]]:
    """Open *source* for binary reading (streams are left open) and name it for messages."""
    if isinstance(source, bytes):
        yield io.BytesIO(source), "<bytes>"
    elif isinstance(source, str | Path):
        path = Path(source)
        with path.open("rb") as stream:
            yield stream, str(path)
    else:
        yield source, str(getattr(source, "name", "<stream>"))


def syntax_problem(exc: etree.XMLSyntaxError, name: str, element: str | None = None) -> DataError:
    """A :class:`DataError` for a syntax error, naming the line, column and open element."""
    line, column = exc.position if exc.position else (exc.lineno or 1, 0)
    line = max(line, 1)
    message = str(exc.msg or exc).strip()
    log: Any = exc.error_log
    errors = [e for e in log if e.level >= 2]
    if errors:
        line, column, message = errors[-1].line, errors[-1].column, errors[-1].message.strip()
    if element is not None:
        message += f", inside <{element}>"
    if "entity" in message.lower():
        message += " (entities other than the five XML ones are not accepted)"
    found = Diagnostics(name)
    found.error("xml-syntax", f"not well-formed XML: {message} (column {column})", f"{name}:{line}")
    return DataError(found.errors, source=name)


def _undeclared_prefix(el: etree._Element, name: str) -> DataError:
    prefix = str(el.tag).split(":", 1)[0]
    found = Diagnostics(name)
    found.error(
        "xml-namespace",
        f"not well-formed XML: the prefix {prefix!r} of <{el.tag}> is not declared"
        f' (declare it with xmlns:{prefix}="…")',
        f"{name}:{el.sourceline}",
    )
    return DataError(found.errors, source=name)


def iterparse_safely(
    stream: IO[bytes], name: str, events: tuple[str, ...] = ("start", "end")
) -> Iterator[tuple[str, etree._Element]]:
    """Iterate over parse events of *stream* with every dangerous feature off.

    A DOCTYPE with an internal subset or an external identifier, or any ``<!ENTITY>``, is
    refused before parsing starts.

    :raises DataError: the document is unsafe or not well-formed (with its line)
    """
    head = _check_prolog(stream, name)
    context = etree.iterparse(_Chain(head, stream), events=("start", "end"), **_parser_options())
    open_tags: list[str] = []
    try:
        for event, el in context:
            if event == "start":
                if not el.tag.startswith("{") and ":" in el.tag:
                    # libxml2 only warns of an undeclared prefix and keeps "tei:x" as the name
                    raise _undeclared_prefix(el, name)
                open_tags.append(etree.QName(el).localname)
            elif open_tags:
                open_tags.pop()
            if event in events:
                yield event, el
    except etree.XMLSyntaxError as exc:
        raise syntax_problem(exc, name, open_tags[-1] if open_tags else None) from None


def parse_safely(source: SourceLike) -> etree._ElementTree:
    """Parse a whole XML document safely (see :func:`iterparse_safely`).

    :raises DataError: the document is unsafe or not well-formed (with its line)
    """
    with open_source(source) as (stream, name):
        head = _check_prolog(stream, name)
        parser = etree.XMLParser(**_parser_options())
        try:
            chained: Any = _Chain(head, stream)
            return etree.parse(chained, parser)
        except etree.XMLSyntaxError as exc:
            raise syntax_problem(exc, name) from None
