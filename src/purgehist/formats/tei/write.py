"""Streaming TEI P5 exporter: header, document bodies and a standOff of every record."""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, BinaryIO

from lxml import etree

from purgehist.diagnostics import Problem
from purgehist.errors import DataError
from purgehist.formats.tei.body import division_element
from purgehist.formats.tei.build import (
    date_el,
    indent,
    lang_attrs,
    provenance_bibl,
    sub,
    valid_lang,
)
from purgehist.formats.tei.chars import encode_word, has_illegal
from purgehist.formats.tei.dates import w3c_attrs
from purgehist.formats.tei.namespaces import (
    ID,
    LANG,
    TEI_NS,
    TEI_VERSION,
    XML_NS,
    pointer,
    pointers,
    reserved_prefix,
)
from purgehist.model import (
    Actor,
    ActorKind,
    Attribution,
    Calendar,
    Claim,
    ClaimRelation,
    ClaimStatus,
    Event,
    Evidence,
    Locator,
    Source,
    SourceType,
    Stance,
)
from purgehist.model.claims import RelationType
from purgehist.model.dataset import Dataset
from purgehist.model.dates import EdtfError, parse_edtf
from purgehist.model.documents import Document
from purgehist.model.evidence import GRADE_DESCRIPTIONS, CitationStatus
from purgehist.plugins.specs import Context, ExportResult
from purgehist.version import __version__

__all__ = ["APP_IDENT", "export_tei", "tei_bytes", "write_tei"]

Element = etree._Element

APP_IDENT = "purgehist"
"""``encodingDesc/appInfo/application/@ident`` that marks a file as purgehist's own TEI."""

_SPDX = re.compile(r"[A-Za-z0-9.+-]+")
_PAGES = re.compile(r"\s*([0-9]+)\s*[-–]\s*([0-9]+)\s*")
_WORD = re.compile(r"[^\s\x00-\x1f\x7f-\x9f%]+")
_LANG_NAMES = {
    "en": "English",
    "nl": "Dutch",
    "de": "German",
    "fr": "French",
    "ru": "Russian",
    "uk": "Ukrainian",
    "pl": "Polish",
    "it": "Italian",
    "es": "Spanish",
    "zh": "Chinese",
    "ja": "Japanese",
}
_STANCE_TEXT = {
    Stance.ASSERTS: "The actor holds the claim to be true.",
    Stance.DISPUTES: "The actor holds the claim to be false.",
    Stance.QUALIFIES: "The actor accepts the claim in part or with reservations.",
    Stance.REPORTS: "The actor passes the claim on without taking a position.",
    Stance.RETRACTS: "The actor withdraws an earlier assertion of the claim.",
}
_RELATION_TEXT = {
    RelationType.SUPPORTS: "The claim gives grounds for the target claim.",
    RelationType.CONTRADICTS: "The claim cannot be true together with the target claim.",
    RelationType.REFINES: "The claim makes the target claim more precise.",
}
_STATUS_TEXT = {
    ClaimStatus.REVIEWED: "Checked by an editor.",
    ClaimStatus.CANDIDATE: "Extracted by a machine, awaiting review.",
    ClaimStatus.REJECTED: "Reviewed and rejected by an editor.",
}


def _version() -> str:
    return __version__


