"""Read a CSL-JSON array (a Zotero export, say) as sources, with actors for their creators."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

import attrs

from purgehist import Actor, Dataset, Metadata, Provenance, Source
from purgehist.plugins.sdk import (
    AuthorIndex,
    Context,
    DataError,
    Input,
    ParseResult,
    Problem,
    checked_text,
    input_name,
    is_ncname,
    nothing_found,
    open_input,
    slug,
    unique_id,
)
from purgehist_csl.mapping import CslItemError, csl_to_source, name_to_csl

__all__ = ["display_name", "parse_csl", "sniff_csl"]

_SPACE = " \t\r\n"


def sniff_csl(head: bytes) -> bool:
    """Tell whether the first bytes of a file look like a CSL-JSON array of items.

    :param head: the first few KiB of the file
    """
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not text.startswith(b"["):
        return False
    return (
        text[1:].lstrip().startswith(b"{")
        and b'"type"' in text
        and (b'"id"' in text or b'"title"' in text)
    )


def display_name(name: str) -> str:
    """A creator's ``Family, Given`` name in reading order (``Given Family``), for actors."""
    parts = name_to_csl(name)
    if "literal" in parts:
        return parts["literal"]
    order = ("given", "dropping-particle", "non-dropping-particle", "family")
    shown = " ".join(parts[k] for k in order if parts.get(k))
    return f"{shown}, {parts['suffix']}" if parts.get("suffix") else shown


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in _SPACE:
        index += 1
    return index


def _decode(decoder: json.JSONDecoder, text: str, index: int) -> tuple[Any, int]:
    """The JSON value that starts at *index*, and where it ends.

    :raises json.JSONDecodeError: not JSON, or nested deeper than Python can follow
    """
    try:
        return decoder.raw_decode(text, index)
    except RecursionError:
        raise json.JSONDecodeError("JSON nested too deeply", text, index) from None
    except json.JSONDecodeError:
        raise
    except ValueError:  # a number longer than Python converts: json says not where
        limit = sys.get_int_max_str_digits()
        found = re.compile(f"[0-9]{{{limit + 1},}}").search(text, index)
        if found is None:
            raise
        msg = (
            f"a number of {len(found[0]):,} digits: more than the {limit:,} a number may have "
            "(the environment variable PYTHONINTMAXSTRDIGITS raises it)"
        )
        raise json.JSONDecodeError(msg, text, found.start()) from None


def _items_with_lines(text: str) -> list[tuple[int, Any]]:
    """The elements of a JSON array with the line each starts on.

    :raises json.JSONDecodeError: the text is not JSON, or not an array (``msg`` says so)
    """
    decoder = json.JSONDecoder()
    index = _skip(text, 0)
    if index >= len(text) or text[index] != "[":
        _decode(decoder, text, index)  # raises on text that is not JSON at all
        msg = "a CSL-JSON file holds an array of items ('[...]')"
        raise json.JSONDecodeError(msg, text, index)
    index = _skip(text, index + 1)
    items: list[tuple[int, Any]] = []
    line, counted = 1, 0
    if index < len(text) and text[index] == "]":
        index += 1
    else:
        while True:
            value, end = _decode(decoder, text, index)
            line += text.count("\n", counted, index)
            counted = index
            items.append((line, value))
            index = _skip(text, end)
            if index < len(text) and text[index] == ",":
                index = _skip(text, index + 1)
                continue
            if index < len(text) and text[index] == "]":
                index += 1
                break
            raise json.JSONDecodeError("expecting ',' or ']' after an item", text, index)
    if _skip(text, index) != len(text):
        raise json.JSONDecodeError("extra data after the array", text, _skip(text, index))
    return items


def _source_id(raw_id: Any, taken: set[str]) -> str:
    text = str(raw_id).strip() if raw_id is not None else ""
    if "/" in text:
        # Zotero ids are URIs ending in the item key: keep the key, not the host.
        text = text.rstrip("/").rsplit("/", 1)[-1]
    base = text if is_ncname(text) else slug(text or "item", "bib_")
    return unique_id(base, taken)


