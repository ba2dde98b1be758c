"""The ``teiHeader``: metadata, the documents the data came from, the taxonomies (evidence
grades with the descriptions their plugins give, stances, relations, statuses, tags), calendars
and languages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from lxml import etree

from purgehist.formats.tei.build import date_el, sub, valid_lang
from purgehist.formats.tei.chars import encode_word
from purgehist.formats.tei.namespaces import ID, pointers
from purgehist.formats.tei.write_state import WriteState
from purgehist.model import ClaimStatus, RelationType, Stance
from purgehist.model.documents import Document
from purgehist.version import __version__

__all__ = ["APP_IDENT", "header_element"]

Element = etree._Element

APP_IDENT = "purgehist"
"""``encodingDesc/appInfo/application/@ident`` that marks a file as purgehist's own TEI."""

_SPDX = re.compile(r"[A-Za-z0-9.+-]+")
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
_STANCE_TEXT: Mapping[str, str] = {
    Stance.ASSERTS: "The actor holds the claim to be true.",
    Stance.DISPUTES: "The actor holds the claim to be false.",
    Stance.QUALIFIES: "The actor accepts the claim in part or with reservations.",
    Stance.REPORTS: "The actor passes the claim on without taking a position.",
    Stance.RETRACTS: "The actor withdraws an earlier assertion of the claim.",
}
_RELATION_TEXT: Mapping[str, str] = {
    RelationType.SUPPORTS: "The claim gives grounds for the target claim.",
    RelationType.CONTRADICTS: "The claim cannot be true together with the target claim.",
    RelationType.REFINES: "The claim makes the target claim more precise.",
}
_STATUS_TEXT: Mapping[str, str] = {
    ClaimStatus.REVIEWED: "Checked by an editor.",
    ClaimStatus.CANDIDATE: "Extracted by a machine, awaiting review.",
    ClaimStatus.REJECTED: "Reviewed and rejected by an editor.",
}


def _category(parent: Element, cat_id: str, value: str, text: str | None) -> None:
    category = etree.SubElement(parent, "category", {ID: cat_id})
    desc = etree.SubElement(category, "catDesc")
    sub(desc, "term", value)
    if text:
        desc[-1].tail = f": {text}"


def header_element(ctx: WriteState, export_date: str) -> Element:
    """The ``teiHeader`` of the dataset *ctx* writes, exported on *export_date* (ISO)."""
    meta = ctx.dataset.metadata
    header = etree.Element("teiHeader")
    file_desc = etree.SubElement(header, "fileDesc")
    title_stmt = etree.SubElement(file_desc, "titleStmt")
    sub(title_stmt, "title", meta.title)
    for creator in meta.creators:
        sub(title_stmt, "author", creator)
    resp = etree.SubElement(title_stmt, "respStmt")
    sub(resp, "resp", "Conversion to TEI P5")
    sub(resp, "name", f"purgehist {__version__}")
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


def _encoding_desc(header: Element, ctx: WriteState) -> None:
    enc = etree.SubElement(header, "encodingDesc")
    app_info = etree.SubElement(enc, "appInfo")
    app = etree.SubElement(app_info, "application", ident=APP_IDENT, version=__version__)
    sub(app, "label", "purgehist")
    project = etree.SubElement(enc, "projectDesc")
    sub(
        project,
        "p",
        "Exported by purgehist: historians' claims about the past, the stances actors take "
        "towards them, and the graded evidence they cite. Persons, organisations, places, "
        "events, sources, evidence and claims are kept in standOff; every pointer is a "
        "same-document #xml:id, and a record that stands for one in an outside register holds "
        'that pointer in <idno type="external" subtype="stub">. Dates are EDTF strings in '
        "element content (in @when-custom for the time a name was in use), approximated by W3C "
        "dating attributes. Characters XML cannot carry are written as "
        '<g type="purgehist-char" n="U+000C"/> (the code point in hexadecimal); '
        "token attributes are percent-encoded.",
    )
    class_decl = etree.SubElement(enc, "classDecl")
    for kind, desc, ids, texts in _taxonomies(ctx):
        if not ids:
            continue  # TEI wants a category at least (tags and grades may have none)
        taxonomy = etree.SubElement(class_decl, "taxonomy", {ID: f"{ctx.prefix}{kind}"})
        sub(taxonomy, "desc", desc)
        for value, cat_id in ids.items():
            _category(taxonomy, cat_id, value, texts.get(value))


def _taxonomies(
    ctx: WriteState,
) -> Iterable[tuple[str, str, Mapping[str, str], Mapping[str, str]]]:
    """Each taxonomy: its kind (the id after the prefix), what it classifies, its category
    ids by value and the descriptions of the values."""
    yield "grades", "Evidence grades (bibl/@ana)", ctx.grade_ids, ctx.grade_descriptions
    yield (
        "stances",
        "Stances of an actor towards a claim or a membership (relation/@ref)",
        ctx.stance_ids,
        _STANCE_TEXT,
    )
    yield "relations", "Relations between claims (relation/@ref)", ctx.relation_ids, _RELATION_TEXT
    yield "statuses", "Editorial status of a claim (note/@ana)", ctx.status_ids, _STATUS_TEXT
    yield "tags", "Tags of claims (note/@ana)", ctx.tag_ids, {}


def _profile_desc(header: Element, ctx: WriteState) -> None:
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
