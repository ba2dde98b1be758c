"""Streaming TEI P5 exporter: header, document bodies and a standOff of every record.

The header is built by :mod:`~purgehist.formats.tei.write_header`, the records by
:mod:`~purgehist.formats.tei.write_entities` (actors, events),
:mod:`~purgehist.formats.tei.write_places` (places),
:mod:`~purgehist.formats.tei.write_bibliography` (sources) and
:mod:`~purgehist.formats.tei.write_claims` (evidence, claims), the bodies by
:mod:`~purgehist.formats.tei.write_body`; all share one
:class:`~purgehist.formats.tei.write_state.WriteState`.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import IO, Any, BinaryIO

from lxml import etree

from purgehist.formats.tei.build import indent, lang_attrs, sub, valid_lang
from purgehist.formats.tei.namespaces import LANG, TEI_NS, TEI_VERSION, XML_NS, pointer
from purgehist.formats.tei.write_bibliography import source_element
from purgehist.formats.tei.write_body import division_element
from purgehist.formats.tei.write_claims import claim_element, evidence_element
from purgehist.formats.tei.write_entities import actor_element, event_element
from purgehist.formats.tei.write_header import APP_IDENT, header_element
from purgehist.formats.tei.write_places import place_element
from purgehist.formats.tei.write_state import BUILT_IN_GRADES, WriteState
from purgehist.model import Actor, ActorKind
from purgehist.model.dataset import Dataset
from purgehist.model.documents import Document
from purgehist.plugins.specs import Context, ExportResult, GradeSpec

__all__ = ["APP_IDENT", "export_tei", "tei_bytes", "write_tei"]

Element = etree._Element

_List = tuple[str, str, Sequence[Any], Callable[[Any], Element]]
"""A list of the standOff: its element, its ``@type``, its records and how each is written."""


class _Writer:
    """Writes finished elements to an :class:`lxml.etree.xmlfile`, indented if *pretty*."""

    def __init__(self, xf: Any, pretty: bool) -> None:
        self.xf = xf
        self.pretty = pretty

    def nl(self, level: int) -> None:
        if self.pretty:
            self.xf.write("\n" + "  " * level)

    def record(self, el: Element, level: int) -> None:
        self.nl(level)
        if self.pretty:
            indent(el, level)
        self.xf.write(el)


def _runs(actors: Iterable[Actor]) -> Iterator[tuple[bool, list[Actor]]]:
    """Consecutive persons and non-persons, so that listPerson/listOrg keep the model order."""
    run: list[Actor] = []
    current: bool | None = None
    for actor in actors:
        is_person = actor.kind == ActorKind.PERSON
        if current is not None and is_person != current:
            yield current, run
            run = []
        current = is_person
        run.append(actor)
    if run and current is not None:
        yield current, run


def write_tei(
    dataset: Dataset,
    stream: IO[bytes],
    *,
    export_date: str | None = None,
    pretty: bool = True,
    grades: Mapping[str, GradeSpec] | None = None,
) -> ExportResult:
    """Write *dataset* as a TEI P5 document to a binary *stream*, incrementally.

    Records are built one at a time and written with :class:`lxml.etree.xmlfile`, so memory
    does not grow with the dataset beyond the dataset itself.

    :param export_date: ISO date for ``publicationStmt/date[@type='export']`` (default: today)
    :param pretty: indent element-only content (mixed content is never touched)
    :param grades: the evidence grades to describe in the header, as a plugin manager
        registers them (default: the built-in grades)
    :raises DataError: two records (or body elements) share an id
    """
    descriptions = (
        BUILT_IN_GRADES
        if grades is None
        else {name: spec.description for name, spec in grades.items()}
    )
    ctx = WriteState(dataset, descriptions)
    today = export_date or datetime.date.today().isoformat()
    meta = dataset.metadata
    root_attrs = {"version": TEI_VERSION, **lang_attrs(meta.language)}
    stream.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    # Records are built without a namespace and written inside the TEI root, whose default
    # namespace they take: this avoids a redundant xmlns declaration on every record.
    # Declaring the xml prefix (legal, if redundant) keeps lxml from inventing ns0: for it.
    nsmap = {None: TEI_NS, "xml": XML_NS}
    with (
        etree.xmlfile(stream, encoding="utf-8") as xf,
        xf.element(f"{{{TEI_NS}}}TEI", root_attrs, nsmap=nsmap),
    ):
        out = _Writer(xf, pretty)
        out.record(header_element(ctx, today), 1)
        _write_texts(out, ctx)
        lists = [entry for entry in _lists(ctx) if entry[2]]
        if lists:
            _write_standoff(out, lists)
        elif not any(doc.divisions for doc in dataset.documents):
            # TEI needs a text or a standOff after the header.
            empty = etree.Element("text")
            sub(etree.SubElement(etree.SubElement(empty, "body"), "p"), "gap", reason="empty")
            out.record(empty, 1)
        out.nl(0)
    counts = dict(dataset.counts())
    return ExportResult(warnings=ctx.found.problems, counts=counts)


def _write_texts(out: _Writer, ctx: WriteState) -> None:
    with_body = [doc for doc in ctx.dataset.documents if doc.divisions]
    if not with_body:
        return

    def text_element(doc: Document, parent: Element | None) -> Element:
        attrib = {"corresp": pointer(doc.id)}
        text = (
            etree.Element("text", attrib)
            if parent is None
            else etree.SubElement(parent, "text", attrib)
        )
        if doc.language is not None and valid_lang(doc.language):
            text.set(LANG, doc.language)
        body = etree.SubElement(text, "body")
        for div in doc.divisions:
            division_element(div, ctx.evidence, ctx.found, body)
        return text

    if len(with_body) == 1:
        out.record(text_element(with_body[0], None), 1)
        return
    outer = etree.Element("text", type="documents")
    group = etree.SubElement(outer, "group")
    for doc in with_body:
        text_element(doc, group)
    out.record(outer, 1)


def _lists(ctx: WriteState) -> Iterator[_List]:
    """The lists of the standOff, in order (actors in runs of persons and of the others)."""
    dataset = ctx.dataset
    for is_person, run in _runs(dataset.actors):
        yield (
            "listPerson" if is_person else "listOrg",
            "actors",
            run,
            partial(actor_element, ctx=ctx),
        )
    yield "listPlace", "places", dataset.places, partial(place_element, ctx=ctx)
    yield "listEvent", "events", dataset.events, partial(event_element, ctx=ctx)
    yield "listBibl", "sources", dataset.sources, source_element
    yield "listBibl", "evidence", dataset.evidence, partial(evidence_element, ctx=ctx)
    yield "listAnnotation", "claims", dataset.claims, partial(claim_element, ctx=ctx)


def _write_standoff(out: _Writer, lists: Iterable[_List]) -> None:
    out.nl(1)
    with out.xf.element("standOff"):
        for tag, kind, records, element in lists:
            out.nl(2)
            with out.xf.element(tag, type=kind):
                for record in records:
                    out.record(element(record), 3)
                out.nl(2)
        out.nl(1)


def tei_bytes(dataset: Dataset, **options: Any) -> bytes:
    """The TEI document for *dataset* as bytes (options as for :func:`write_tei`)."""
    buffer = io.BytesIO()
    write_tei(dataset, buffer, **options)
    return buffer.getvalue()


def export_tei(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``tei`` output format (options ``export_date`` and ``pretty``); the header
    describes the evidence grades of *context*."""
    date = options.get("export_date")
    return write_tei(
        dataset,
        dest,
        export_date=str(date) if date else None,
        pretty=bool(options.get("pretty", True)),
        grades=context.grades,
    )
