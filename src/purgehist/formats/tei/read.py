"""Streaming TEI reader: purgehist's own TEI exactly, other projects' TEI as far as it maps."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
from lxml import etree

from purgehist.diagnostics import Problem, Severity
from purgehist.errors import DataError
from purgehist.formats.tei.body import BodyReader, text_of
from purgehist.formats.tei.chars import decode_attr
from purgehist.formats.tei.dates import edtf_from_attrs
from purgehist.formats.tei.namespaces import ID, LANG, TEI_NS, local, t, unpoint
from purgehist.formats.tei.safe import SourceLike, iterparse_safely, open_source
from purgehist.model import (
    Actor,
    ActorKind,
    ArchivalReference,
    Attribution,
    Calendar,
    Certainty,
    ChainLink,
    Claim,
    ClaimRelation,
    ClaimStatus,
    Creator,
    Division,
    Document,
    Event,
    Evidence,
    Identifier,
    Locator,
    LocatorUnit,
    Membership,
    NameVariant,
    PageRange,
    Participant,
    Provenance,
    Quantity,
    RelationType,
    Source,
    SourceType,
    Stance,
)
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.dates import is_edtf
from purgehist.model.evidence import CitationStatus
from purgehist.model.ids import is_ncname, slug
from purgehist.plugins.specs import Context, Input, ParseResult

__all__ = ["parse_tei", "read_tei"]

Element = etree._Element
_R = TypeVar("_R")

_LISTS = frozenset(
    t(n) for n in ("listPerson", "listOrg", "listEvent", "listPlace", "listBibl", "listAnnotation")
)
_RECORDS = frozenset(
    t(n) for n in ("person", "personGrp", "org", "event", "place", "biblStruct", "bibl", "note")
)
_ARCHIVAL = frozenset({"archive", "fond", "opis", "delo", "folios"})
_LIST_HEADS = frozenset({t("head"), t("desc")})
_SPACE = re.compile(r"\s+")
_SOURCE_TYPES = {
    "journalarticle": SourceType.ARTICLE,
    "article": SourceType.ARTICLE,
    "book": SourceType.BOOK,
    "monograph": SourceType.BOOK,
    "booksection": SourceType.CHAPTER,
    "chapter": SourceType.CHAPTER,
    "thesis": SourceType.THESIS,
    "newspaperarticle": SourceType.NEWSPAPER,
    "manuscript": SourceType.ARCHIVAL,
    "letter": SourceType.ARCHIVAL,
    "webpage": SourceType.WEB,
    "report": SourceType.REPORT,
}


_NS = {"tei": TEI_NS}


def _tei_path(path: str) -> str:
    """``.//a/b[@x='y']`` → ``.//tei:a/tei:b[@x='y']``."""
    return "/".join(f"tei:{step}" if step[:1].isalpha() else step for step in path.split("/"))


def _attrs(el: Element) -> dict[str, str]:
    return {str(k): str(v) for k, v in el.attrib.items()}


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _tokens(value: str | None) -> tuple[str, ...]:
    return tuple(unpoint(v) for v in value.split()) if value else ()


