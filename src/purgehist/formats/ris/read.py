"""The ``ris`` parser: a RIS file → sources, with an actor per author."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath

from purgehist.diagnostics import Diagnostics
from purgehist.formats.bibtex.mapping import Built
from purgehist.formats.bibtex.read import link_actors
from purgehist.formats.ris.lines import split_records
from purgehist.formats.ris.mapping import FileNotes, record_to_source
from purgehist.formats.text_files import checked_text, decoded, nothing_found
from purgehist.model import is_ncname, slug
from purgehist.model.bulk import builds_records
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.ids import IdPool
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = ["parse_ris"]

_REFER = re.compile(r"\A\ufeff?\s*(?=%[0-9A-Z] )")
"""EndNote's refer format, which catalogues hand out under a ``.ris`` name."""


def _decode(data: bytes, found: Diagnostics) -> str:
    # Older EndNote and Citavi exports are in the Windows code page.
    text, line = decoded(data, "cp1252")
    if line is not None:
        message = f"not UTF-8 (line {line}); read as Windows-1252"
        found.warning("ris-encoding", message, found.source)
    return text


@builds_records
def parse_ris(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """Read a RIS file as sources, with an actor for each distinct creator.

    A record's ``ID`` (EndNote's record number, a Citavi or Zotero key) becomes its source id
    when it is one (made NCName-safe; duplicates suffixed ``_2``…), else one is made from the
    first author and year. Tags with no place in a source are kept in its note and named in
    one warning a tag; every problem names ``file.ris:line``.

    :raises DataError: the file is empty or binary
        (see :func:`purgehist.formats.text_files.checked_text`)
    """
    name = input_name(source)
    with open_input(source) as stream:
        data = checked_text(stream.read(), name)
    found = Diagnostics(name)
    text = _decode(data, found)
    ids = IdPool()
    notes = FileNotes()
    built: list[Built] = []
    records = 0
    for record in split_records(text, name, found):
        records += 1
        given = (record.values.pop("ID", None) or [""])[0].strip()
        base = given if is_ncname(given) else slug(given or _key(record.values), "ris_")
        if given and base in ids.taken:
            found.warning(
                "ris-duplicate-id",
                f"record ID {given!r} used again; this record gets a new id",
                f"{name}:{record.lines.get('ID', record.line)}",
            )
        source_id = ids.claim(base)
        item = record_to_source(record, source_id, name, found, notes, key=given)
        if item is None:
            ids.release(source_id)
        else:
            built.append(item)
    notes.report(found, name)
    refer = _REFER.match(text) if not records else None
    if refer is not None:
        line = text.count("\n", 0, refer.end()) + 1
        found.error(
            "not-ris",
            "no RIS record (one starts with 'TY  - '): this is EndNote's refer format "
            "(%0, %A, %T …), not RIS; export the library as RIS",
            f"{name}:{line}",
        )
    elif not records and not len(found):
        found.add(nothing_found(name, "records"))
    actors, sources = link_actors(built, ids.taken)
    dataset = Dataset(
        metadata=Metadata(title=f"Sources from {PurePath(name).name}", source=name),
        actors=actors,
        sources=sources,
    )
    stats = {
        "records": records,
        "sources": len(sources),
        "actors": len(actors),
        "failed": len(found.errors),
        "tags_in_note": {tag: count for tag, (_, count) in sorted(notes.tags.items())},
    }
    problems = sorted(found, key=lambda p: _line_of(p.location))
    return ParseResult(dataset=dataset, problems=problems, stats=stats)


def _key(values: Mapping[str, list[str]]) -> str:
    """``conquest_1968``: the first author's family name and the year."""
    author = next((v for tag in ("AU", "A1") for v in values.get(tag, ()) if v), "")
    year = next((v[:4] for tag in ("PY", "Y1", "DA") for v in values.get(tag, ()) if v), "")
    return "_".join(p for p in (author.split(",")[0], year) if p) or "record"


def _line_of(location: str) -> int:
    tail = location.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0
