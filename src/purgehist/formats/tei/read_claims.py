"""purgehist's own evidence (``bibl type="evidence"``) and claims (``note type="claim"``) with
their stances and the relations between claims; stances on memberships are read the same way."""

from __future__ import annotations

from purgehist.formats.tei.chars import decode_attr, text_of
from purgehist.formats.tei.namespaces import ID, t, unpoint
from purgehist.formats.tei.read_state import Element, Kids, ReadState, tokens
from purgehist.model import (
    ArchivalReference,
    Attribution,
    Certainty,
    ChainLink,
    Claim,
    ClaimRelation,
    ClaimStatus,
    Evidence,
    Locator,
    LocatorUnit,
    PageRange,
    Quantity,
    RelationType,
    Stance,
)
from purgehist.model.evidence import CitationStatus

__all__ = ["read_attribution", "read_claim", "read_evidence"]

_ARCHIVAL = frozenset({"archive", "fond", "opis", "delo", "folios"})
_BOUNDS = (("value", "quantity"), ("low", "atLeast"), ("high", "atMost"))
_DESC_SKIP = frozenset({t("date"), t("bibl")})


def _categories(state: ReadState, el: Element, kind: str) -> list[str]:
    """The values of the ``@ana`` categories of *el* that belong to the taxonomy *kind*."""
    found = []
    for token in tokens(el.get("ana")):
        category = state.categories.get(token)
        if category is not None and category[0] == kind:
            found.append(category[1])
    return found


# evidence -----------------------------------------------------------------------------------


def _locator(kids: Kids) -> Locator | None:
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


def _chain(state: ReadState, note: Element | None) -> tuple[ChainLink, ...]:
    """The transmission chain in ``note type="chain"``: who passed the evidence on."""
    if note is None:
        return ()
    chain = []
    for item in note.iter(t("item")):
        pers = item.find(t("persName"))
        ref = pers.get("ref") if pers is not None else None
        chain.append(
            ChainLink(
                actor=unpoint(ref) if ref else None,
                name=state.text(pers),
                role=state.text(item.find(t("roleName"))),
            )
        )
    return tuple(chain)


def read_evidence(state: ReadState, el: Element) -> None:
    """Read a ``bibl`` of the evidence list into ``state.evidence``."""
    status = state.choice(el, CitationStatus, el.get("subtype", "resolved"), "citation status")
    if status is None:
        return
    kids = Kids(el)
    ptr = kids.first("ptr", type="source")
    grades = _categories(state, el, "grades")
    chain = _chain(state, kids.first("note", type="chain"))
    try:
        locator = _locator(kids)
    except (ValueError, TypeError) as exc:
        state.found.error("invalid-locator", f"cannot read the locator: {exc}", state.where(el))
        locator = None
    evidence = state.build(
        el,
        Evidence,
        id=el.get(ID, ""),
        source=unpoint(ptr.get("target", "")) if ptr is not None else None,
        locator=locator,
        quote=state.text(kids.first("quote")),
        grade=grades[-1] if grades else None,
        chain=chain,
        cited_as=state.text(kids.first("note", type="citedAs")),
        status=status,
        note=state.text(kids.first("note", type="comment")),
        provenance=state.provenance_in(kids),
    )
    state.unmapped_rest(kids)
    if evidence is not None:
        state.evidence.append(evidence)


# claims -------------------------------------------------------------------------------------


def _desc_text(desc: Element | None) -> str | None:
    if desc is None:
        return None
    return text_of(desc, _DESC_SKIP) or None


def _quantity(state: ReadState, measure: Element | None) -> Quantity | None:
    if measure is None:
        return None
    try:
        numbers = {
            key: float(measure.get(attr, ""))
            for key, attr in _BOUNDS
            if measure.get(attr) is not None
        }
    except ValueError as exc:
        state.found.error("invalid-value", f"cannot read the quantity: {exc}", state.where(measure))
        return None
    return state.build(measure, Quantity, unit=text_of(measure), **numbers)


def read_attribution(state: ReadState, rel: Element) -> Attribution | None:
    """A stance ``relation`` (on a claim, or on a membership) as an :class:`Attribution`."""
    stance = state.choice(rel, Stance, rel.get("name", "asserts"), "stance")
    if stance is None:
        return None
    desc = rel.find(t("desc"))
    date_el = desc.find(t("date")) if desc is not None else None
    prov = desc.find(t("bibl")) if desc is not None else None
    work = rel.get("corresp")
    return state.build(
        rel,
        Attribution,
        actor=unpoint(rel.get("active", "")),
        stance=stance,
        date=text_of(date_el) if date_el is not None else rel.get("when"),
        work=unpoint(work) if work else None,
        evidence=tokens(rel.get("source")),
        no_evidence=rel.get("subtype") == "noEvidence",
        note=_desc_text(desc),
        provenance=state.provenance(prov),
    )


def _relation(state: ReadState, rel: Element) -> ClaimRelation | None:
    kind = state.choice(rel, RelationType, rel.get("name", "supports"), "relation between claims")
    if kind is None:
        return None
    return state.build(
        rel,
        ClaimRelation,
        type=kind,
        target=unpoint(rel.get("passive", "")),
        note=_desc_text(rel.find(t("desc"))),
    )


def read_claim(state: ReadState, el: Element) -> None:
    """Read a ``note type="claim"`` into ``state.claims``."""
    kids = Kids(el)
    p = kids.first("p")
    status = ClaimStatus.REVIEWED
    for value in _categories(state, el, "statuses"):
        status = state.choice(el, ClaimStatus, value, "claim status") or status
    tags = _categories(state, el, "tags")
    quantity = _quantity(state, kids.first("measure", type="quantity"))
    certainty_el = kids.first("certainty")
    certainty = None
    if certainty_el is not None:
        cert = certainty_el.get("cert", "unknown")
        certainty = state.choice(certainty_el, Certainty, cert, "certainty")
    attributions: list[Attribution] = []
    relations: list[ClaimRelation] = []
    for lst in kids.take("listRelation"):
        for rel in lst.iter(t("relation")):
            kind = rel.get("type")
            if kind == "stance":
                attribution = read_attribution(state, rel)
                if attribution is not None:
                    attributions.append(attribution)
            elif kind == "argument":
                relation = _relation(state, rel)
                if relation is not None:
                    relations.append(relation)
            else:
                state.not_mapped(rel, lst)
    anchor = el.get("corresp")
    claim = state.build(
        el,
        Claim,
        id=el.get(ID, ""),
        text=text_of(p) if p is not None else "",
        quote=state.text(kids.first("quote")),
        lang=state.lang(p) if p is not None else None,
        about=tokens(el.get("target")),
        attributions=tuple(attributions),
        relations=tuple(relations),
        certainty=certainty,
        quantity=quantity,
        tags=tuple(tags),
        status=status,
        note=state.text(kids.first("note", type="comment")),
        provenance=state.provenance_in(kids),
        anchor=unpoint(anchor) if anchor else None,
    )
    state.unmapped_rest(kids)
    if claim is not None:
        state.claims.append(claim)
