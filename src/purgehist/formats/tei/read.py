"""Streaming TEI reader: purgehist's own TEI exactly, other projects' TEI as far as it maps.

The reading is split by job: :mod:`~purgehist.formats.tei.read_header` (flavour, taxonomies,
metadata, documents), :mod:`~purgehist.formats.tei.read_entities` (actors),
:mod:`~purgehist.formats.tei.read_places`, :mod:`~purgehist.formats.tei.read_events`,
:mod:`~purgehist.formats.tei.read_bibliography` (sources),
:mod:`~purgehist.formats.tei.read_claims` (evidence, claims, stances, relations) and
:mod:`~purgehist.formats.tei.read_body` (document bodies), all sharing one
:class:`~purgehist.formats.tei.read_state.ReadState`. This module walks the file and hands each
record to its reader (:data:`RECORD_READERS`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO

import attrs

from purgehist.diagnostics import Diagnostics
from purgehist.errors import DataError
from purgehist.formats.tei.namespaces import ID, LANG, TEI_NS, t
from purgehist.formats.tei.read_bibliography import read_bibl, read_bibl_struct
from purgehist.formats.tei.read_body import read_text
from purgehist.formats.tei.read_claims import read_claim, read_evidence
from purgehist.formats.tei.read_entities import read_actor
from purgehist.formats.tei.read_events import read_event
from purgehist.formats.tei.read_header import read_header
from purgehist.formats.tei.read_note_citations import resolve_citations
from purgehist.formats.tei.read_places import read_place
from purgehist.formats.tei.read_plain_citations import resolve_plain_citations
from purgehist.formats.tei.read_state import Element, ReadState
from purgehist.formats.tei.read_stubs import add_creator_stubs
from purgehist.formats.tei.safe import SourceLike, iterparse_safely, open_source
from purgehist.model import Source
from purgehist.model.bulk import builds_records
from purgehist.model.resolution import vouch_if_resolved
from purgehist.plugins.specs import Context, Input, ParseResult

__all__ = ["RECORD_READERS", "parse_tei", "read_tei"]

RecordReader = Callable[[ReadState, Element], None]

_LISTS = frozenset(
    t(n) for n in ("listPerson", "listOrg", "listEvent", "listPlace", "listBibl", "listAnnotation")
)
_LIST_HEADS = frozenset({t("head"), t("desc")})
_TEI = t("TEI")
_HEADER = t("teiHeader")
_TEXT = t("text")
_STANDOFF = t("standOff")
_PLACE = t("place")


def _bibl(state: ReadState, el: Element) -> None:
    parent = el.getparent()
    if state.own and parent is not None and parent.get("type") == "evidence":
        read_evidence(state, el)
    else:
        read_bibl(state, el)


def _note(state: ReadState, el: Element) -> None:
    if state.own and el.get("type") == "claim":
        read_claim(state, el)
    else:
        state.not_mapped(el)


RECORD_READERS: Mapping[str, RecordReader] = {
    t("person"): read_actor,
    t("personGrp"): read_actor,
    t("org"): read_actor,
    t("event"): read_event,
    t("biblStruct"): read_bibl_struct,
    t("bibl"): _bibl,
    t("note"): _note,
    t("place"): read_place,
}
"""The reader of each record element (Clark tag) met in a ``list…``."""


def _read_record(state: ReadState, el: Element, reader: RecordReader) -> None:
    try:
        reader(state, el)
    except (ValueError, TypeError) as exc:
        # A part of a record the model refuses (an empty name variant, say) must name its
        # place like any other problem, not end the run.
        state.found.error("invalid-record", f"cannot read this record: {exc}", state.where(el))


def _read_list(state: ReadState, lst: Element) -> None:
    """Read the records of a list met whole (in the header)."""
    for child in list(lst):
        tag = child.tag
        reader = RECORD_READERS.get(tag)
        if reader is not None:
            _read_record(state, child, reader)
        elif isinstance(tag, str) and tag not in _LISTS and tag not in _LIST_HEADS:
            state.not_mapped(child, lst)


def _clear(el: Element) -> None:
    el.clear(keep_tail=True)  # type: ignore[call-arg]  # lxml-stubs lag behind lxml
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def _not_tei(name: str, el: Element) -> None:
    found = Diagnostics(name)
    found.error(
        "not-tei",
        f"the root element is <{el.tag}>, not a TEI P5 <TEI> (namespace {TEI_NS})",
        f"{name}:{el.sourceline}",
    )
    found.raise_errors()


def _read_top(state: ReadState, el: Element) -> None:
    """A child of ``TEI``, read whole once it has ended."""
    tag = el.tag
    if tag == _HEADER:
        read_header(state, el)
        # Other projects' headers may hold persons (particDesc) and bibliographies (sourceDesc).
        for lst in el.iter(*_LISTS):
            if next(lst.iterancestors(_PLACE), None) is None:  # nested: read with its place
                _read_list(state, lst)
    elif tag == _TEXT:
        read_text(state, el)
    elif tag != _STANDOFF and isinstance(tag, str):
        state.not_mapped(el)


def _result(state: ReadState, validated: bool) -> ParseResult:
    """The dataset read, vouched for if its references resolve (*validated*: every record
    was built with attrs' validators on)."""
    resolve_citations(state)
    resolve_plain_citations(state)
    if not state.own:
        add_creator_stubs(state)
    state.unmapped.report(state.found, state.name)
    if state.found.errors:
        raise DataError(state.found.problems, source=state.name)
    validated = validated and not attrs.validators.get_disabled()
    dataset = vouch_if_resolved(state.dataset(), dates_valid=validated)
    report: dict[str, object] = {
        **dataset.counts(),
        "own_format": state.own,
        "unmapped": dict(sorted(state.unmapped.counts.items())),
        "note_citations_unmatched": state.plain_unresolved,
    }
    return ParseResult(
        dataset=dataset,
        problems=state.found.problems,
        stats=report,
        origins=state.origins(dataset),
    )


@builds_records
def read_tei(source: SourceLike, bibliographies: Sequence[SourceLike] = ()) -> ParseResult:
    """Read a TEI document: purgehist's own TEI exactly, other projects' persons,
    organisations, places, events, bibliographies and texts (with their notes and the
    citations in them) as far as they map (the rest is counted in ``report['unmapped']`` and
    named in warnings).

    The file is read incrementally (records are dropped once read) and safely (see
    :func:`purgehist.formats.tei.safe.parse_safely`).

    :param bibliographies: TEI files whose entries the notes may cite (by id or short title);
        the entries cited join the dataset
    :raises DataError: the XML is unsafe or not well-formed, or a record is invalid; every
        problem names the line and element
    """
    validated = not attrs.validators.get_disabled()
    with open_source(source) as (stream, name):
        state = ReadState(name)
        for bibliography in bibliographies:
            state.bibliography += _entries(state, bibliography)
        # Reserved, so that the body's ids keep clear of the entries that may join.
        state.ids.update(entry.id for entry in state.bibliography)
        _walk(state, stream)
        return _result(state, validated)


def _entries(state: ReadState, bibliography: SourceLike) -> list[Source]:
    """The entries of a bibliography given with the file; one that cannot be read is left
    out with a warning naming its first error, so that the file itself is still read."""
    with open_source(bibliography) as (stream, name):
        other = ReadState(name)
        other.as_bibliography = True
        try:
            _walk(other, stream)
        except DataError as exc:
            other.found.extend(exc.problems)
        if other.found.errors:
            first = other.found.errors[0]
            state.found.warning(
                "unread-bibliography",
                f"the bibliography {name} is left out: {first.message}",
                first.location,
            )
            return []
        return other.sources


def _walk(state: ReadState, stream: IO[bytes]) -> None:
    depth = 0
    stack: list[str] = []
    for event, el in iterparse_safely(stream, state.name):
        tag = el.tag
        if event == "start":
            depth += 1
            stack.append(tag if isinstance(tag, str) else "")
            if depth == 1:
                if tag != _TEI:
                    _not_tei(state.name, el)
                state.root_lang = el.get(LANG)
                state.root_id = el.get(ID)
            continue
        depth -= 1
        stack.pop()
        if depth == 1:
            _read_top(state, el)
            _clear(el)
        elif len(stack) >= 2 and stack[0] == _TEI and stack[1] == _HEADER:
            continue  # the header is read whole when it ends
        elif tag == _PLACE and _PLACE in stack:
            continue  # a place nested in a place is read with the one around it
        elif stack and stack[-1] in _LISTS and isinstance(tag, str):
            reader = RECORD_READERS.get(tag)
            if reader is not None:
                _read_record(state, el, reader)
            elif tag not in _LISTS and tag not in _LIST_HEADS:
                state.not_mapped(el)
            _clear(el)
        elif depth == 2 and stack[-1] == _STANDOFF and tag not in _LISTS:
            state.not_mapped(el)


def parse_tei(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``tei`` input format (option ``bibliography``: TEI files the notes cite, separated
    by the path separator)."""
    given = str(options.get("bibliography") or "")
    paths = [Path(p) for p in given.split(os.pathsep) if p.strip()]
    return read_tei(source, paths)
