"""The citations of another project's notes → :class:`Evidence`, using TEI's own markup.

A note cites with ``bibl`` (a pointer in ``@sameAs``/``@ref``/``@corresp``/``@target``/
``@key``, or on its ``title``), ``rs[@type='work']``, ``ref``/``ptr`` to an entry, or a short
title alone (``<bibl>Švoger</bibl>``, ``<ref type="lit">``). Pointers come as ``#id``,
``file.xml#id``, bare ids, ``prefix:…`` and URLs. The entries a citation may point to are
known only once the whole file (and the bibliographies given with it) is read, so each
citation is kept as :class:`PendingCitation` and resolved by :func:`resolve_citations`:

- to a source of the file or of a bibliography given with it, by id or by short title;
- a ``bibl``, a work or a literature ``ref`` whose pointer leads nowhere known: to a stub source
  marked external (the pointer, the words printed at the place of use);
- a short title that matches nothing: evidence marked unresolved, the citation's words kept;
- a ``ref``/``ptr`` to something that is not a work (a letter, a person, a date): no evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import attrs

from purgehist.formats.tei.namespaces import t
from purgehist.formats.tei.read_state import Element, ReadState, norm
from purgehist.model import (
    CitationStatus,
    Evidence,
    Locator,
    Provenance,
    Source,
    SourceType,
    parse_locator,
)
from purgehist.model.documents import Division
from purgehist.model.ids import slug

__all__ = [
    "PendingCitation",
    "drop_note_evidence",
    "fold",
    "locator_or_none",
    "note_citations",
    "pointer_id",
    "resolve_citations",
]

_NOTE, _BIBL, _REF, _PTR, _RS, _TITLE = (
    t(n) for n in ("note", "bibl", "ref", "ptr", "rs", "title")
)
_POINTERS = ("sameAs", "ref", "corresp", "target", "key")
_SCOPES = frozenset(t(n) for n in ("citedRange", "biblScope"))
_LITERATURE = frozenset({"lit", "bibl", "literature", "work", "source"})
_FOLD = re.compile(r"[\W_]+")


def locator_or_none(text: str | None) -> Locator | None:
    """The locator a citation prints, ``None`` when it prints none that reads as one."""
    if not text:
        return None
    try:
        return parse_locator(text)
    except ValueError:
        return None


def fold(text: str) -> str:
    """*text* casefolded without punctuation or spaces: how short titles are compared."""
    return _FOLD.sub("", text.casefold())


def pointer_id(token: str) -> str | None:
    """The xml:id a pointer names (``#x``, ``file.xml#x``, a bare ``x``), or ``None`` for a
    URL or a prefixed pointer, which point outside."""
    if "#" in token:
        target = token.rsplit("#", 1)[1]
        return target or None
    if ":" in token or "/" in token:
        return None
    return token


@dataclass(frozen=True, slots=True)
class PendingCitation:
    """A citation met in a note, resolved once the file is read."""

    evidence_id: str
    pointers: tuple[str, ...]
    text: str
    locator: str | None
    work: bool
    """Whether the element cites a work by its nature (``bibl``, ``rs type=work``, a literature
    ``ref``): one that resolves nowhere becomes a stub or an unresolved citation."""
    provenance: Provenance
    where: str


def _pointers(el: Element) -> tuple[str, ...]:
    tokens = [tok for a in _POINTERS for tok in (el.get(a) or "").split()]
    if not tokens and el.tag == _BIBL:
        for title in el.iter(_TITLE):
            tokens += (title.get("ref") or title.get("target") or "").split()
    return tuple(tokens)


def _citing(note: Element) -> Iterator[Element]:
    """The citing elements of *note*, in order, not those of notes nested in it nor those
    inside a citation already taken."""
    stack = list(reversed(note))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag == _NOTE:
            continue
        if tag == _BIBL or (tag == _RS and el.get("type") == "work"):
            yield el
            continue
        if tag in (_REF, _PTR) and (_pointers(el) or el.get("type") in _LITERATURE):
            yield el
            continue
        stack.extend(reversed(el))


def _text(el: Element) -> str:
    parts: list[str] = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _SCOPES and child.tag != _NOTE:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def note_citations(state: ReadState, note: Element, provenance: Provenance) -> tuple[str, ...]:
    """The ids of the evidence *note* will have, its citations kept in
    ``state.citations`` to be resolved at the end."""
    ids = []
    for el in _citing(note):
        scope = next((s for s in el.iter(*_SCOPES)), None)
        kind = el.get("type") or ""
        work = el.tag in (_BIBL, _RS) or kind in _LITERATURE
        evidence_id = state.id_pool.claim(f"ev_{provenance.document}_{len(state.citations) + 1}")
        state.citations.append(
            PendingCitation(
                evidence_id=evidence_id,
                pointers=_pointers(el),
                text=norm(_text(el)),
                locator=norm(_text(scope)) if scope is not None else None,
                work=work,
                provenance=provenance,
                where=state.where(el),
            )
        )
        ids.append(evidence_id)
    return tuple(ids)


def _resolve_one(
    state: ReadState,
    citation: PendingCitation,
    sources: dict[str, Source],
    short_titles: dict[str, str],
    stubs: dict[str, str],
) -> str | bool | None:
    """The source id a citation names, ``None`` if unresolved, ``False`` if not a citation."""
    for token in citation.pointers:
        target = pointer_id(token)
        if target is not None and target in sources:
            return target
    if not citation.work:
        return False
    if citation.pointers:
        token = citation.pointers[0]
        stub = stubs.get(token)
        if stub is None:
            stub = stubs[token] = state.id_pool.claim(slug(pointer_id(token) or token, "bib_"))
            title = citation.text or token
            state.sources.append(
                Source(id=stub, type=SourceType.OTHER, title=title, external=token)
            )
        return stub
    return short_titles.get(fold(citation.text)) if citation.text else None


def resolve_citations(state: ReadState) -> None:
    """Turn the citations kept in ``state.citations`` into evidence; the bibliography entries
    they cite that came from another file join the dataset."""
    sources = {s.id: s for s in state.sources}
    outside = {s.id: s for s in state.bibliography if s.id not in sources}
    sources.update(outside)
    short_titles: dict[str, str] = {}
    for source in [*state.sources, *outside.values()]:
        if source.short_title:
            short_titles.setdefault(fold(source.short_title), source.id)
    stubs: dict[str, str] = {}
    dropped: set[str] = set()
    added: set[str] = set()
    for citation in state.citations:
        found = _resolve_one(state, citation, sources, short_titles, stubs)
        if found is False:
            dropped.add(citation.evidence_id)
            continue
        if isinstance(found, str) and found in outside and found not in added:
            added.add(found)
            state.sources.append(outside[found])
        locator = locator_or_none(citation.locator)
        evidence = state.build_at(
            citation.where,
            Evidence,
            id=citation.evidence_id,
            source=found or None,
            locator=locator,
            cited_as=citation.text or None,
            status=CitationStatus.RESOLVED if found else CitationStatus.UNRESOLVED,
            provenance=citation.provenance,
        )
        if evidence is not None:
            state.evidence.append(evidence)
    state.citations.clear()
    if dropped:
        drop_note_evidence(state, dropped)


def _without(divisions: tuple[Division, ...], dropped: set[str]) -> tuple[Division, ...]:
    return tuple(
        attrs.evolve(
            div,
            paragraphs=tuple(
                attrs.evolve(
                    p,
                    notes=tuple(
                        attrs.evolve(n, evidence=tuple(e for e in n.evidence if e not in dropped))
                        for n in p.notes
                    ),
                )
                for p in div.paragraphs
            ),
            divisions=_without(div.divisions, dropped),
        )
        for div in divisions
    )


def drop_note_evidence(state: ReadState, dropped: set[str]) -> None:
    """Take the ids of citations that turned out to be none out of the notes."""
    for doc_id, doc in state.documents.items():
        state.documents[doc_id] = attrs.evolve(doc, divisions=_without(doc.divisions, dropped))
