"""``biblStruct`` and ``bibl`` → :class:`Source`."""

from __future__ import annotations

import re
from typing import Any

import attrs

from purgehist.formats.tei.chars import text_of
from purgehist.formats.tei.namespaces import local, t, unpoint
from purgehist.formats.tei.read_state import Element, Kids, ReadState, norm
from purgehist.formats.text.bibliography import read_listed_entry
from purgehist.formats.text.resolve import source_from_citation
from purgehist.model import Creator, Identifier, Provenance, Source, SourceType
from purgehist.model.ids import is_ncname

__all__ = ["read_bibl", "read_bibl_struct", "read_entry_paragraph"]

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
"""Other projects' ``@type`` (lower-cased: Zotero's, TEI's own examples) → source type."""
# "Bringmann Tobias C., Handbuch…": the family name first without a comma, as Austrian and
# German lists print it; the entry parser reads "Bringmann, Tobias C., Handbuch…". Only for a
# list's paragraphs, whose entries open with a name: "Deutsche Bundesakte, Art. 6" does not.
_NAME_FIRST = re.compile(
    r"^(?P<family>[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-ZÀ-ÖØ-Þ][\w'’]+)?)\s+"
    r"(?P<given>[A-ZÀ-ÖØ-Þ][\w'’-]*\.?(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*\.?){0,2}"
    r"(?:\s+\((?:Hg|Hrsg|ed|eds)\.\))?),\s"
)
_PHRASES = frozenset(t(n) for n in ("hi", "emph", "foreign", "q", "lb"))
"""Markup of a run of text, not of a part of an entry."""


def _creators(state: ReadState, kids: Kids) -> list[Creator]:
    """``author``, ``editor`` and ``respStmt`` children, in order."""
    result = []
    for index, child in enumerate(kids.items):
        if index in kids.used:
            continue
        tag = local(child.tag)
        if tag in ("author", "editor"):
            kids.used.add(index)
            name = state.text(child)
            role = child.get("role") if tag == "editor" and not state.own else None
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
            name = state.text(name_el)
            ref = name_el.get("ref") if name_el is not None else None
            if name:
                result.append(
                    Creator(
                        name=name,
                        role=state.text(resp) or "contributor",
                        actor=unpoint(ref) if ref and is_ncname(unpoint(ref)) else None,
                    )
                )
    return result


def _source_type(state: ReadState, el: Element, analytic: bool) -> SourceType | None:
    value = el.get("type")
    if state.own and value is not None:
        return state.choice(el, SourceType, value, "source type")
    mapped = _SOURCE_TYPES.get((value or "").lower())
    if mapped is not None:
        return mapped
    if analytic:
        return SourceType.ARTICLE
    return SourceType.BOOK if value is None else SourceType.OTHER


def _imprint(state: ReadState, imprint: Element) -> dict[str, Any]:
    kids = Kids(imprint)
    fields: dict[str, Any] = {
        "place": state.text(kids.first("pubPlace")),
        "publisher": state.text(kids.first("publisher")),
    }
    accessed = kids.first("date", type="accessed")
    kids.take("date", type="unknown")
    date = kids.first("date")
    if state.own:
        fields["date"] = state.text(date)
        fields["accessed"] = state.text(accessed)
    else:
        fields["date"] = state.foreign_date(date) if date is not None else None
        fields["accessed"] = state.foreign_date(accessed) if accessed is not None else None
    fields["volume"] = state.text(kids.first("biblScope", unit="volume"))
    fields["issue"] = state.text(kids.first("biblScope", unit="issue"))
    if not state.own:
        fields["pages"] = state.text(kids.first("biblScope", unit="page"))
    state.unmapped_rest(kids)
    return fields


def _keep(state: ReadState, el: Element, source_type: SourceType | None, **fields: Any) -> None:
    """Add the source *el* holds to ``state.sources`` (unless its type is unknown: an error
    says so already)."""
    if source_type is None:
        return
    title = fields["title"] = state.name_or_id(el, fields["title"], "source")
    source = state.build(
        el,
        Source,
        id=state.unique_id(el, "bib_", title or "source"),
        type=source_type,
        **fields,
    )
    if source is not None:
        state.sources.append(source)


def read_bibl_struct(state: ReadState, el: Element) -> None:
    """Read a ``biblStruct`` into ``state.sources``: ``analytic`` (if any) holds the work,
    ``monogr`` the book or journal it is in."""
    kids = Kids(el)
    analytic = kids.first("analytic")
    monogr = kids.first("monogr")
    if monogr is None:
        state.found.warning(
            "unmapped-bibl", "a biblStruct without monogr is not read", state.where(el)
        )
        state.not_mapped(el)
        return
    m_kids = Kids(monogr)
    main_kids = Kids(analytic) if analytic is not None else m_kids
    creators = _creators(state, main_kids)
    short = main_kids.first("title", type="short")
    titles = main_kids.take("title")
    title = state.text(titles[0]) if titles else None
    container = None
    if analytic is not None:
        container_titles = m_kids.take("title")
        container = state.text(container_titles[0]) if container_titles else None
        creators += _creators(state, m_kids) if not state.own else []
    external = state.external(main_kids)
    identifiers = state.identifiers(main_kids)
    if analytic is not None and not state.own:
        identifiers += state.identifiers(m_kids)
    lang = main_kids.first("textLang")
    language = state.text(lang)
    if language is None and lang is not None:
        language = lang.get("mainLang")
    edition = state.text(m_kids.first("edition"))
    imprint = m_kids.first("imprint")
    fields = _imprint(state, imprint) if imprint is not None else {}
    pages = m_kids.first("biblScope", unit="page")
    if pages is not None:
        fields["pages"] = state.text(pages)
    if not state.own:
        for unit in ("volume", "issue"):
            fields[unit] = fields.get(unit) or state.text(m_kids.first("biblScope", unit=unit))
    note = state.text(kids.first("note", type=None))
    provenance = state.provenance_in(kids)
    for rest in (kids, m_kids) if analytic is None else (kids, m_kids, main_kids):
        state.unmapped_rest(rest)
    _keep(
        state,
        el,
        _source_type(state, el, analytic is not None),
        creators=tuple(creators),
        title=title or "",
        short_title=state.text(short),
        container=container,
        edition=edition,
        identifiers=identifiers,
        language=language,
        listed=el.get("subtype") != "unlisted",
        note=note,
        external=external,
        provenance=provenance,
        **fields,
    )