class _Context:
    """What the writer needs beyond one record: category ids, the prefix, warnings."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        # Record ids are unique by the model's contract; only body ids are checked against them
        # (in one pass, holding only the body ids, so that memory stays flat).
        body_ids = list(_body_ids(dataset.documents))
        self.prefix = reserved_prefix(
            [*(r.id for r in dataset.records() if "." in r.id), *body_ids]
        )
        self.warnings: list[Problem] = []
        self._check_ids(dataset, body_ids)
        cited = {e for doc in dataset.documents for e in _note_evidence(doc)}
        self._evidence = {e.id: e for e in dataset.evidence if e.id in cited} if cited else {}
        grades: dict[str, None] = dict.fromkeys(str(g) for g in GRADE_DESCRIPTIONS)
        tags: dict[str, None] = {}
        langs: dict[str, None] = {}
        self.julian = False

        def lang(tag: str | None) -> None:
            if tag is not None and valid_lang(tag):
                langs.setdefault(tag)

        lang(dataset.metadata.language)
        for actor in dataset.actors:
            for variant in actor.variants:
                lang(variant.lang)
        for event in dataset.events:
            self.julian = self.julian or event.calendar == Calendar.JULIAN
            for variant in event.labels:
                lang(variant.lang)
        for source in dataset.sources:
            lang(source.language)
        for evidence in dataset.evidence:
            if evidence.grade is not None:
                grades.setdefault(evidence.grade)
        for claim in dataset.claims:
            lang(claim.lang)
            for tag in claim.tags:
                tags.setdefault(tag)
        for doc in dataset.documents:
            lang(doc.language)
        self.langs = sorted(langs)
        self.grade_ids = self._ids("grade", grades)
        self.tag_ids = self._ids("tag", tags)
        self.stance_ids = {s.value: f"{self.prefix}stance.{s.value}" for s in Stance}
        self.relation_ids = {r.value: f"{self.prefix}relation.{r.value}" for r in RelationType}
        self.status_ids = {s.value: f"{self.prefix}status.{s.value}" for s in ClaimStatus}
        self.julian_id = f"{self.prefix}julian"
        self.gregorian_id = f"{self.prefix}gregorian"

    def _ids(self, kind: str, values: Iterable[str]) -> dict[str, str]:
        result: dict[str, str] = {}
        for index, value in enumerate(values):
            candidate = f"{self.prefix}{kind}.{value}"
            if not _NCNAME_SAFE.fullmatch(value):
                candidate = f"{self.prefix}{kind}.{index}"
            result[value] = candidate
        return result

    def _check_ids(self, dataset: Dataset, body_ids: list[str]) -> None:
        if not body_ids:
            return
        seen: set[str] = set()
        duplicates = []
        for value in body_ids:
            if value in seen:
                duplicates.append(value)
            seen.add(value)
        duplicates += [r.id for r in dataset.records() if r.id in seen]
        if duplicates:
            problems = [
                Problem(
                    code="duplicate-id",
                    message=f"id {value!r} is used twice; TEI needs every xml:id to be unique",
                )
                for value in dict.fromkeys(duplicates)
            ]
            raise DataError(problems, source="TEI export")

    def evidence(self, evid_id: str) -> Evidence | None:
        return self._evidence.get(evid_id)


_NCNAME_SAFE = re.compile(r"[A-Za-z0-9_.-]+")


def _note_evidence(doc: Document) -> Iterator[str]:
    stack = list(doc.divisions)
    while stack:
        div = stack.pop()
        for para in div.paragraphs:
            for note in para.notes:
                yield from note.evidence
        stack.extend(div.divisions)


def _body_ids(documents: Iterable[Document]) -> Iterator[str]:
    stack = [div for doc in documents for div in doc.divisions]
    while stack:
        div = stack.pop()
        if div.id is not None:
            yield div.id
        for para in div.paragraphs:
            if para.id is not None:
                yield para.id
        stack.extend(div.divisions)


# Header ---------------------------------------------------------------------------------------


def _category(parent: Element, cat_id: str, value: str, text: str | None) -> None:
    category = etree.SubElement(parent, "category", {ID: cat_id})
    desc = etree.SubElement(category, "catDesc")
    sub(desc, "term", value)
    if text:
        desc[-1].tail = f": {text}"


def _header(ctx: _Context, export_date: str) -> Element:
    meta = ctx.dataset.metadata
    header = etree.Element("teiHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    title_stmt = etree.SubElement(file_desc, "titleStmt")
    sub(title_stmt, "title", meta.title)
    for creator in meta.creators:
        sub(title_stmt, "author", creator)
    resp = etree.SubElement(title_stmt, "respStmt")
    sub(resp, "resp", "Conversion to TEI P5")
    sub(resp, "name", f"purgehist {_version()}")
    if meta.version is not None:
        edition_stmt = etree.SubElement(file_desc, "editionStmt")
        sub(edition_stmt, "edition", meta.version)
    pub = etree.SubElement(file_desc, "publicationStmt")
    sub(pub, "distributor", "purgehist")
    if meta.date is not None:
        date_el(pub, meta.date, type="dataset")
    sub(pub, "date", export_date, type="export", when=export_date)
    availability = etree.SubElement(pub, "availability")
    if meta.license is not None:
        licence = sub(availability, "licence", meta.license)
        if meta.license.startswith(("http://", "https://")) and " " not in meta.license:
            licence.set("target", meta.license)
        elif _SPDX.fullmatch(meta.license):
            licence.set("target", f"https://spdx.org/licenses/{meta.license}.html")
    else:
        availability.set("status", "unknown")
        sub(availability, "p", "The dataset states no licence.")
    if meta.description is not None:
        notes = etree.SubElement(file_desc, "notesStmt")
        sub(notes, "note", meta.description, type="description")
    source_desc = etree.SubElement(file_desc, "sourceDesc")
    if meta.source is not None:
        sub(source_desc, "bibl", meta.source, type="source")
    for doc in ctx.dataset.documents:
        _document_bibl(source_desc, doc)
    if not len(source_desc):
        sub(source_desc, "p", "Born-digital dataset: no source named.")
    _encoding_desc(header, ctx)
    _profile_desc(header, ctx)
    return header


def _document_bibl(parent: Element, doc: Document) -> None:
    bibl = etree.SubElement(parent, "bibl", {ID: doc.id, "type": "document"})
    bibl.set("subtype", encode_word(doc.type))
    sub(bibl, "title", doc.title)
    for author in doc.authors:
        sub(bibl, "author", author)
    if doc.date is not None:
        date_el(bibl, doc.date)
    if doc.language is not None:
        lang = sub(bibl, "textLang", doc.language)
        if valid_lang(doc.language):
            lang.set("mainLang", doc.language)
    for ident in doc.identifiers:
        sub(bibl, "idno", ident.value, type=encode_word(ident.scheme))
    if doc.file is not None:
        sub(bibl, "note", doc.file, type="file")
    if doc.sha256 is not None:
        sub(bibl, "note", doc.sha256, type="sha256")
    if doc.bibliography:
        related = etree.SubElement(bibl, "relatedItem", type="bibliography")
        etree.SubElement(related, "ptr", target=pointers(doc.bibliography))


def _encoding_desc(header: Element, ctx: _Context) -> None:
    enc = etree.SubElement(header, "encodingDesc")
    app_info = etree.SubElement(enc, "appInfo")
    app = etree.SubElement(app_info, "application", ident=APP_IDENT, version=_version())
    sub(app, "label", "purgehist")
    project = etree.SubElement(enc, "projectDesc")
    sub(
        project,
        "p",
        "Exported by purgehist: historians' claims about the past, the stances actors take "
        "towards them, and the graded evidence they cite. Persons, organisations, events, "
        "sources, evidence and claims are kept in standOff; every pointer is a same-document "
        "#xml:id. Dates are EDTF strings in element content, approximated by W3C dating "
        "attributes. Characters XML cannot carry are written as "
        '<g type="purgehist-char" n="U+000C"/> (the code point in hexadecimal); '
        "token attributes are percent-encoded.",
    )
    class_decl = etree.SubElement(enc, "classDecl")
    prefix = ctx.prefix
    grades = etree.SubElement(class_decl, "taxonomy", {ID: f"{prefix}grades"})
    sub(grades, "desc", "Evidence grades (bibl/@ana)")
    for value, cat_id in ctx.grade_ids.items():
        _category(grades, cat_id, value, GRADE_DESCRIPTIONS.get(value))
    stances = etree.SubElement(class_decl, "taxonomy", {ID: f"{prefix}stances"})
    sub(stances, "desc", "Stances of an actor towards a claim (relation/@ref)")
    for stance, cat_id in ctx.stance_ids.items():
        _category(stances, cat_id, stance, _STANCE_TEXT[Stance(stance)])
    relations = etree.SubElement(class_decl, "taxonomy", {ID: f"{prefix}relations"})
    sub(relations, "desc", "Relations between claims (relation/@ref)")
    for rel, cat_id in ctx.relation_ids.items():
        _category(relations, cat_id, rel, _RELATION_TEXT[RelationType(rel)])
    statuses = etree.SubElement(class_decl, "taxonomy", {ID: f"{prefix}statuses"})
    sub(statuses, "desc", "Editorial status of a claim (note/@ana)")
    for status, cat_id in ctx.status_ids.items():
        _category(statuses, cat_id, status, _STATUS_TEXT[ClaimStatus(status)])
    if ctx.tag_ids:
        tags = etree.SubElement(class_decl, "taxonomy", {ID: f"{prefix}tags"})
        sub(tags, "desc", "Tags of claims (note/@ana)")
        for tag, cat_id in ctx.tag_ids.items():
            _category(tags, cat_id, tag, None)


def _profile_desc(header: Element, ctx: _Context) -> None:
    meta = ctx.dataset.metadata
    profile = etree.SubElement(header, "profileDesc")
    calendars = etree.SubElement(profile, "calendarDesc")
    gregorian = etree.SubElement(calendars, "calendar", {ID: ctx.gregorian_id})
    sub(gregorian, "p", "Gregorian calendar (New Style)")
    julian = etree.SubElement(calendars, "calendar", {ID: ctx.julian_id})
    sub(julian, "p", "Julian calendar (Old Style), used in Russia until 31 January 1918")
    if ctx.langs:
        usage = etree.SubElement(profile, "langUsage")
        for tag in ctx.langs:
            sub(usage, "language", _LANG_NAMES.get(tag.split("-")[0].lower(), tag), ident=tag)
    if meta.keywords:
        text_class = etree.SubElement(profile, "textClass")
        keywords = etree.SubElement(text_class, "keywords")
        for keyword in meta.keywords:
            sub(keywords, "term", keyword)


# standOff records ----------------------------------------------------------------------------


def _names(parent: Element, tag: str, name: str, variants: Iterable[Any]) -> None:
    sub(parent, tag, name, type="main")
    for variant in variants:
        sub(parent, tag, variant.name, type=encode_word(variant.type), **lang_attrs(variant.lang))


def _membership_children(el: Element, role: str | None, date: str | None, note: str | None) -> None:
    if role is not None:
        sub(el, "roleName", role)
    if date is not None:
        date_el(el, date)
    if note is not None:
        sub(el, "note", note)


def _is_interval(value: str) -> bool:
    try:
        return parse_edtf(value).interval
    except EdtfError:
        return False


def actor_element(actor: Actor) -> Element:
    """``person`` (persons) or ``org`` (organisations, groups, schools) for an :class:`Actor`."""
    is_person = actor.kind == ActorKind.PERSON
    el = etree.Element("person" if is_person else "org", {ID: actor.id})
    if not is_person:
        el.set("type", actor.kind.value)
    if actor.roles:
        el.set("role", " ".join(encode_word(role) for role in actor.roles))
    _names(el, "persName" if is_person else "orgName", actor.name, actor.variants)
    for ident in actor.identifiers:
        sub(el, "idno", ident.value, type=encode_word(ident.scheme))
    if actor.lifespan is not None:
        if is_person and _is_interval(actor.lifespan):
            start, _, end = actor.lifespan.partition("/")
            date_el(el, start, "birth")
            date_el(el, end, "death")
        else:
            note = etree.SubElement(el, "note", type="lifespan")
            date_el(note, actor.lifespan)
    for membership in actor.memberships:
        if is_person:
            member = etree.SubElement(
                el, "affiliation", type="membership", ref=pointer(membership.group)
            )
        else:
            member = etree.SubElement(
                el, "note", type="membership", target=pointer(membership.group)
            )
        _membership_children(member, membership.role, membership.date, membership.note)
    if actor.description is not None:
        sub(el, "note", actor.description, type="description")
    if actor.provenance is not None:
        provenance_bibl(etree.SubElement(el, "note", type="provenance"), actor.provenance)
    return el


def event_element(event: Event, ctx: _Context) -> Element:
    """``event`` for an :class:`Event`; the EDTF date and the printed date go in a
    ``note type="date"``, participants and the larger event in a ``listRelation``."""
    el = etree.Element("event", {ID: event.id})
    if event.type is not None:
        el.set("type", encode_word(event.type))
    for key, value in w3c_attrs(event.date).items():
        el.set(key, value)
    for ident in event.identifiers:
        sub(el, "idno", ident.value, type=encode_word(ident.scheme))
    _names(el, "eventName", event.label, event.labels)
    if event.date is not None or event.date_text is not None or event.calendar != "gregorian":
        note = etree.SubElement(el, "note", type="date")
        if event.date is not None:
            date_el(note, event.date, type="edtf")
        if event.date_text is not None or event.calendar != Calendar.GREGORIAN:
            calendar = ctx.julian_id if event.calendar == Calendar.JULIAN else ctx.gregorian_id
            sub(note, "date", event.date_text, type="printed", calendar=pointer(calendar))
    if event.description is not None:
        sub(el, "note", event.description, type="description")
    if event.provenance is not None:
        provenance_bibl(el, event.provenance)
    if event.place is not None:
        place = etree.SubElement(el, "place")
        sub(place, "placeName", event.place)
    if event.participants or event.part_of is not None:
        relations = etree.SubElement(el, "listRelation", type="event")
        for participant in event.participants:
            rel = etree.SubElement(
                relations,
                "relation",
                name="participant",
                active=pointer(participant.actor),
                passive=pointer(event.id),
            )
            if participant.role is not None:
                _desc(rel, participant.role)
        if event.part_of is not None:
            etree.SubElement(
                relations,
                "relation",
                name="partOf",
                active=pointer(event.id),
                passive=pointer(event.part_of),
            )
    return el


def _desc(parent: Element, text: str | None) -> Element:
    """``desc`` cannot hold ``g``: text with XML-illegal characters is wrapped in ``q``."""
    desc = etree.SubElement(parent, "desc")
    if text is not None:
        if has_illegal(text):
            sub(desc, "q", text, type="escaped")
        else:
            desc.text = text
    return desc


def _creators(parent: Element, source: Source) -> None:
    for creator in source.creators:
        ref = {"ref": pointer(creator.actor)} if creator.actor is not None else {}
        if creator.role in ("author", "editor"):
            sub(parent, creator.role, creator.name, **ref)
        else:
            resp = etree.SubElement(parent, "respStmt")
            sub(resp, "resp", creator.role)
            sub(resp, "name", creator.name, **ref)


def _titles(parent: Element, source: Source, level: str) -> None:
    sub(parent, "title", source.title, level=level)
    if source.short_title is not None:
        sub(parent, "title", source.short_title, level=level, type="short")


def source_element(source: Source) -> Element:
    """``biblStruct`` for a :class:`Source`: ``analytic`` when it sits in a container."""
    el = etree.Element("biblStruct", {ID: source.id, "type": source.type.value})
    if not source.listed:
        el.set("subtype", "unlisted")
    idno_parent: Element
    if source.container is not None:
        analytic = etree.SubElement(el, "analytic")
        _creators(analytic, source)
        _titles(analytic, source, "a")
        for ident in source.identifiers:
            sub(analytic, "idno", ident.value, type=encode_word(ident.scheme))
        monogr = etree.SubElement(el, "monogr")
        serial = source.type in (SourceType.ARTICLE, SourceType.NEWSPAPER)
        sub(monogr, "title", source.container, level="j" if serial else "m")
        idno_parent = analytic
    else:
        monogr = etree.SubElement(el, "monogr")
        _creators(monogr, source)
        _titles(monogr, source, "u" if source.type == SourceType.ARCHIVAL else "m")
        for ident in source.identifiers:
            sub(monogr, "idno", ident.value, type=encode_word(ident.scheme))
        idno_parent = monogr
    if source.language is not None:
        lang = sub(idno_parent, "textLang", source.language)
        if valid_lang(source.language):
            lang.set("mainLang", source.language)
    if source.edition is not None:
        sub(monogr, "edition", source.edition)
    imprint = etree.SubElement(monogr, "imprint")
    if source.place is not None:
        sub(imprint, "pubPlace", source.place)
    if source.publisher is not None:
        sub(imprint, "publisher", source.publisher)
    if source.date is not None:
        date_el(imprint, source.date)
    if source.accessed is not None:
        date_el(imprint, source.accessed, type="accessed")
    if source.volume is not None:
        sub(imprint, "biblScope", source.volume, unit="volume")
    if source.issue is not None:
        sub(imprint, "biblScope", source.issue, unit="issue")
    if not len(imprint):
        sub(imprint, "date", None, type="unknown")
    if source.pages is not None:
        scope = sub(monogr, "biblScope", source.pages, unit="page")
        match = _PAGES.fullmatch(source.pages)
        if match:
            scope.set("from", match[1])
            scope.set("to", match[2])
    if source.note is not None:
        sub(el, "note", source.note)
    if source.provenance is not None:
        provenance_bibl(etree.SubElement(el, "note", type="provenance"), source.provenance)
    return el


def _range_element(
    parent: Element, unit: str, start: str, end: str | None, following: bool
) -> None:
    el = etree.SubElement(parent, "citedRange", n="range-following" if following else "range")
    el.set("unit", unit)
    if _WORD.fullmatch(start) and (end is None or _WORD.fullmatch(end)):
        el.set("from", start)
        if end is not None:
            el.set("to", end)
        el.text = f"{start}-{end}" if end else start
    else:
        sub(el, "num", start, type="start")
        if end is not None:
            sub(el, "num", end, type="end")


def _locator(parent: Element, locator: Locator) -> None:
    unit = encode_word(locator.unit)
    sub(parent, "citedRange", locator.printed, n="printed", unit=unit)
    for page_range in locator.ranges:
        _range_element(parent, unit, page_range.start, page_range.end, page_range.following)
    archival = locator.archival
    if archival is not None:
        arch = etree.SubElement(parent, "citedRange", n="archival", unit="archival")
        for key in ("archive", "fond", "opis", "delo", "folios"):
            value = getattr(archival, key)
            if value is not None:
                sub(arch, "idno", value, type=key)


def evidence_element(evidence: Evidence, ctx: _Context) -> Element:
    """``bibl type="evidence"`` for an :class:`Evidence`: a pointer to the source and the
    locator as printed, as ranges and as an archival reference."""
    el = etree.Element("bibl", {ID: evidence.id, "type": "evidence"})
    if evidence.status != CitationStatus.RESOLVED:
        el.set("subtype", evidence.status.value)
    if evidence.grade is not None:
        el.set("ana", pointer(ctx.grade_ids[evidence.grade]))
    if evidence.source is not None:
        etree.SubElement(el, "ptr", type="source", target=pointer(evidence.source))
    if evidence.locator is not None:
        _locator(el, evidence.locator)
    if evidence.quote is not None:
        sub(el, "quote", evidence.quote)
    if evidence.cited_as is not None:
        sub(el, "note", evidence.cited_as, type="citedAs")
    if evidence.chain:
        chain = etree.SubElement(el, "note", type="chain")
        items = etree.SubElement(chain, "list", type="transmission")
        for link in evidence.chain:
            item = etree.SubElement(items, "item")
            ref = {"ref": pointer(link.actor)} if link.actor is not None else {}
            sub(item, "persName", link.name, **ref)
            if link.role is not None:
                sub(item, "roleName", link.role)
    if evidence.note is not None:
        sub(el, "note", evidence.note, type="comment")
    if evidence.provenance is not None:
        provenance_bibl(el, evidence.provenance)
    return el


def _number(value: float) -> str:
    text = repr(value)
    return text.replace("e+", "e")


def _attribution(parent: Element, claim: Claim, attribution: Attribution, ctx: _Context) -> None:
    rel = etree.SubElement(parent, "relation", type="stance", name=attribution.stance.value)
    rel.set("ref", pointer(ctx.stance_ids[attribution.stance.value]))
    rel.set("active", pointer(attribution.actor))
    rel.set("passive", pointer(claim.id))
    if attribution.evidence:
        rel.set("source", pointers(attribution.evidence))
    if attribution.work is not None:
        rel.set("corresp", pointer(attribution.work))
    if attribution.no_evidence:
        rel.set("subtype", "noEvidence")
    date_attrs = w3c_attrs(attribution.date)
    plain_date = date_attrs.get("when") == attribution.date
    for key, value in date_attrs.items():
        rel.set(key, value)
    if attribution.note is not None or attribution.provenance is not None or not plain_date:
        desc = _desc(rel, attribution.note)
        if attribution.date is not None and not plain_date:
            sub(desc, "date", attribution.date, type="edtf")
        if attribution.provenance is not None:
            provenance_bibl(desc, attribution.provenance)


def _relation(parent: Element, claim: Claim, relation: ClaimRelation, ctx: _Context) -> None:
    rel = etree.SubElement(parent, "relation", type="argument", name=relation.type.value)
    rel.set("ref", pointer(ctx.relation_ids[relation.type.value]))
    rel.set("active", pointer(claim.id))
    rel.set("passive", pointer(relation.target))
    if relation.note is not None:
        _desc(rel, relation.note)


def claim_element(claim: Claim, ctx: _Context) -> Element:
    """``note type="claim"`` for a :class:`Claim`, with its stances and its relations to
    other claims as ``listRelation`` children."""
    el = etree.Element("note", {ID: claim.id, "type": "claim"})
    if claim.about:
        el.set("target", pointers(claim.about))
    if claim.anchor is not None:
        el.set("corresp", pointer(claim.anchor))
    ana = [ctx.status_ids[claim.status.value], *(ctx.tag_ids[tag] for tag in claim.tags)]
    el.set("ana", pointers(ana))
    sub(el, "p", claim.text, **lang_attrs(claim.lang))
    quantity = claim.quantity
    if quantity is not None:
        measure = sub(el, "measure", quantity.unit, type="quantity")
        if quantity.value is not None:
            measure.set("quantity", _number(quantity.value))
        if quantity.low is not None:
            measure.set("atLeast", _number(quantity.low))
        if quantity.high is not None:
            measure.set("atMost", _number(quantity.high))
    if claim.certainty is not None:
        etree.SubElement(
            el,
            "certainty",
            locus="value",
            cert=claim.certainty.value,
            target=pointer(claim.id),
        )
    if claim.note is not None:
        sub(el, "note", claim.note, type="comment")
    if claim.provenance is not None:
        provenance_bibl(el, claim.provenance)
    if claim.attributions:
        stances = etree.SubElement(el, "listRelation", type="stances")
        for attribution in claim.attributions:
            _attribution(stances, claim, attribution, ctx)
    if claim.relations:
        argument = etree.SubElement(el, "listRelation", type="argument")
        for relation in claim.relations:
            _relation(argument, claim, relation, ctx)
    return el


# Document ------------------------------------------------------------------------------------


class _Writer:
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
) -> ExportResult:
    """Write *dataset* as a TEI P5 document to a binary *stream*, incrementally.

    Records are built one at a time and written with :class:`lxml.etree.xmlfile`, so memory
    does not grow with the dataset beyond the dataset itself.

    :param export_date: ISO date for ``publicationStmt/date[@type='export']`` (default: today)
    :param pretty: indent element-only content (mixed content is never touched)
    :raises DataError: two records (or body elements) share an id
    """
    ctx = _Context(dataset)
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
        out.record(_header(ctx, today), 1)
        _write_texts(out, ctx)
        if any(getattr(dataset, name) for name in ("actors", "events", "sources")) or (
            dataset.evidence or dataset.claims
        ):
            out.nl(1)
            with xf.element("standOff"):
                _write_standoff(out, ctx)
                out.nl(1)
        elif not any(doc.divisions for doc in dataset.documents):
            # TEI needs a text or a standOff after the header.
            empty = etree.Element("text")
            sub(etree.SubElement(etree.SubElement(empty, "body"), "p"), "gap", reason="empty")
            out.record(empty, 1)
        out.nl(0)
    counts = dict(dataset.counts())
    return ExportResult(warnings=ctx.warnings, counts=counts)


def _write_texts(out: _Writer, ctx: _Context) -> None:
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
            division_element(div, ctx.evidence, ctx.warnings, body)
        return text

    if len(with_body) == 1:
        out.record(text_element(with_body[0], None), 1)
        return
    outer = etree.Element("text", type="documents")
    group = etree.SubElement(outer, "group")
    for doc in with_body:
        text_element(doc, group)
    out.record(outer, 1)


def _write_standoff(out: _Writer, ctx: _Context) -> None:
    xf = out.xf
    dataset = ctx.dataset
    for is_person, run in _runs(dataset.actors):
        out.nl(2)
        with xf.element("listPerson" if is_person else "listOrg", type="actors"):
            for actor in run:
                out.record(actor_element(actor), 3)
            out.nl(2)
    if dataset.events:
        out.nl(2)
        with xf.element("listEvent", type="events"):
            for event in dataset.events:
                out.record(event_element(event, ctx), 3)
            out.nl(2)
    if dataset.sources:
        out.nl(2)
        with xf.element("listBibl", type="sources"):
            for source in dataset.sources:
                out.record(source_element(source), 3)
            out.nl(2)
    if dataset.evidence:
        out.nl(2)
        with xf.element("listBibl", type="evidence"):
            for evidence in dataset.evidence:
                out.record(evidence_element(evidence, ctx), 3)
            out.nl(2)
    if dataset.claims:
        out.nl(2)
        with xf.element("listAnnotation", type="claims"):
            for claim in dataset.claims:
                out.record(claim_element(claim, ctx), 3)
            out.nl(2)


def tei_bytes(dataset: Dataset, **options: Any) -> bytes:
    """The TEI document for *dataset* as bytes (options as for :func:`write_tei`)."""
    buffer = io.BytesIO()
    write_tei(dataset, buffer, **options)
    return buffer.getvalue()


def export_tei(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``tei`` output format (options ``export_date`` and ``pretty``)."""
    date = options.get("export_date")
    return write_tei(
        dataset,
        dest,
        export_date=str(date) if date else None,
        pretty=bool(options.get("pretty", True)),
    )
