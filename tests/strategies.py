"""Hypothesis strategies: whole datasets whose references resolve, in several scripts, and
datasets whose references do not."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from purgehist import (
    Actor,
    ActorKind,
    ArchivalReference,
    Attribution,
    Calendar,
    Certainty,
    ChainLink,
    CitationStatus,
    Claim,
    ClaimRelation,
    ClaimStatus,
    Coordinates,
    Creator,
    Dataset,
    Division,
    Document,
    Event,
    Evidence,
    Identifier,
    Locator,
    LocatorUnit,
    Membership,
    Metadata,
    NameVariant,
    Note,
    PageBreak,
    PageRange,
    Paragraph,
    Participant,
    Place,
    Provenance,
    Quantity,
    RelationType,
    Source,
    SourceType,
    Stance,
)
from purgehist.model.dataset import COLLECTIONS
from purgehist.model.evidence import EvidenceGrade

# Latin with diacritics, Cyrillic, Greek, CJK, typographic punctuation, and characters that are
# awkward in markup and spreadsheets (=, +, -, @ at the start; quotes; ampersands; newlines).
_ALPHABET = st.sampled_from(
    list("abcxyzABCXYZ0123456789 ,.;:'\"&<>=+-@()/\t\n")
    + list("éèëïöüçñßøåłžšđ")
    + list("абвгдежзийклмнопрстуфхцчшщыэюяБЖЯЁё")
    + list("αβγΩ中文日本‘’“”„–—…№€")
)
_XML_ILLEGAL = st.sampled_from(["\x00", "\x01", "\x0b", "\x0c", "\x1f", "\ufffe", "\r"])

EDTF_SAMPLES = [
    "1934",
    "1934-12",
    "1934-12-01",
    "1936/1938",
    "1936-08-19/1936-08-24",
    "1937~",
    "1935?",
    "1938%",
    "193X",
    "1937-XX",
    "1985/..",
    "../1938",
    "1936~/1938?",
    "1937-21",
    "-0100",
]


def texts(
    *, min_size: int = 0, max_size: int = 40, xml_safe: bool = True
) -> st.SearchStrategy[str]:
    """Text in several scripts; with ``xml_safe=False`` also characters XML 1.0 cannot carry."""
    alphabet = _ALPHABET if xml_safe else st.one_of(_ALPHABET, _XML_ILLEGAL)
    return st.text(alphabet, min_size=min_size, max_size=max_size)


def required_texts(**kwargs: Any) -> st.SearchStrategy[str]:
    """Text with at least one non-blank character."""
    return texts(min_size=1, **kwargs).filter(lambda s: bool(s.strip()))


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def edtf_dates() -> st.SearchStrategy[str]:
    return st.sampled_from(EDTF_SAMPLES)


def _tuple(
    strategy: st.SearchStrategy[Any], max_size: int = 3
) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=max_size).map(tuple)


def _lang() -> st.SearchStrategy[str | None]:
    return optional(st.sampled_from(["en", "nl", "de", "fr", "ru", "ru-Latn", "zh-Hans"]))


def provenances(docs: list[str], xml_safe: bool) -> st.SearchStrategy[Provenance | None]:
    return optional(
        st.builds(
            Provenance,
            document=optional(st.sampled_from(docs)) if docs else st.none(),
            file=optional(required_texts(xml_safe=xml_safe, max_size=20)),
            line=optional(st.integers(1, 100_000)),
            footnote=optional(st.sampled_from(["1", "13", "13a", "145"])),
            page=optional(st.sampled_from(["1", "47", "xii"])),
            note=optional(texts(xml_safe=xml_safe)),
        )
    )


def identifiers(xml_safe: bool) -> st.SearchStrategy[tuple[Identifier, ...]]:
    return _tuple(
        st.builds(
            Identifier,
            scheme=st.sampled_from(
                ["wikidata", "viaf", "gnd", "doi", "isbn", "url", "geonames", "tgn"]
            ),
            value=st.from_regex(r"\A[A-Za-z0-9./:_-]{1,20}\Z"),
        ),
        max_size=2,
    )


def externals() -> st.SearchStrategy[str | None]:
    """Pointers into registers outside the dataset, as a stub record holds them."""
    return optional(
        st.sampled_from(["#reg1234", "reg:1234", "https://example.org/register/7", "Q855 (wd)"])
    )


def coordinates() -> st.SearchStrategy[Coordinates | None]:
    return optional(
        st.builds(
            Coordinates,
            latitude=st.floats(-90, 90),
            longitude=st.floats(-180, 180),
        )
    )


def locators(xml_safe: bool) -> st.SearchStrategy[Locator]:
    ranges = _tuple(
        st.builds(
            PageRange,
            start=st.sampled_from(["1", "47", "130", "xii", "5a"]),
            end=optional(st.sampled_from(["48", "132", "xiv"])),
            following=st.booleans(),
        ),
        max_size=3,
    )
    archival = st.builds(
        ArchivalReference,
        archive=optional(st.sampled_from(["RGASPI", "GARF", "ЦА ФСБ"])),
        fond=optional(st.sampled_from(["17", "89"])),
        opis=optional(st.sampled_from(["3", "162"])),
        delo=optional(st.sampled_from(["1170", "21"])),
        folios=optional(st.sampled_from(["2", "10-12", "5ob."])),
    )
    return st.builds(
        Locator,
        printed=texts(xml_safe=xml_safe, max_size=20),
        unit=st.sampled_from(LocatorUnit),
        ranges=ranges,
        archival=optional(archival),
    )


@st.composite
def datasets(draw: st.DrawFn, *, xml_safe: bool = True, max_records: int = 4) -> Dataset:
    """A valid dataset: unique NCName ids, every reference resolving, EDTF dates."""
    text = lambda **kw: texts(xml_safe=xml_safe, **kw)  # noqa: E731
    req = lambda **kw: required_texts(xml_safe=xml_safe, **kw)  # noqa: E731
    n_actors = draw(st.integers(1, max_records))
    n_places = draw(st.integers(0, max_records))
    n_events = draw(st.integers(0, max_records))
    n_sources = draw(st.integers(0, max_records))
    n_evidence = draw(st.integers(0, max_records)) if n_sources else 0
    n_claims = draw(st.integers(0, max_records))
    n_docs = draw(st.integers(0, 1))
    id_letters = st.sampled_from(["", "é", "ж", "_x", ".v", "-2"])
    actor_ids = [f"pers_{i}{draw(id_letters)}" for i in range(n_actors)]
    place_ids = [f"pl_{i}{draw(id_letters)}" for i in range(n_places)]
    event_ids = [f"ev_{i}" for i in range(n_events)]
    source_ids = [f"bib_{i}" for i in range(n_sources)]
    evidence_ids = [f"evid_{i}" for i in range(n_evidence)]
    claim_ids = [f"claim_{i}" for i in range(n_claims)]
    doc_ids = [f"doc_{i}" for i in range(n_docs)]
    para_ids: list[str] = []

    def pick(ids: list[str]) -> st.SearchStrategy[str]:
        return st.sampled_from(ids)

    def some(ids: list[str], max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
        return _tuple(pick(ids), max_size) if ids else st.just(())

    def maybe(ids: list[str]) -> st.SearchStrategy[str | None]:
        return optional(pick(ids)) if ids else st.none()

    prov = provenances(doc_ids, xml_safe)
    variants = _tuple(
        st.builds(
            NameVariant,
            name=req(),
            lang=_lang(),
            type=st.sampled_from(["variant", "original", "transliteration"]),
            date=optional(edtf_dates()),
        )
    )

    def attributions(max_size: int) -> st.SearchStrategy[tuple[Attribution, ...]]:
        attribution = st.builds(
            Attribution,
            actor=pick(actor_ids),
            stance=st.sampled_from(Stance),
            date=optional(edtf_dates()),
            work=maybe(source_ids),
            evidence=some(list(evidence_ids)),
            no_evidence=st.just(False),
            note=optional(text()),
            provenance=prov,
        )
        return _tuple(attribution, max_size)

    actors = [
        draw(
            st.builds(
                Actor,
                id=st.just(actor_id),
                kind=st.sampled_from(ActorKind),
                name=req(),
                variants=variants,
                roles=_tuple(st.sampled_from(["historian", "politician", "defector", "witness"])),
                sex=optional(req(max_size=10)),
                lifespan=optional(edtf_dates()),
                birth_place=maybe(place_ids),
                death_place=maybe(place_ids),
                memberships=_tuple(
                    st.builds(
                        Membership,
                        group=pick(actor_ids),
                        role=optional(req()),
                        date=optional(edtf_dates()),
                        note=optional(text()),
                        attributions=attributions(2),
                    ),
                    max_size=2,
                ),
                identifiers=identifiers(xml_safe),
                description=optional(text(max_size=200)),
                external=externals(),
                provenance=prov,
            )
        )
        for actor_id in actor_ids
    ]
    places = [
        draw(
            st.builds(
                Place,
                id=st.just(place_id),
                name=req(),
                variants=variants,
                type=optional(st.sampled_from(["city", "oblast", "camp", "prison", "building"])),
                coordinates=coordinates(),
                # only earlier places as parents: no cycles
                part_of=maybe(place_ids[:i]),
                identifiers=identifiers(xml_safe),
                description=optional(text(max_size=200)),
                external=externals(),
                provenance=prov,
            )
        )
        for i, place_id in enumerate(place_ids)
    ]
    events = [
        draw(
            st.builds(
                Event,
                id=st.just(event_id),
                label=req(),
                labels=variants,
                type=optional(st.sampled_from(["trial", "plenum", "murder"])),
                date=optional(edtf_dates()),
                date_text=optional(text()),
                calendar=st.sampled_from(Calendar),
                place=maybe(place_ids),
                participants=_tuple(
                    st.builds(Participant, actor=pick(actor_ids), role=optional(req()))
                ),
                # only earlier events as parents: no cycles
                part_of=optional(pick(event_ids[:i])) if i else st.none(),
                description=optional(text(max_size=200)),
                identifiers=identifiers(xml_safe),
                provenance=prov,
            )
        )
        for i, event_id in enumerate(event_ids)
    ]
    sources = [
        draw(
            st.builds(
                Source,
                id=st.just(source_id),
                type=st.sampled_from(SourceType),
                creators=_tuple(
                    st.builds(
                        Creator,
                        name=req(),
                        role=st.sampled_from(["author", "editor", "translator"]),
                        actor=optional(pick(actor_ids)),
                    )
                ),
                title=req(max_size=80),
                short_title=optional(req()),
                container=optional(req()),
                volume=optional(st.sampled_from(["1", "12", "XLV"])),
                issue=optional(st.sampled_from(["3", "4-5"])),
                pages=optional(st.sampled_from(["1-20", "113-131"])),
                edition=optional(st.sampled_from(["2", "2nd"])),
                publisher=optional(req()),
                place=optional(req()),
                date=optional(edtf_dates()),
                identifiers=identifiers(xml_safe),
                accessed=optional(st.sampled_from(["2009-08-25", "2009"])),
                language=_lang(),
                listed=st.booleans(),
                note=optional(text()),
                external=externals(),
                provenance=prov,
            )
        )
        for source_id in source_ids
    ]
    evidence = []
    for evidence_id in evidence_ids:
        evidence.append(
            draw(
                st.builds(
                    Evidence,
                    id=st.just(evidence_id),
                    source=pick(source_ids),
                    locator=optional(locators(xml_safe)),
                    quote=optional(text(max_size=200)),
                    grade=optional(st.sampled_from([g.value for g in EvidenceGrade])),
                    chain=_tuple(
                        st.builds(
                            ChainLink,
                            actor=optional(pick(actor_ids)),
                            name=req(),
                            role=optional(st.sampled_from(["witness", "heard from"])),
                        )
                    ),
                    cited_as=optional(text()),
                    status=st.sampled_from([CitationStatus.RESOLVED, CitationStatus.INFERRED]),
                    note=optional(text()),
                    provenance=prov,
                )
            )
        )
    if evidence_ids and draw(st.booleans()):
        evidence.append(
            Evidence(
                id="evid_unresolved",
                status=CitationStatus.UNRESOLVED,
                cited_as="Ibidem, 12.",
                note="previous footnote lost",
            )
        )
        evidence_ids.append("evid_unresolved")
    documents = []
    for doc_id in doc_ids:
        para_ids = [f"{doc_id}_p_{i}" for i in range(draw(st.integers(1, 3)))]
        paragraphs = []
        for pid in para_ids:
            body = draw(req(max_size=120))
            offsets = st.integers(0, len(body))
            paragraphs.append(
                Paragraph(
                    id=pid,
                    text=body,
                    notes=draw(
                        _tuple(
                            st.builds(
                                Note,
                                n=st.sampled_from(["1", "2", "13a"]),
                                offset=offsets,
                                text=optional(req()),
                                evidence=some(evidence_ids, 2),
                                line=optional(st.integers(1, 5000)),
                            ),
                            max_size=2,
                        )
                    ),
                    page_breaks=draw(
                        _tuple(
                            st.builds(
                                PageBreak, n=st.sampled_from(["1", "2", "xii"]), offset=offsets
                            ),
                            1,
                        )
                    ),
                    line=draw(optional(st.integers(1, 5000))),
                )
            )
        section = Division(id=f"{doc_id}_s_1", type="section", n="1.1", head=draw(optional(req())))
        chapter = Division(
            id=f"{doc_id}_ch_1",
            type="chapter",
            n=draw(optional(st.sampled_from(["1", "2"]))),
            head=draw(optional(req())),
            paragraphs=tuple(paragraphs),
            divisions=(section,) if draw(st.booleans()) else (),
            line=draw(optional(st.integers(1, 5000))),
        )
        documents.append(
            Document(
                id=doc_id,
                title=draw(req()),
                type=draw(st.sampled_from(["thesis", "book", "text"])),
                authors=draw(_tuple(req(), 2)),
                date=draw(optional(edtf_dates())),
                language=draw(_lang()),
                file=draw(optional(st.sampled_from(["thesis.txt", "boek.txt"]))),
                sha256=draw(optional(st.sampled_from(["0" * 64, "ab" * 32]))),
                divisions=(chapter,),
                bibliography=draw(some(source_ids)),
            )
        )
    quantity = st.builds(
        Quantity,
        value=st.just(681692.0),
        low=optional(st.sampled_from([600000.0, 0.5])),
        high=optional(st.sampled_from([700000.0, 1.5e6])),
        unit=st.sampled_from(["executions", "arrests"]),
    )
    claims = [
        draw(
            st.builds(
                Claim,
                id=st.just(claim_id),
                text=req(max_size=300),
                quote=optional(req(max_size=200)),
                lang=_lang(),
                about=some(actor_ids + event_ids),
                attributions=attributions(3),
                relations=_tuple(
                    st.builds(
                        ClaimRelation,
                        type=st.sampled_from(RelationType),
                        target=pick([c for c in claim_ids if c != claim_id]),
                        note=optional(text()),
                    ),
                    2,
                )
                if len(claim_ids) > 1
                else st.just(()),
                certainty=optional(st.sampled_from(Certainty)),
                quantity=optional(quantity),
                tags=_tuple(st.sampled_from(["kirov", "numbers", "nkvd"]), 2),
                status=st.sampled_from(ClaimStatus),
                note=optional(text(max_size=200)),
                provenance=prov,
                anchor=optional(pick(para_ids)) if para_ids else st.none(),
            )
        )
        for claim_id in claim_ids
    ]
    metadata = draw(
        st.builds(
            Metadata,
            title=req(),
            creators=_tuple(req(), 2),
            license=optional(st.sampled_from(["CC-BY-4.0", "CC0-1.0"])),
            language=_lang(),
            description=optional(text(max_size=200)),
            date=optional(edtf_dates()),
            version=optional(st.sampled_from(["1.0", "2"])),
            keywords=_tuple(req(max_size=15), 3),
            source=optional(req()),
        )
    )
    return Dataset(
        metadata=metadata,
        actors=actors,
        places=places,
        events=events,
        sources=sources,
        evidence=evidence,
        claims=claims,
        documents=documents,
    )


@st.composite
def dangling_datasets(draw: st.DrawFn, *, xml_safe: bool = True) -> Dataset:
    """A dataset whose references do not all resolve, as ``--force`` lets one be written:
    records of a valid dataset left out, and a claim naming ids that nothing defines or that
    belong to a record of the wrong kind."""
    whole = draw(datasets(xml_safe=xml_safe))
    kept: dict[str, list[Any]] = {}
    gone: list[str] = []
    for name in COLLECTIONS:
        kept[name] = []
        for record in getattr(whole, name):
            if draw(st.booleans()):
                kept[name].append(record)
            else:
                gone.append(record.id)
    wrong_kind = [place.id for place in kept["places"]]
    unknown = st.sampled_from([*gone, "pers_nowhere", *wrong_kind])
    kept["claims"].append(
        Claim(
            id="claim_dangling",
            text="A claim whose attribution names no actor of the dataset.",
            attributions=(
                Attribution(
                    actor=draw(unknown),
                    work=draw(optional(st.sampled_from([*gone, "bib_nowhere"]))),
                ),
            ),
            about=draw(_tuple(unknown, 2)),
        )
    )
    return Dataset(metadata=whole.metadata, **kept)
