"""Build a small dataset in code: two historians, one claim they disagree on, their evidence.

Run it: ``python examples/build_dataset.py [OUTPUT.json]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import purgehist
from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    Dataset,
    Event,
    Evidence,
    EvidenceGrade,
    Membership,
    Metadata,
    NameVariant,
    Source,
    Stance,
)
from purgehist.model.locators import parse_locator


def build() -> Dataset:
    """Conquest and Getty on Kirov's murder, with the pages each cites."""
    return Dataset(
        metadata=Metadata(title="Kirov's murder: two readings", language="en", license="CC-BY-4.0"),
        actors=[
            Actor(id="school_totalitarian", kind=ActorKind.SCHOOL, name="Totalitarian school"),
            Actor(id="school_revisionist", kind=ActorKind.SCHOOL, name="Revisionist school"),
            Actor(
                id="pers_conquest",
                name="Robert Conquest",
                roles=["historian"],
                memberships=[Membership(group="school_totalitarian")],
            ),
            Actor(
                id="pers_getty",
                name="J. Arch Getty",
                roles=["historian"],
                memberships=[Membership(group="school_revisionist")],
            ),
            Actor(
                id="pers_kirov",
                name="Sergei Kirov",
                variants=[NameVariant(name="Сергей Киров", lang="ru", type="original")],
                lifespan="1886-03-27/1934-12-01",
            ),
        ],
        events=[Event(id="ev_kirov_murder", label="Murder of Kirov", date="1934-12-01")],
        sources=[
            Source(id="bib_great_terror", title="The Great Terror", date="1971"),
            Source(
                id="bib_stalinist_terror", title="Stalinist Terror: New Perspectives", date="1993"
            ),
        ],
        evidence=[
            Evidence(
                id="evid_conquest_75",
                source="bib_great_terror",
                locator=parse_locator("75"),
                grade=EvidenceGrade.HEARSAY,
            ),
            Evidence(
                id="evid_getty_47",
                source="bib_stalinist_terror",
                locator=parse_locator("47-48"),
                grade=EvidenceGrade.SECONDARY,
            ),
        ],
        claims=[
            Claim(
                id="claim_stalin_ordered_kirov_murder",
                text="Stalin ordered the murder of Kirov.",
                about=["ev_kirov_murder", "pers_kirov"],
                attributions=[
                    Attribution(actor="pers_conquest", evidence=["evid_conquest_75"]),
                    Attribution(
                        actor="pers_getty", stance=Stance.DISPUTES, evidence=["evid_getty_47"]
                    ),
                ],
            )
        ],
    )


def main() -> None:
    dataset = build()
    purgehist.validate(dataset)  # raises DataError listing every problem, if there are any
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("kirov.json")
    purgehist.dump(dataset, target)
    print(f"wrote {target}: {dataset.counts()}")


if __name__ == "__main__":
    main()