def read_bibl(state: ReadState, el: Element) -> None:
    """Read another project's ``bibl`` into ``state.sources``; one without a ``title`` is
    titled with its whole text, and one with children nothing reads keeps its whole text in
    the note, so that nothing of it is lost."""
    kids = Kids(el)
    creators = _creators(state, kids)
    title = state.text(kids.first("title"))
    short = kids.first("abbr") if not state.own else None
    date_el = kids.first("date")
    date = state.foreign_date(date_el) if date_el is not None else None
    identifiers = state.identifiers(kids)
    publisher = state.text(kids.first("publisher"))
    place = state.text(kids.first("pubPlace"))
    scopes = {s.get("unit"): state.text(s) for s in kids.take("biblScope")}
    note = state.text(kids.first("note"))
    whole = norm(text_of(el))
    rest = kids.rest()
    unstructured = not (title or creators or date_el is not None or publisher or place or scopes)
    if unstructured and not state.own and _keep_parsed(state, el, whole, identifiers):
        for child in rest:
            if child.tag not in _PHRASES:  # their text is read with the entry's
                state.not_mapped(child, el)
        return
    if title is None:
        title = whole
    elif rest and not state.own:
        note = note or whole
    for child in rest:
        state.not_mapped(child, el)
    _keep(
        state,
        el,
        _source_type(state, el, False) if el.get("type") else SourceType.OTHER,
        creators=tuple(creators),
        title=title or "",
        short_title=state.text(short),
        date=date,
        publisher=publisher,
        place=place,
        volume=scopes.get("volume"),
        issue=scopes.get("issue"),
        pages=scopes.get("page") or scopes.get("pp"),
        identifiers=identifiers,
        note=note if note != title else None,
    )


def _keep_parsed(
    state: ReadState,
    el: Element,
    whole: str,
    identifiers: tuple[Identifier, ...],
    *,
    authored: bool = False,
) -> bool:
    """Keep the source an unstructured ``bibl`` gives when read as a bibliography entry
    (creators, title, container, imprint, pages), its text in the note; ``False`` when the
    text does not read as one. An *authored* text (a bibliography's paragraph) must name its
    creators, and may name the first family name first without a comma."""
    text = _NAME_FIRST.sub(r"\g<family>, \g<given>, ", whole, count=1) if authored else whole
    citation, _ = read_listed_entry(text)
    if not citation.title or norm(citation.title) == whole:
        return False
    if authored and not citation.authors:
        return False
    chapter = citation.quoted_title or citation.in_book
    role = "editor" if citation.editors and not chapter else "author"
    title = citation.title
    source = state.build(
        el,
        source_from_citation,
        source_id=state.unique_id(el, "bib_", title),
        citation=citation,
        listed=True,
        provenance=Provenance(),
        creators=tuple(Creator(name=a.inverted, role=role) for a in citation.authors),
    )
    if source is None:
        return False
    kind = _source_type(state, el, False) if el.get("type") else source.type
    if kind == SourceType.BOOK and source.container:
        # Without quotes round the title, a part of a journal or book reads as a book.
        kind = SourceType.ARTICLE if source.volume or source.issue else SourceType.CHAPTER
    if kind is None:
        return True  # the unknown type is an error already
    state.sources.append(
        attrs.evolve(source, type=kind, identifiers=identifiers, note=whole, provenance=None)
    )
    return True


def read_entry_paragraph(state: ReadState, p: Element) -> bool:
    """A bibliography's ``p`` that opens with a ``bibl`` (its short title) and goes on with the
    entry (``<p><bibl>Wurzbach</bibl><title> Constant v., Biographisches Lexikon…</title></p>``)
    as a source, or one of text alone that reads as an entry with its creators
    (``<p>Bringmann Tobias C., Handbuch der Diplomatie … (München 2001).</p>``); ``False``
    if *p* is no entry."""
    first = next((c for c in p if isinstance(c.tag, str)), None)
    if first is None or first.tag != t("bibl") or (p.text or "").strip():
        if any(isinstance(c.tag, str) and c.tag not in _PHRASES for c in p):
            return False
        whole = norm(text_of(p))
        return _keep_parsed(state, p, whole, (), authored=True)
    short = state.text(first)
    if short is None:
        return False
    rest = norm(text_of(p)[len(text_of(first)) :].lstrip(" .,:;")) if len(p) else ""
    whole = norm(text_of(p))
    _keep(
        state,
        p,
        SourceType.OTHER,
        title=rest or short,
        short_title=short,
        note=whole if rest else None,
    )
    return True
