"""Synthetic datasets of any size for benchmarks: claims with their actors, events, sources
and evidence, with text lengths and scripts like those of real historiography.

    python benchmarks/generate.py 100000 -o big.json
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    ClaimRelation,
    Creator,
    Dataset,
    Event,
    Evidence,
    Identifier,
    Membership,
    Metadata,
    NameVariant,
    Participant,
    Provenance,
    RelationType,
    Source,
    SourceType,
    Stance,
    dump,
)
from purgehist.model.evidence import EvidenceGrade
from purgehist.model.locators import parse_locator

__all__ = ["generate"]

_WORDS_EN = [
    "the",
    "party",
    "purge",
    "plenum",
    "archive",
    "testimony",
    "defector",
    "terror",
    "arrests",
    "central",
    "committee",
    "regional",
    "secretaries",
    "denounced",
    "trial",
    "confession",
    "verification",
    "documents",
    "order",
    "quota",
    "operation",
    "execution",
    "evidence",
    "memoir",
    "source",
    "historian",
    "revision",
    "school",
    "leadership",
]
_WORDS_RU = [
    "партия",
    "чистка",
    "пленум",
    "архив",
    "показания",
    "террор",
    "аресты",
    "приказ",
    "операция",
    "суд",
]
_WORDS_NL = [
    "volgens",
    "de",
    "historicus",
    "bronnen",
    "zuivering",
    "archief",
    "getuigenis",
    "partij",
    "leiding",
]
_GIVEN = ["Nikolai", "Robert", "Sheila", "Gabor", "Roberta", "Oleg", "Lynne", "Hiroaki", "Anna"]
_FAMILY = ["Ivanov", "Petrova", "Conquest", "Getty", "Manning", "Khlevniuk", "Viola", "Smirnov"]
_GRADES = [g.value for g in EvidenceGrade]


def _sentence(rng: random.Random, words: list[str], low: int, high: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))
    return text[0].upper() + text[1:] + "."


def _date(rng: random.Random) -> str:
    year = rng.randint(1917, 1991)
    form = rng.random()
    if form < 0.4:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if form < 0.6:
        return f"{year}~"
    if form < 0.75:
        return f"{year}/{year + rng.randint(1, 3)}"
    if form < 0.85:
        return f"{year}?"
    return str(year)


def generate(n_claims: int, seed: int = 0) -> Dataset:
    """A valid dataset with *n_claims* claims, about n/10 actors, n/20 events, n/5 sources and
    2n pieces of evidence; deterministic for a given *seed*."""
    rng = random.Random(seed)
    n_actors = max(4, n_claims // 10)
    n_events = max(2, n_claims // 20)
    n_sources = max(2, n_claims // 5)
    schools = [
        Actor(id="school_a", kind=ActorKind.SCHOOL, name="First school"),
        Actor(id="school_b", kind=ActorKind.SCHOOL, name="Second school"),
    ]
    actors = list(schools)
    for i in range(n_actors):
        name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
        actors.append(
            Actor(
                id=f"pers_{i}",
                name=name,
                variants=(
                    NameVariant(name=f"{name} {i}", lang="nl"),
                    NameVariant(
                        name=" ".join(rng.sample(_WORDS_RU, 2)), lang="ru", type="original"
                    ),
                ),
                roles=("historian",) if i % 3 else ("politician",),
                lifespan=f"{rng.randint(1880, 1950)}/..",
                memberships=(Membership(group=rng.choice(schools).id, date="1985/1991"),),
                identifiers=(Identifier(scheme="wikidata", value=f"Q{1000 + i}"),),
                description=_sentence(rng, _WORDS_EN, 8, 25),
            )
        )
    events = [
        Event(
            id=f"ev_{i}",
            label=_sentence(rng, _WORDS_EN, 3, 7),
            date=_date(rng),
            date_text=str(rng.randint(1934, 1938)),
            participants=tuple(
                Participant(actor=f"pers_{rng.randrange(n_actors)}", role="participant")
                for _ in range(rng.randint(0, 3))
            ),
            part_of="ev_0" if i else None,
            description=_sentence(rng, _WORDS_EN, 10, 40),
        )
        for i in range(n_events)
    ]
    sources = [
        Source(
            id=f"bib_{i}",
            type=rng.choice([SourceType.BOOK, SourceType.ARTICLE, SourceType.ARCHIVAL]),
            creators=(
                Creator(
                    name=f"{rng.choice(_FAMILY)}, {rng.choice(_GIVEN)}",
                    actor=f"pers_{rng.randrange(n_actors)}",
                ),
            ),
            title=_sentence(rng, _WORDS_EN, 4, 14),
            container=_sentence(rng, _WORDS_EN, 2, 4) if i % 2 else None,
            place="Cambridge",
            date=str(rng.randint(1950, 2010)),
            language=rng.choice(["en", "ru", "nl", "de"]),
        )
        for i in range(n_sources)
    ]
    evidence = []
    claims = []
    for i in range(n_claims):
        ev_ids = []
        for j in range(2):
            ev_id = f"evid_{i}_{j}"
            ev_ids.append(ev_id)
            start = rng.randint(1, 600)
            evidence.append(
                Evidence(
                    id=ev_id,
                    source=f"bib_{rng.randrange(n_sources)}",
                    locator=parse_locator(f"{start}-{start + rng.randint(0, 5)}"),
                    grade=rng.choice(_GRADES),
                    cited_as=f"{rng.choice(_FAMILY)}, {start}.",
                    provenance=Provenance(
                        file="thesis.txt", line=rng.randint(1, 5000), footnote=str(i + 1)
                    ),
                )
            )
        words = rng.choice([_WORDS_EN, _WORDS_NL, _WORDS_RU])
        claims.append(
            Claim(
                id=f"claim_{i}",
                text=_sentence(rng, words, 8, 40),
                about=(f"ev_{rng.randrange(n_events)}", f"pers_{rng.randrange(n_actors)}"),
                attributions=(
                    Attribution(
                        actor=f"pers_{rng.randrange(n_actors)}",
                        stance=Stance.ASSERTS,
                        date=str(rng.randint(1960, 2005)),
                        evidence=(ev_ids[0],),
                    ),
                    Attribution(
                        actor=f"pers_{rng.randrange(n_actors)}",
                        stance=rng.choice(list(Stance)),
                        evidence=(ev_ids[1],),
                    ),
                ),
                relations=(
                    (ClaimRelation(type=RelationType.CONTRADICTS, target=f"claim_{i - 1}"),)
                    if i and rng.random() < 0.3
                    else ()
                ),
                tags=("synthetic",),
            )
        )
    return Dataset(
        metadata=Metadata(
            title=f"Synthetic dataset of {n_claims} claims", license="CC0-1.0", language="en"
        ),
        actors=actors,
        events=events,
        sources=sources,
        evidence=evidence,
        claims=claims,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("claims", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    dataset = generate(args.claims, seed=args.seed)
    dump(dataset, args.output)
    print(f"wrote {args.output}: {dataset.counts()}", file=sys.stderr)


if __name__ == "__main__":
    main()
