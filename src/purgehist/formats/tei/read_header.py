"""The ``teiHeader``: whether the file is purgehist's own, its taxonomies, the dataset's
metadata and (in purgehist's own files) the documents the data came from."""

from __future__ import annotations

from typing import Any

from purgehist.formats.tei.chars import decode_attr, text_of
from purgehist.formats.tei.namespaces import ID, TEI_NS, t
from purgehist.formats.tei.read_state import Element, Kids, ReadState, tokens
from purgehist.model import Document
from purgehist.model.dataset import Metadata

__all__ = ["read_header"]

_NS = {"tei": TEI_NS}
_OWN_APP = f".//{{{TEI_NS}}}appInfo/{{{TEI_NS}}}application[@ident='purgehist']"
_CATEGORY = t("category")
_TERM = f"{{{TEI_NS}}}catDesc/{{{TEI_NS}}}term"
_DOCUMENTS = f".//{{{TEI_NS}}}sourceDesc/{{{TEI_NS}}}bibl[@type='document']"


def _tei_path(path: str) -> str:
    """``.//a/b[@x='y']`` → ``.//tei:a/tei:b[@x='y']``."""
    return "/".join(f"tei:{step}" if step[:1].isalpha() else step for step in path.split("/"))


def read_header(state: ReadState, header: Element) -> None:
    """Read *header* into *state*: its flavour (:attr:`ReadState.own`), taxonomy categories,
    metadata and documents. The record lists a header may hold are left to the caller."""
    state.own = header.find(_OWN_APP) is not None
    _taxonomies(state, header)

    def find(path: str) -> Element | None:
        return header.find(_tei_path(path), _NS)

    def texts(path: str) -> tuple[str, ...]:
        found = header.iterfind(_tei_path(path), _NS)
        return tuple(v for v in (state.text(e) for e in found) if v is not None)

    licence = find(".//publicationStmt/availability/licence")
    licence_text = state.text(licence)
    if licence_text is None and licence is not None:
        licence_text = licence.get("target")
    fields: dict[str, Any] = {
        "title": state.text(find(".//fileDesc/titleStmt/title")) or "Untitled dataset",
        "creators": texts(".//fileDesc/titleStmt/author"),
        "license": licence_text,
        "language": state.root_lang,
        "keywords": texts(".//profileDesc/textClass/keywords/term"),
    }
    if state.own:
        date = find(".//publicationStmt/date[@type='dataset']")
        fields["date"] = state.edtf(date, state.text(date)) if date is not None else None
        fields["version"] = state.text(find(".//fileDesc/editionStmt/edition"))
        fields["description"] = state.text(find(".//notesStmt/note[@type='description']"))
        fields["source"] = state.text(find(".//sourceDesc/bibl[@type='source']"))
        for bibl in header.iterfind(_DOCUMENTS):
            doc = _document(state, bibl)
            if doc is not None:
                state.documents[doc.id] = doc
    else:
        fields["description"] = state.text(find(".//encodingDesc/projectDesc/p"))
        fields["source"] = state.text(find(".//sourceDesc/bibl")) or state.text(
            find(".//sourceDesc/p")
        )
    try:
        state.metadata = Metadata(**fields)
    except (ValueError, TypeError) as exc:
        state.found.warning(
            "invalid-metadata", f"cannot read the header: {exc}", state.where(header)
        )


def _taxonomies(state: ReadState, header: Element) -> None:
    """Categories by id, as (kind, value): the kind is the taxonomy id after its last dot
    (``ph.grades`` → ``grades``), the value the ``catDesc/term``."""
    for category in header.iter(_CATEGORY):
        taxonomy = category.getparent()
        term = category.find(_TERM)
        cat_id = category.get(ID)
        if cat_id is not None and term is not None and taxonomy is not None:
            tax_id = taxonomy.get(ID) or ""
            kind = tax_id.rpartition(".")[2] if "." in tax_id else tax_id
            state.categories[cat_id] = (kind, text_of(term))


def _document(state: ReadState, bibl: Element) -> Document | None:
    kids = Kids(bibl)
    related = kids.first("relatedItem", type="bibliography")
    ptr = related.find(t("ptr")) if related is not None else None
    return state.build(
        bibl,
        Document,
        id=bibl.get(ID, ""),
        title=state.text(kids.first("title")) or "",
        type=decode_attr(bibl.get("subtype", "text")),
        authors=tuple(state.text(a) or "" for a in kids.take("author")),
        date=state.text(kids.first("date")),
        language=state.text(kids.first("textLang")),
        file=state.text(kids.first("note", type="file")),
        sha256=state.text(kids.first("note", type="sha256")),
        identifiers=state.identifiers(kids),
        bibliography=tokens(ptr.get("target")) if ptr is not None else (),
    )