def parse_csl(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """Read a CSL-JSON array as a dataset of sources and of actors for their creators.

    Item ids become NCName-safe (via :func:`purgehist.model.ids.slug`, Zotero URIs reduced to their
    key; collisions get ``_2``, ``_3``…); the original id is kept in the provenance note.
    Creators with the same normalised name become one actor (``literal`` names an
    organisation). An item that cannot become a source is a problem with its raw JSON; an
    empty array gives the warning ``no items found``.

    :raises DataError: the file is empty, binary, not UTF-8 (or UTF-16 with a byte order
        mark), not JSON holding an array, or nested too deeply.
    """
    name = input_name(source)
    with open_input(source) as stream:
        data = checked_text(stream.read(), name)
    try:
        text = data.decode("utf-8-sig")
        items = _items_with_lines(text)
    except UnicodeDecodeError as exc:
        problem = Problem(
            code="csl-encoding",
            message=f"not UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            location=name,
        )
        raise DataError([problem], source=name) from None
    except json.JSONDecodeError as exc:
        problem = Problem(
            code="csl-invalid-json",
            message=exc.msg,
            location=f"{name}:{exc.lineno}:{exc.colno}",
            raw=text.splitlines()[exc.lineno - 1] if text.splitlines() else None,
        )
        raise DataError([problem], source=name) from None

    problems: list[Problem] = []
    taken: set[str] = set()
    drafts: list[tuple[int, Mapping[str, Any], str, str]] = []
    for position, (line, item) in enumerate(items):
        where = f"{name}:{line} $[{position}]"
        try:
            if not isinstance(item, Mapping):
                problems.append(
                    Problem(
                        code="csl-invalid-item",
                        message=f"an item must be a JSON object, not {type(item).__name__}",
                        location=where,
                        raw=json.dumps(item, ensure_ascii=False),
                    )
                )
                continue
            drafts.append((line, item, where, _source_id(item.get("id"), taken)))
        except RecursionError:
            problems.append(_too_deep(where))

    sources: list[Source] = []
    literals: set[str] = set()
    for line, item, where, source_id in drafts:
        try:
            built, found, literal_names = csl_to_source(item, id=source_id, location=where)
        except CslItemError as exc:
            problems.extend(exc.problems)
            taken.discard(source_id)
            continue
        except RecursionError:
            # JSON that the decoder could follow, but writing it back as text (for a note or
            # a problem's raw) goes deeper still.
            problems.append(_too_deep(where))
            taken.discard(source_id)
            continue
        problems.extend(found)
        original = str(item.get("id"))
        note = None if original == source_id else f"CSL id {original!r}"
        sources.append(attrs.evolve(built, provenance=Provenance(file=name, line=line, note=note)))
        literals.update(literal_names)

    if not items:
        problems.append(nothing_found(name, "items"))
    actors, sources = _link_actors(sources, taken, literals)
    problems.sort(key=lambda p: _item_position(p.location))
    dataset = Dataset(
        metadata=Metadata(title=f"Sources from {PurePath(name).name}", source=name),
        actors=actors,
        sources=sources,
    )
    return ParseResult(
        dataset=dataset,
        problems=problems,
        stats={"items": len(items), "sources": len(sources), "actors": len(actors)},
    )


def _too_deep(where: str) -> Problem:
    return Problem(code="csl-invalid-item", message="JSON nested too deeply", location=where)


def _item_position(location: str) -> int:
    match = re.search(r"\$\[(\d+)\]$", location)
    return int(match.group(1)) if match else -1


def _link_actors(
    sources: list[Source], taken: set[str], literals: set[str]
) -> tuple[list[Actor], list[Source]]:
    """One actor per distinct creator name, and the sources' creators linked to them."""
    index = AuthorIndex(taken)
    linked = [
        attrs.evolve(
            source,
            creators=[
                index.link(
                    creator,
                    display_name(creator.name),
                    organisation=creator.name in literals,
                    provenance=source.provenance,
                )
                for creator in source.creators
            ],
        )
        for source in sources
    ]
    return index.actors(), linked