class _Kids:
    """The children of a record, taken by tag; what is not taken is reported as unmapped."""

    def __init__(self, el: Element) -> None:
        self.el = el
        self.items = [c for c in el if isinstance(c.tag, str)]
        self.used: set[int] = set()

    def take(self, name: str, **attrs: str | None) -> list[Element]:
        tag = t(name)
        found = []
        for i, child in enumerate(self.items):
            if i in self.used or child.tag != tag:
                continue
            if any(child.get(k) != v for k, v in attrs.items()):
                continue
            self.used.add(i)
            found.append(child)
        return found

    def first(self, name: str, **attrs: str | None) -> Element | None:
        tag = t(name)
        for i, child in enumerate(self.items):
            if i not in self.used and child.tag == tag:
                if any(child.get(k) != v for k, v in attrs.items()):
                    continue
                self.used.add(i)
                return child
        return None

    def rest(self) -> list[Element]:
        return [c for i, c in enumerate(self.items) if i not in self.used]


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.own = False
        self.problems: list[Problem] = []
        self.unmapped: Counter[str] = Counter()
        self._unmapped_first: dict[str, int | None] = {}
        self.categories: dict[str, tuple[str, str]] = {}
        self.metadata = Metadata()
        self.root_lang: str | None = None
        self.actors: list[Actor] = []
        self.events: list[Event] = []
        self.sources: list[Source] = []
        self.evidence: list[Evidence] = []
        self.claims: list[Claim] = []
        self.documents: dict[str, Document] = {}
        self.ids: set[str] = set()
        self.body = BodyReader(self.problem_at)

    # messages ---------------------------------------------------------------------------

    def where(self, el: Element) -> str:
        line = el.sourceline if el.sourceline is not None else "?"
        return f"{self.name}:{line} <{local(el.tag)}>"

    def problem_at(self, el: Element, code: str, message: str, *, error: bool = False) -> None:
        if code == "unmapped-element":
            self.not_mapped(el)
            return
        self.problems.append(
            Problem(
                code=code,
                message=message,
                location=self.where(el),
                severity=Severity.ERROR if error else Severity.WARNING,
            )
        )

    def not_mapped(self, el: Element, parent: Element | None = None) -> None:
        parent = parent if parent is not None else el.getparent()
        key = f"{local(parent.tag) if parent is not None else ''}/{local(el.tag)}"
        self.unmapped[key] += 1
        line: int | None = getattr(el, "sourceline", None)
        self._unmapped_first.setdefault(key, line)

    def unmapped_rest(self, kids: _Kids) -> None:
        for child in kids.rest():
            self.not_mapped(child, kids.el)

    # text helpers -----------------------------------------------------------------------

    def text(self, el: Element | None) -> str | None:
        """Element text: exact in purgehist's own files, whitespace-normalised otherwise."""
        if el is None:
            return None
        value = text_of(el)
        if not self.own:
            value = _norm(value)
        return value or None

    def lang(self, el: Element) -> str | None:
        lang = el.get(LANG)
        n = el.get("n")
        if lang is None and self.own and n is not None and n.startswith("lang:"):
            return decode_attr(n[5:])
        return lang

    def unique_id(self, el: Element, prefix: str, name: str) -> str:
        given = el.get(ID)
        if given is not None:
            return given
        base = slug(name, prefix)
        candidate, n = base, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{base}_{n}"
        self.problem_at(el, "generated-id", f"no xml:id; the record is given the id {candidate!r}")
        return candidate

    def build(self, el: Element, factory: Callable[..., _R], **kwargs: Any) -> _R | None:
        try:
            record = factory(**kwargs)
        except (ValueError, TypeError) as exc:
            self.problem_at(el, "invalid-record", f"cannot read this record: {exc}", error=True)
            return None
        ident = getattr(record, "id", None)
        if isinstance(ident, str):
            self.ids.add(ident)
        return record

    def edtf(self, el: Element, value: str | None) -> str | None:
        if value is None:
            return None
        if is_edtf(value):
            return value
        if self.own:
            self.problem_at(el, "invalid-edtf", f"{value!r} is not an EDTF date", error=True)
        else:
            self.problem_at(el, "invalid-date", f"date {value!r} is not EDTF; it is left out")
        return None

    def foreign_date(self, el: Element) -> str | None:
        value = edtf_from_attrs(_attrs(el))
        if value is None:
            text = self.text(el)
            value = text if text and is_edtf(text) else None
        return self.edtf(el, value) if value is not None else None

    # header -----------------------------------------------------------------------------

    def header(self, header: Element) -> None:
        app = header.find(f".//{{{TEI_NS}}}appInfo/{{{TEI_NS}}}application[@ident='purgehist']")
        self.own = app is not None
        for category in header.iterfind(f".//{{{TEI_NS}}}category"):
            taxonomy = category.getparent()
            term = category.find(f"{{{TEI_NS}}}catDesc/{{{TEI_NS}}}term")
            cat_id = category.get(ID)
            if cat_id is not None and term is not None and taxonomy is not None:
                tax_id = taxonomy.get(ID) or ""
                kind = tax_id.rpartition(".")[2] if "." in tax_id else tax_id
                self.categories[cat_id] = (kind, text_of(term))
        ns = f"{{{TEI_NS}}}"

        def find(path: str) -> Element | None:
            return header.find(_tei_path(path), _NS)

        def texts(path: str) -> tuple[str, ...]:
            found = header.iterfind(_tei_path(path), _NS)
            return tuple(v for v in (self.text(e) for e in found) if v is not None)

        title = self.text(find(".//fileDesc/titleStmt/title"))
        licence = find(".//publicationStmt/availability/licence")
        licence_text = self.text(licence)
        if licence_text is None and licence is not None:
            licence_text = licence.get("target")
        fields: dict[str, Any] = {
            "title": title or "Untitled dataset",
            "creators": texts(".//fileDesc/titleStmt/author"),
            "license": licence_text,
            "language": self.root_lang,
            "keywords": texts(".//profileDesc/textClass/keywords/term"),
        }
        if self.own:
            date = find(".//publicationStmt/date[@type='dataset']")
            fields["date"] = self.edtf(date, self.text(date)) if date is not None else None
            fields["version"] = self.text(find(".//fileDesc/editionStmt/edition"))
            fields["description"] = self.text(find(".//notesStmt/note[@type='description']"))
            fields["source"] = self.text(find(".//sourceDesc/bibl[@type='source']"))
            for bibl in header.iterfind(f".//{ns}sourceDesc/{ns}bibl[@type='document']"):
                doc = self.document(bibl)
                if doc is not None:
                    self.documents[doc.id] = doc
        else:
            fields["description"] = self.text(find(".//encodingDesc/projectDesc/p"))
            fields["source"] = self.text(find(".//sourceDesc/bibl")) or self.text(
                find(".//sourceDesc/p")
            )
        try:
            self.metadata = Metadata(**fields)
        except (ValueError, TypeError) as exc:
            self.problem_at(header, "invalid-metadata", f"cannot read the header: {exc}")
        # Foreign headers may hold persons (particDesc) and bibliographies (sourceDesc).
        for lst in header.iter(*_LISTS):
            self.list_members(lst)

    def document(self, bibl: Element) -> Document | None:
        kids = _Kids(bibl)
        date = kids.first("date")
        lang = kids.first("textLang")
        related = kids.first("relatedItem", type="bibliography")
        ptr = related.find(t("ptr")) if related is not None else None
        file_note = kids.first("note", type="file")
        sha_note = kids.first("note", type="sha256")
        return self.build(
            bibl,
            Document,
            id=bibl.get(ID, ""),
            title=self.text(kids.first("title")) or "",
            type=decode_attr(bibl.get("subtype", "text")),
            authors=tuple(self.text(a) or "" for a in kids.take("author")),
            date=self.text(date),
            language=self.text(lang),
            file=self.text(file_note),
            sha256=self.text(sha_note),
            identifiers=self.identifiers(kids),
            bibliography=_tokens(ptr.get("target")) if ptr is not None else (),
        )

    def identifiers(self, kids: _Kids) -> tuple[Identifier, ...]:
        result = []
        for idno in kids.take("idno"):
            value = self.text(idno)
            scheme = decode_attr(idno.get("type", "uri"))
            if not self.own:
                scheme = scheme.lower()
            if value is not None:
                result.append(Identifier(scheme=scheme, value=value))
        return tuple(result)

    def provenance(self, bibl: Element | None) -> Provenance | None:
        if bibl is None:
            return None
        kids = _Kids(bibl)
        doc = kids.first("ptr", type="document")
        line = kids.first("citedRange", unit="line")
        line_text = self.text(line)
        return self.build(
            bibl,
            Provenance,
            document=unpoint(doc.get("target", "")) if doc is not None else None,
            file=self.text(kids.first("title", type="file")),
            line=int(line_text) if line_text and line_text.isdigit() else None,
            footnote=self.text(kids.first("citedRange", unit="note")),
            page=self.text(kids.first("citedRange", unit="page")),
            note=self.text(kids.first("note")),
        )

    def provenance_in(self, kids: _Kids) -> Provenance | None:
        bibl = kids.first("bibl", type="provenance")
        if bibl is None:
            note = kids.first("note", type="provenance")
            bibl = note.find(t("bibl")) if note is not None else None
        return self.provenance(bibl)

    # dispatch ---------------------------------------------------------------------------

    def list_members(self, lst: Element) -> None:
        for child in list(lst):
            tag = child.tag
            if isinstance(tag, str) and tag in _RECORDS:
                self.record(child)
            elif isinstance(tag, str) and tag not in _LISTS and tag not in _LIST_HEADS:
                self.not_mapped(child, lst)

    def record(self, el: Element) -> None:
        tag = local(el.tag)
        parent = el.getparent()
        list_type = parent.get("type") if parent is not None else None
        if tag in ("person", "personGrp", "org"):
            self.actor(el)
        elif tag == "event":
            self.event(el)
        elif tag == "biblStruct":
            self.source_struct(el)
        elif tag == "bibl" and self.own and list_type == "evidence":
            self.evidence_record(el)
        elif tag == "bibl":
            self.source_bibl(el)
        elif tag == "note" and self.own and el.get("type") == "claim":
            self.claim(el)
        elif tag == "place":
            self.not_mapped(el, parent)
            if self.unmapped[f"{local(parent.tag) if parent is not None else ''}/place"] == 1:
                self.problem_at(el, "unmapped-place", "places have no record type in purgehist")
        else:
            self.not_mapped(el, parent)

    # actors -----------------------------------------------------------------------------

    def actor(self, el: Element) -> None:
        tag = local(el.tag)
        kids = _Kids(el)
        name_tag = "persName" if tag == "person" else "orgName"
        names = kids.take(name_tag) or kids.take("name")
        if self.own:
            kind = (
                ActorKind.PERSON if tag == "person" else ActorKind(el.get("type", "organisation"))
            )
        elif tag == "person":
            kind = ActorKind.PERSON
        elif tag == "personGrp":
            kind = ActorKind.GROUP
        else:
            org_type = (el.get("type") or "").lower()
            kind = ActorKind.SCHOOL if "school" in org_type else ActorKind.ORGANISATION
        main_index = 0
        if not self.own:
            for i, name_el in enumerate(names):
                if name_el.get("type") in ("main", "reg", "full", "preferred"):
                    main_index = i
                    break
        main = self.text(names[main_index]) if names else None
        if main is None:
            main = self.text(kids.first("label")) or ""
        variants = [
            NameVariant(
                name=self.text(n) or "?",
                lang=self.lang(n),
                type=decode_attr(n.get("type", "variant")),
            )
            for i, n in enumerate(names)
            if i != main_index and self.text(n)
        ]
        roles = tuple(decode_attr(r) for r in (el.get("role") or "").split())
        lifespan = self.lifespan(el, kids)
        memberships = [self.membership(m) for m in kids.take("affiliation")]
        memberships += [self.membership(m) for m in kids.take("note", type="membership")]
        description = self.text(kids.first("note", type="description"))
        if description is None and not self.own:
            description = self.text(kids.first("desc")) or self.text(kids.first("note"))
        identifiers = self.identifiers(kids)
        provenance = self.provenance_in(kids)
        self.unmapped_rest(kids)
        actor = self.build(
            el,
            Actor,
            id=self.unique_id(el, "pers_" if kind == ActorKind.PERSON else "org_", main or "x"),
            kind=kind,
            name=main,
            variants=tuple(variants),
            roles=roles,
            lifespan=lifespan,
            memberships=tuple(m for m in memberships if m is not None),
            identifiers=identifiers,
            description=description,
            provenance=provenance,
        )
        if actor is not None:
            self.actors.append(actor)

    def lifespan(self, el: Element, kids: _Kids) -> str | None:
        birth = kids.first("birth")
        death = kids.first("death")
        note = kids.first("note", type="lifespan") if self.own else None
        if note is not None:
            date = note.find(t("date"))
            return self.edtf(note, text_of(date)) if date is not None else None
        if birth is None and death is None:
            return None
        if self.own:
            return self.edtf(
                el,
                f"{text_of(birth) if birth is not None else ''}/"
                f"{text_of(death) if death is not None else ''}",
            )
        start = self.point(birth) if birth is not None else None
        end = self.point(death) if death is not None else None
        if start is None and end is None:
            return None
        return self.edtf(el, f"{start or ''}/{end or ''}")

    def point(self, el: Element) -> str | None:
        """A single date (for birth and death) from other projects' dating attributes."""
        when = el.get("when") or el.get("when-iso")
        if when:
            return when
        low, high = el.get("notBefore"), el.get("notAfter")
        if low and high and low != high:
            self.problem_at(el, "approximate-date", f"{low}..{high} is read as {low}?")
            return f"{low}?"
        value = low or high
        return f"{value}?" if value and not (low and high) else value

    def membership(self, el: Element) -> Membership | None:
        target = el.get("ref") or el.get("target")
        if not target:
            self.not_mapped(el)
            self.problem_at(el, "unmapped-affiliation", "an affiliation without @ref is not read")
            return None
        kids = _Kids(el)
        date_el = kids.first("date")
        if self.own:
            date = self.text(date_el)
        else:
            date = edtf_from_attrs(_attrs(el))
            date = self.edtf(el, date) if date else None
        return self.build(
            el,
            Membership,
            group=unpoint(target.split()[0]),
            role=self.text(kids.first("roleName")),
            date=date,
            note=self.text(kids.first("note")),
        )

    # events -----------------------------------------------------------------------------

    def event(self, el: Element) -> None:
        kids = _Kids(el)
        names = kids.take("eventName") or kids.take("label") or kids.take("head")
        label = self.text(names[0]) if names else None
        if label is None and not self.own:
            label = self.text(kids.first("desc")) or self.text(kids.first("p"))
        variants = tuple(
            NameVariant(
                name=self.text(n) or "?",
                lang=self.lang(n),
                type=decode_attr(n.get("type", "variant")),
            )
            for n in names[1:]
        )
        date = date_text = None
        calendar = Calendar.GREGORIAN
        date_note = kids.first("note", type="date") if self.own else None
        if date_note is not None:
            date_kids = _Kids(date_note)
            date = self.text(date_kids.first("date", type="edtf"))
            printed = date_kids.first("date", type="printed")
            if printed is not None:
                date_text = self.text(printed)
                if (printed.get("calendar") or "").endswith("julian"):
                    calendar = Calendar.JULIAN
        elif not self.own:
            date = self.foreign_date(el)
            if date is None:
                date_child = kids.first("date")
                date = self.foreign_date(date_child) if date_child is not None else None
        description = self.text(kids.first("note", type="description"))
        if description is None and not self.own:
            description = self.text(kids.first("desc")) or self.text(kids.first("note"))
        place = kids.first("place")
        place_text = self.text(place.find(t("placeName"))) if place is not None else None
        if place_text is None and place is not None:
            place_text = self.text(place)
        participants: list[Participant] = []
        part_of = None
        for lst in kids.take("listRelation"):
            for rel in lst.iter(t("relation")):
                desc = rel.find(t("desc"))
                if rel.get("name") == "participant":
                    participants.append(
                        Participant(
                            actor=unpoint(rel.get("active", "")),
                            role=self.text(desc) if desc is not None else None,
                        )
                    )
                elif rel.get("name") == "partOf":
                    part_of = unpoint(rel.get("passive", ""))
                else:
                    self.not_mapped(rel, lst)
        identifiers = self.identifiers(kids)
        provenance = self.provenance_in(kids)
        self.unmapped_rest(kids)
        event = self.build(
            el,
            Event,
            id=self.unique_id(el, "ev_", label or "event"),
            label=label or "",
            labels=variants,
            type=decode_attr(el.get("type", "")) or None,
            date=date,
            date_text=date_text,
            calendar=calendar,
            place=place_text,
            participants=tuple(participants),
            part_of=part_of,
            description=description,
            identifiers=identifiers,
            provenance=provenance,
        )
        if event is not None:
            self.events.append(event)

    # sources ----------------------------------------------------------------------------

    def creators(self, kids: _Kids) -> list[Creator]:
        result = []
        for child in kids.items:
            tag = local(child.tag)
            index = kids.items.index(child)
            if index in kids.used:
                continue
            if tag in ("author", "editor"):
                kids.used.add(index)
                name = self.text(child)
                role = child.get("role") if tag == "editor" and not self.own else None
                ref = child.get("ref")
                if name:
                    result.append(
                        Creator(name=name, role=role or tag, actor=unpoint(ref) if ref else None)
                    )
            elif tag == "respStmt":
                kids.used.add(index)
                resp = child.find(t("resp"))
                name_el = child.find(t("name"))
                if name_el is None:
                    name_el = child.find(t("persName"))
                name = self.text(name_el)
                ref = name_el.get("ref") if name_el is not None else None
                if name:
                    result.append(
                        Creator(
                            name=name,
                            role=self.text(resp) or "contributor",
                            actor=unpoint(ref) if ref and is_ncname(unpoint(ref)) else None,
                        )
                    )
        return result

    def source_struct(self, el: Element) -> None:
        kids = _Kids(el)
        analytic = kids.first("analytic")
        monogr = kids.first("monogr")
        if monogr is None:
            self.problem_at(el, "unmapped-bibl", "a biblStruct without monogr is not read")
            self.not_mapped(el)
            return
        m_kids = _Kids(monogr)
        main_kids = _Kids(analytic) if analytic is not None else m_kids
        creators = self.creators(main_kids)
        short = main_kids.first("title", type="short")
        titles = main_kids.take("title")
        title = self.text(titles[0]) if titles else None
        container = None
        if analytic is not None:
            container_titles = m_kids.take("title")
            container = self.text(container_titles[0]) if container_titles else None
            creators += self.creators(m_kids) if not self.own else []
        identifiers = self.identifiers(main_kids)
        if analytic is not None and not self.own:
            identifiers += self.identifiers(m_kids)
        lang = main_kids.first("textLang")
        language = self.text(lang)
        if language is None and lang is not None:
            language = lang.get("mainLang")
        edition = self.text(m_kids.first("edition"))
        imprint = m_kids.first("imprint")
        fields: dict[str, Any] = {}
        if imprint is not None:
            i_kids = _Kids(imprint)
            fields["place"] = self.text(i_kids.first("pubPlace"))
            fields["publisher"] = self.text(i_kids.first("publisher"))
            accessed = i_kids.first("date", type="accessed")
            i_kids.take("date", type="unknown")
            date = i_kids.first("date")
            if self.own:
                fields["date"] = self.text(date)
                fields["accessed"] = self.text(accessed)
            else:
                fields["date"] = self.foreign_date(date) if date is not None else None
                fields["accessed"] = self.foreign_date(accessed) if accessed is not None else None
            fields["volume"] = self.text(i_kids.first("biblScope", unit="volume"))
            fields["issue"] = self.text(i_kids.first("biblScope", unit="issue"))
            if not self.own:
                fields["pages"] = self.text(i_kids.first("biblScope", unit="page"))
            self.unmapped_rest(i_kids)
        pages = m_kids.first("biblScope", unit="page")
        if pages is not None:
            fields["pages"] = self.text(pages)
        if not self.own:
            fields["volume"] = fields.get("volume") or self.text(
                m_kids.first("biblScope", unit="volume")
            )
            fields["issue"] = fields.get("issue") or self.text(
                m_kids.first("biblScope", unit="issue")
            )
        note = self.text(kids.first("note", type=None))
        provenance = self.provenance_in(kids)
        for rest in (kids, m_kids) if analytic is None else (kids, m_kids, main_kids):
            self.unmapped_rest(rest)
        source_type = self.source_type(el.get("type"), analytic is not None)
        source = self.build(
            el,
            Source,
            id=self.unique_id(el, "bib_", title or "source"),
            type=source_type,
            creators=tuple(creators),
            title=title or "",
            short_title=self.text(short),
            container=container,
            edition=edition,
            identifiers=identifiers,
            language=language,
            listed=el.get("subtype") != "unlisted",
            note=note,
            provenance=provenance,
            **fields,
        )
        if source is not None:
            self.sources.append(source)

    def source_type(self, value: str | None, analytic: bool) -> SourceType:
        if self.own and value is not None:
            return SourceType(value)
        mapped = _SOURCE_TYPES.get((value or "").lower())
        if mapped is not None:
            return mapped
        return (
            SourceType.ARTICLE
            if analytic
            else SourceType.BOOK
            if value is None
            else SourceType.OTHER
        )

    def source_bibl(self, el: Element) -> None:
        kids = _Kids(el)
        creators = self.creators(kids)
        title_el = kids.first("title")
        title = self.text(title_el)
        date_el = kids.first("date")
        date = self.foreign_date(date_el) if date_el is not None else None
        identifiers = self.identifiers(kids)
        publisher = self.text(kids.first("publisher"))
        place = self.text(kids.first("pubPlace"))
        scopes = {s.get("unit"): self.text(s) for s in kids.take("biblScope")}
        note = self.text(kids.first("note"))
        whole = _norm(text_of(el))
        if title is None:
            title = whole
        elif not self.own and any(kids.rest()):
            note = note or whole
        for child in kids.rest():
            self.not_mapped(child, el)
        source = self.build(
            el,
            Source,
            id=self.unique_id(el, "bib_", title or "source"),
            type=self.source_type(el.get("type"), False) if el.get("type") else SourceType.OTHER,
            creators=tuple(creators),
            title=title or "",
            date=date,
            publisher=publisher,
            place=place,
            volume=scopes.get("volume"),
            issue=scopes.get("issue"),
            pages=scopes.get("page") or scopes.get("pp"),
            identifiers=identifiers,
            note=note if note != title else None,
        )
        if source is not None:
            self.sources.append(source)

    # evidence ---------------------------------------------------------------------------

    def locator(self, kids: _Kids) -> Locator | None:
        printed = kids.first("citedRange", n="printed")
        if printed is None:
            return None
        ranges = []
        archival_refs: list[ArchivalReference] = []
        for el in kids.take("citedRange"):
            kind = el.get("n")
            if kind in ("range", "range-following"):
                nums = {n.get("type"): text_of(n) for n in el.iter(t("num"))}
                start = el.get("from") or nums.get("start", "")
                end = el.get("to") or nums.get("end")
                ranges.append(PageRange(start=start, end=end, following=kind == "range-following"))
            elif kind == "archival":
                values = {i.get("type"): text_of(i) for i in el.iter(t("idno"))}
                archival_refs.append(
                    ArchivalReference(**{k: v for k, v in values.items() if k in _ARCHIVAL})
                )
        return Locator(
            printed=text_of(printed),
            unit=LocatorUnit(decode_attr(printed.get("unit", "page"))),
            ranges=tuple(ranges),
            archival=archival_refs[0] if archival_refs else None,
        )

    def evidence_record(self, el: Element) -> None:
        kids = _Kids(el)
        ptr = kids.first("ptr", type="source")
        grade = None
        for token in _tokens(el.get("ana")):
            kind_value = self.categories.get(token)
            if kind_value is not None and kind_value[0] == "grades":
                grade = kind_value[1]
        chain: list[ChainLink] = []
        chain_note = kids.first("note", type="chain")
        if chain_note is not None:
            for item in chain_note.iter(t("item")):
                pers = item.find(t("persName"))
                role = item.find(t("roleName"))
                ref = pers.get("ref") if pers is not None else None
                chain.append(
                    ChainLink(
                        actor=unpoint(ref) if ref else None,
                        name=self.text(pers),
                        role=self.text(role),
                    )
                )
        try:
            locator = self.locator(kids)
        except (ValueError, TypeError) as exc:
            self.problem_at(el, "invalid-locator", f"cannot read the locator: {exc}", error=True)
            locator = None
        evidence = self.build(
            el,
            Evidence,
            id=el.get(ID, ""),
            source=unpoint(ptr.get("target", "")) if ptr is not None else None,
            locator=locator,
            quote=self.text(kids.first("quote")),
            grade=grade,
            chain=tuple(chain),
            cited_as=self.text(kids.first("note", type="citedAs")),
            status=CitationStatus(el.get("subtype", "resolved")),
            note=self.text(kids.first("note", type="comment")),
            provenance=self.provenance_in(kids),
        )
        self.unmapped_rest(kids)
        if evidence is not None:
            self.evidence.append(evidence)

    # claims -----------------------------------------------------------------------------

    def desc_text(self, desc: Element | None) -> str | None:
        if desc is None:
            return None
        return text_of(desc, frozenset({t("date"), t("bibl")})) or None

    def claim(self, el: Element) -> None:
        kids = _Kids(el)
        p = kids.first("p")
        status = ClaimStatus.REVIEWED
        tags: list[str] = []
        for token in _tokens(el.get("ana")):
            kind, value = self.categories.get(token, ("", ""))
            if kind == "statuses":
                status = ClaimStatus(value)
            elif kind == "tags":
                tags.append(value)
        quantity = None
        measure = kids.first("measure", type="quantity")
        if measure is not None:
            numbers = {
                key: float(measure.get(attr, ""))
                for key, attr in (("value", "quantity"), ("low", "atLeast"), ("high", "atMost"))
                if measure.get(attr) is not None
            }
            quantity = self.build(measure, Quantity, unit=text_of(measure), **numbers)
        certainty = kids.first("certainty")
        attributions: list[Attribution] = []
        relations: list[ClaimRelation] = []
        for lst in kids.take("listRelation"):
            for rel in lst.iter(t("relation")):
                desc = rel.find(t("desc"))
                if rel.get("type") == "stance":
                    date_el = desc.find(t("date")) if desc is not None else None
                    prov = desc.find(t("bibl")) if desc is not None else None
                    work = rel.get("corresp")
                    attribution = self.build(
                        rel,
                        Attribution,
                        actor=unpoint(rel.get("active", "")),
                        stance=Stance(rel.get("name", "asserts")),
                        date=text_of(date_el) if date_el is not None else rel.get("when"),
                        work=unpoint(work) if work else None,
                        evidence=_tokens(rel.get("source")),
                        no_evidence=rel.get("subtype") == "noEvidence",
                        note=self.desc_text(desc),
                        provenance=self.provenance(prov),
                    )
                    if attribution is not None:
                        attributions.append(attribution)
                elif rel.get("type") == "argument":
                    relation = self.build(
                        rel,
                        ClaimRelation,
                        type=RelationType(rel.get("name", "supports")),
                        target=unpoint(rel.get("passive", "")),
                        note=self.desc_text(desc),
                    )
                    if relation is not None:
                        relations.append(relation)
                else:
                    self.not_mapped(rel, lst)
        anchor = el.get("corresp")
        claim = self.build(
            el,
            Claim,
            id=el.get(ID, ""),
            text=text_of(p) if p is not None else "",
            lang=self.lang(p) if p is not None else None,
            about=_tokens(el.get("target")),
            attributions=tuple(attributions),
            relations=tuple(relations),
            certainty=None if certainty is None else Certainty(certainty.get("cert", "unknown")),
            quantity=quantity,
            tags=tuple(tags),
            status=status,
            note=self.text(kids.first("note", type="comment")),
            provenance=self.provenance_in(kids),
            anchor=unpoint(anchor) if anchor else None,
        )
        self.unmapped_rest(kids)
        if claim is not None:
            self.claims.append(claim)

    # bodies -----------------------------------------------------------------------------

    def text_element(self, text: Element) -> None:
        texts = [text] if text.get("corresp") else list(text.iter(t("text")))
        for el in texts:
            doc_id = unpoint(el.get("corresp") or "")
            doc = self.documents.get(doc_id)
            if doc is None or not self.own:
                continue
            body = el.find(t("body"))
            divisions: list[Division] = []
            if body is not None:
                for div in body:
                    if div.tag == t("div"):
                        divisions.append(self.body.division(div))
                    elif isinstance(div.tag, str):
                        self.not_mapped(div, body)
            self.documents[doc_id] = attrs.evolve(doc, divisions=tuple(divisions))
        body_el = text.find(t("body"))
        if not self.own and body_el is not None:
            self.not_mapped(body_el, text)
            self.problem_at(
                text, "unmapped-body", "the text body of a non-purgehist TEI file is not read"
            )

    def result(self) -> ParseResult:
        for key, count in sorted(self.unmapped.items()):
            if key.endswith("/place") or key == "text/body":
                continue
            self.problems.append(
                Problem(
                    code="unmapped-element",
                    message=f"<{key.split('/')[1]}> in <{key.split('/')[0]}> has no purgehist "
                    f"equivalent and was not read ({count}×)",
                    location=f"{self.name}:{self._unmapped_first.get(key) or '?'}",
                    severity=Severity.WARNING,
                )
            )
        errors = [p for p in self.problems if p.severity == Severity.ERROR]
        if errors:
            raise DataError(self.problems, source=self.name)
        dataset = Dataset(
            metadata=self.metadata,
            actors=self.actors,
            events=self.events,
            sources=self.sources,
            evidence=self.evidence,
            claims=self.claims,
            documents=tuple(self.documents.values()),
        )
        report: dict[str, object] = {
            **dataset.counts(),
            "own_format": self.own,
            "unmapped": dict(sorted(self.unmapped.items())),
        }
        return ParseResult(dataset=dataset, problems=self.problems, stats=report)


