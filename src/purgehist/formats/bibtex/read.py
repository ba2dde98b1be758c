"""The ``bibtex`` parser: a BibTeX (or biblatex) file → sources, with an actor per author."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath

from purgehist.diagnostics import Diagnostics, Problem
from purgehist.formats.author_index import AuthorIndex
from purgehist.formats.bibtex.entries import read_bibtex
from purgehist.formats.bibtex.macros import MAX_TOTAL, MAX_VALUE, Macros
from purgehist.formats.bibtex.mapping import Built, entry_to_source
from purgehist.formats.text_files import checked_text, decoded, nothing_found
from purgehist.model import Actor, Creator, Source, is_ncname, slug
from purgehist.model.bulk import builds_records
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.ids import IdPool
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = ["link_actors", "parse_bibtex"]


def _decode(data: bytes, found: Diagnostics) -> str:
    text, line = decoded(data, "latin-1")
    if line is not None:
        found.warning("bibtex-encoding", f"not UTF-8 (line {line}); read as Latin-1", found.source)
    return text


def link_actors(built: list[Built], taken: set[str]) -> tuple[list[Actor], list[Source]]:
    """One actor per distinct name (none of *taken*'s ids); every creator linked to its
    actor."""
    index = AuthorIndex(taken)
    # A name met again in the same role links to the same actor: the index is asked once.
    linked: dict[tuple[str, bool, Creator], Creator] = {}
    sources: list[Source] = []
    for item in built:
        creators = []
        for creator, bib_name in zip(item.creators, item.names, strict=True):
            seen = (bib_name.display, bib_name.literal, creator)
            done = linked.get(seen)
            if done is None:
                done = linked[seen] = index.link(
                    creator,
                    bib_name.display,
                    organisation=bib_name.literal,
                    provenance=item.provenance,
                )
            creators.append(done)
        sources.append(item.make(creators=creators))
    return index.actors(), sources


@builds_records
def parse_bibtex(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """Read a BibTeX file as sources, with an actor for each distinct creator.

    Citation keys become source ids (made NCName-safe with :func:`~purgehist.model.slug`,
    duplicates suffixed ``_2``…; the original key is kept in the provenance note). Every
    malformed entry is a problem with ``file.bib:line`` and its raw text; the rest is read.
    A file with no entries gives the warning ``no entries found``. Time is linear in the
    file, whatever it holds (unclosed entries, keys used thousands of times, macros built
    from macros).

    :raises DataError: the file is empty or binary
        (see :func:`purgehist.formats.text_files.checked_text`)
    """
    name = input_name(source)
    with open_input(source) as stream:
        data = checked_text(stream.read(), name)
    found = Diagnostics(name)
    macros = Macros(
        max_value=_limit(options, "string_value_limit", MAX_VALUE),
        max_total=_limit(options, "string_total_limit", MAX_TOTAL),
    )
    reading = read_bibtex(_decode(data, found), name, macros=macros)
    found.extend(reading.diagnostics)
    if not reading.entries and not len(reading.diagnostics):
        found.add(nothing_found(name, "entries"))
    ids = IdPool()
    built: list[Built] = []
    for entry in reading.entries:
        base = entry.key if is_ncname(entry.key) else slug(entry.key, "bib_")
        if base in ids.taken:
            found.warning(
                "bibtex-duplicate-key",
                f"citation key {entry.key!r} used again; this entry gets a new id",
                f"{name}:{entry.line}",
            )
        source_id = ids.claim(base)
        item = entry_to_source(entry, source_id, name, found)
        if item is None:
            ids.release(source_id)
        else:
            built.append(item)
    actors, sources = link_actors(built, ids.taken)
    dataset = Dataset(
        metadata=Metadata(title=f"Sources from {PurePath(name).name}", source=name),
        actors=actors,
        sources=sources,
    )
    stats = {
        "entries": len(reading.entries),
        "sources": len(sources),
        "actors": len(actors),
        "failed": len(found.errors),
        "strings": reading.strings,
        "comments": reading.comments,
        "preambles": reading.preambles,
    }
    return ParseResult(dataset=dataset, problems=_by_line(found), stats=stats)


def _limit(options: Mapping[str, object], name: str, default: int) -> int:
    value = options.get(name, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _by_line(found: Diagnostics) -> list[Problem]:
    """The problems in file order (a stable sort: those of one line keep the order met)."""
    return sorted(found, key=lambda p: _location_line(p.location))


def _location_line(location: str) -> int:
    tail = location.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0
