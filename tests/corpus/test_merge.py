"""The merged corpus: ids kept unique, sources and people reconciled, merges logged and undone."""

from __future__ import annotations

import pytest

import purgehist
from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    Creator,
    Dataset,
    Document,
    Evidence,
    Identifier,
    Provenance,
    Source,
)
from purgehist.corpus.merge import CorpusMerger
from purgehist.corpus.reconcile.keys import normal_identifier
from purgehist.corpus.reconcile.log import MergeLog
from purgehist.corpus.reconcile.undo import merge_records, unmerge


def thesis(
    doc: str, author: str, title: str, *, doi: str | None = None, year: str = "1985"
) -> Dataset:
    """A one-claim thesis citing one work of *author*."""
    ids = [Identifier(scheme="doi", value=doi)] if doi else []
    return Dataset(
        actors=[Actor(id="pers_a", name=author)],
        sources=[
            Source(
                id="src_1",
                title=title,
                date=year,
                identifiers=ids,
                creators=[Creator(name=author, actor="pers_a")],
            )
        ],
        evidence=[Evidence(id="ev_1", source="src_1", provenance=Provenance(document=doc, line=3))],
        claims=[
            Claim(
                id="claim_1",
                text=f"{doc} says so.",
                attributions=[Attribution(actor="pers_a", work="src_1", evidence=["ev_1"])],
            )
        ],
        documents=[Document(id=doc, title=f"Thesis {doc}")],
    )


def merged(*datasets: Dataset) -> tuple[Dataset, MergeLog]:
    merger = CorpusMerger()
    for dataset in datasets:
        merger.add(dataset, document=dataset.documents[0].id)
    return merger.result()


ORIGINS = "Origins of the Great Purges: The Soviet Communist Party Reconsidered, 1933-1938"


def test_one_work_and_one_historian_across_documents() -> None:
    lower = "Origins of the great purges : the Soviet Communist Party reconsidered"
    corpus, log = merged(
        thesis("a", "J. Arch Getty", ORIGINS),
        thesis("b", "Getty, J.A.", lower),
        thesis("c", "Getty, J. Arch", "Origins of the Great Purges"),
    )
    assert len(corpus.sources) == 1
    assert len(corpus.actors) == 1
    assert {e.source for e in corpus.evidence} == {corpus.sources[0].id}
    assert len(corpus.evidence) == len(corpus.claims) == len(corpus.documents) == 3
    assert len({e.id for e in corpus.evidence}) == 3
    assert purgehist.problems(corpus) == []
    assert {m.kind for m in log.merges} == {"source", "actor"}
    assert {n.name for n in corpus.actors[0].variants} >= {"Getty, J.A."}


def test_transliterations_of_one_name_are_one_person() -> None:
    corpus, _ = merged(
        thesis("a", "Ежов, Николай Иванович", "Report", year="1937"),
        thesis("b", "Nikolai Yezhov", "Another text", year="1937"),
    )
    assert len(corpus.actors) == 1


def test_other_initials_are_another_person_and_a_family_name_alone_a_near_miss() -> None:
    corpus, log = merged(
        thesis("a", "Roy Medvedev", "Let History Judge", year="1971"),
        thesis("b", "Zhores Medvedev", "The Medvedev Papers", year="1971"),
        thesis("c", "Medvedev", "Some book", year="1972"),
    )
    assert len(corpus.actors) == 3
    (near,) = [n for n in log.near_misses if n.kind == "actor"]
    assert near.reason.startswith("a family name alone")


def test_identifiers_come_first() -> None:
    corpus, log = merged(
        thesis("a", "Conquest, Robert", "The Great Terror", doi="https://doi.org/10.1000/XYZ"),
        thesis("b", "R. Conquest", "Большой террор", doi="doi:10.1000/xyz", year="1974"),
    )
    assert len(corpus.sources) == 1
    assert [m.key for m in log.merges if m.kind == "source"] == ["doi:10.1000/xyz"]
    assert normal_identifier("doi", "none") is None


def test_editions_and_other_works_stay_apart() -> None:
    corpus, log = merged(
        thesis("a", "Conquest, Robert", "The Great Terror", year="1968"),
        thesis("b", "Conquest, Robert", "The Great Terror: A Reassessment", year="1990"),
        thesis("c", "Conquest, Robert", "The Harvest of Sorrow", year="1986"),
    )
    assert len(corpus.sources) == 3
    assert not [m for m in log.merges if m.kind == "source"]


def test_a_year_apart_merges_only_the_same_title() -> None:
    corpus, log = merged(
        thesis("a", "Getty, J. Arch", ORIGINS, year="1985"),
        thesis("b", "Getty, J. Arch", ORIGINS, year="1986"),
        thesis("c", "Getty, J. Arch", "Origins of the Great Purges, 1933-38", year="1986"),
    )
    assert len(corpus.sources) == 2
    assert len([n for n in log.near_misses if n.kind == "source"]) == 1


def test_merges_are_undone_and_made_again() -> None:
    corpus, log = merged(thesis("a", "J. Arch Getty", ORIGINS), thesis("b", "Getty, J.A.", ORIGINS))
    before = corpus
    for merge in reversed(log.merges):
        corpus, log = unmerge(corpus, log, merge.absorbed)
    assert len(corpus.sources) == 2
    assert len(corpus.actors) == 2
    assert purgehist.problems(corpus) == []
    b_evidence = next(e for e in corpus.evidence if e.provenance and e.provenance.document == "b")
    assert b_evidence.source != before.sources[0].id
    assert log.merges == ()
    sources = [s.id for s in corpus.sources]
    corpus, log = merge_records(corpus, log, sources[0], sources[1])
    assert len(corpus.sources) == 1
    assert {e.source for e in corpus.evidence} == {sources[0]}
    with pytest.raises(purgehist.UsageError):
        unmerge(corpus, log, "no_such_record")


def test_the_log_round_trips_through_json() -> None:
    _, log = merged(thesis("a", "J. Arch Getty", ORIGINS), thesis("b", "Getty, J.A.", ORIGINS))
    assert MergeLog.loads(log.dumps()) == log


def test_organisations_merge_on_their_whole_name_only() -> None:
    def org(doc: str, name: str) -> Dataset:
        return Dataset(
            actors=[Actor(id="org", name=name, kind=ActorKind.ORGANISATION)],
            documents=[Document(id=doc, title=doc)],
        )

    corpus, _ = merged(org("a", "NKVD"), org("b", "NKVD"), org("c", "OGPU"))
    assert [a.name for a in corpus.actors] == ["NKVD", "OGPU"]