def _clear(el: Element) -> None:
    el.clear(keep_tail=True)  # type: ignore[call-arg]  # lxml-stubs lag behind lxml
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def read_tei(source: SourceLike) -> ParseResult:
    """Read a TEI document: purgehist's own TEI exactly, other projects' persons,
    organisations, events and bibliographies as far as they map (the rest is counted in
    ``report['unmapped']`` and named in warnings).

    The file is read incrementally (records are dropped once read) and safely (see
    :func:`purgehist.formats.tei.parse_safely`).

    :raises DataError: the XML is unsafe or not well-formed, or a record is invalid; every
        problem names the line and element
    """
    with open_source(source) as (stream, name):
        reader = _Reader(name)
        depth = 0
        stack: list[str] = []
        root_tag = t("TEI")
        for event, el in iterparse_safely(stream, name):
            tag = el.tag
            if event == "start":
                depth += 1
                stack.append(tag if isinstance(tag, str) else "")
                if depth == 1:
                    if tag != root_tag:
                        problem = Problem(
                            code="not-tei",
                            message=f"the root element is <{tag}>, not a TEI P5 <TEI> "
                            f"(namespace {TEI_NS})",
                            location=f"{name}:{el.sourceline}",
                        )
                        raise DataError([problem], source=name)
                    reader.root_lang = el.get(LANG)
                continue
            depth -= 1
            stack.pop()
            if depth == 1:
                if tag == t("teiHeader"):
                    reader.header(el)
                elif tag == t("text"):
                    reader.text_element(el)
                elif tag == t("standOff"):
                    pass
                elif isinstance(tag, str):
                    reader.not_mapped(el)
                _clear(el)
            elif stack and stack[0] == root_tag and len(stack) >= 2 and stack[1] == t("teiHeader"):
                continue
            elif stack and stack[-1] in _LISTS and isinstance(tag, str):
                if tag in _RECORDS:
                    reader.record(el)
                elif tag not in _LISTS and tag not in _LIST_HEADS:
                    reader.not_mapped(el)
                _clear(el)
            elif depth == 2 and stack[-1] == t("standOff") and tag not in _LISTS:
                reader.not_mapped(el)
        return reader.result()


def parse_tei(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``tei`` input format."""
    return read_tei(source)
