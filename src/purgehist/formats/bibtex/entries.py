"""BibTeX text → entries: blocks split, ``@string`` macros expanded, fields read, every fault
reported as a located problem with its raw text."""

from __future__ import annotations

import attrs

from purgehist.diagnostics import Diagnostics, Problem
from purgehist.formats.bibtex.fields import BlockError, parse_fields, parse_key
from purgehist.formats.bibtex.macros import Macros
from purgehist.formats.bibtex.splitter import Block, Splitter

__all__ = ["BibEntry", "BibReading", "read_bibtex"]


@attrs.frozen
class BibEntry:
    """An entry as read: type and key, raw field values (LaTeX kept), where it starts."""

    type: str
    key: str
    fields: tuple[tuple[str, str], ...]
    """``(name, value)`` pairs, names lower-cased, ``@string`` macros expanded."""
    line: int
    raw: str


@attrs.define
class BibReading:
    """What :func:`read_bibtex` found in BibTeX text, before entries become sources."""

    entries: list[BibEntry] = attrs.field(factory=list)
    """The entries read, in file order (``@string``, ``@preamble`` and ``@comment`` left out)."""
    diagnostics: Diagnostics = attrs.field(factory=Diagnostics)
    """Malformed entries and macros, each with ``file:line`` and its raw text."""
    strings: int = 0
    """How many ``@string`` definitions were read."""
    preambles: int = 0
    """How many ``@preamble`` blocks were skipped."""
    comments: int = 0
    """How many ``@comment`` blocks were skipped."""

    @property
    def problems(self) -> list[Problem]:
        """The problems in :attr:`diagnostics`, in the order met."""
        return list(self.diagnostics)


def read_bibtex(text: str, name: str = "<bibtex>", *, macros: Macros | None = None) -> BibReading:
    """Split BibTeX text into entries, expanding ``@string`` macros and ``#``.

    A malformed entry becomes a problem (``file:line``, the fault, and the raw text) and the
    reader goes on at the next line that opens an entry, so the rest is still read. Time is
    linear in the text, and macro expansion is bounded (see
    :mod:`~purgehist.formats.bibtex.macros`).

    >>> reading = read_bibtex('@string{p = "Yale"}\\n@book{k, publisher = p # { UP}}')
    >>> reading.entries[0].fields, reading.strings
    ((('publisher', 'Yale UP'),), 1)

    :param text: the whole file
    :param name: the file name, for problem locations
    :param macros: the macro table to use (its limits); a fresh one by default
    """
    reading = BibReading(diagnostics=Diagnostics(name))
    found = reading.diagnostics
    macros = macros if macros is not None else Macros()
    splitter = Splitter(text)
    lines = splitter.lines

    def undefined(macro: str, offset: int) -> None:
        found.warning(
            "bibtex-undefined-string",
            f"@string {macro!r} is not defined; its name is kept as the text",
            f"{name}:{lines(offset)}",
            raw=macro,
        )

    for block in splitter.blocks():
        kind = block.kind
        if not block.closed:
            if kind != "comment":
                found.error(
                    "bibtex-unclosed",
                    f"@{kind} opened with {block.opener!r} is never closed",
                    f"{name}:{block.line}",
                    raw=block.raw(text),
                )
            continue
        if kind == "comment":
            reading.comments += 1
            continue
        if kind == "preamble":
            reading.preambles += 1
            continue
        try:
            if kind == "string":
                for field_name, value in parse_fields(
                    text, block.body_start, block.end, macros, undefined
                ):
                    macros.define(field_name, value)
                reading.strings += 1
                continue
            key, fields_start = parse_key(text, block.body_start, block.end)
            fields = parse_fields(text, fields_start, block.end, macros, undefined)
        except BlockError as exc:
            if kind == "string" and exc.field is not None and exc.code != "bibtex-syntax":
                macros.refuse(exc.field)
            _report(found, exc, block, text, name, lines(exc.index))
            continue
        raw = block.raw(text)
        reading.entries.append(
            BibEntry(type=kind, key=key, fields=tuple(fields), line=block.line, raw=raw)
        )
    return reading


def _report(
    found: Diagnostics, exc: BlockError, block: Block, text: str, name: str, line: int
) -> None:
    found.error(
        exc.code,
        f"@{block.kind}: {exc.message} (line {line})",
        f"{name}:{block.line}",
        raw=block.raw(text),
    )
