"""A small dataset for the argmap tests, with every relation type and stance."""

from __future__ import annotations

from purgehist import (
    Actor,
    ActorKind,
    Attribution,
    Claim,
    ClaimRelation,
    Dataset,
    Metadata,
    RelationType,
    Stance,
)

NASTY_TEXT = (
    "Stalin [sic] wrote <to> *Yezhov* about _cadres_ #1 @NKVD {twice} // not a comment "
    "/* nor this */ \\ back-slash,\nover two lines; 50% + 1 -> more: «ёлки»."
)


def small_dataset() -> Dataset:
    """Four claims: B supports A, C contradicts A, D refines B; five stances."""
    return Dataset(
        metadata=Metadata(title='Small "argument" test'),
        actors=[
            Actor(id="pers_getty", name="J. Arch Getty"),
            Actor(id="pers_conquest", name="Robert Conquest"),
            Actor(id="org_nkvd", kind=ActorKind.ORGANISATION, name="NKVD of the USSR"),
        ],
        claims=[
            Claim(
                id="claim_a",
                text="The purge was planned from the centre.",
                tags=["causes", "two words"],
                attributions=[
                    Attribution(actor="pers_conquest", date="1968"),
                    Attribution(actor="pers_getty", stance=Stance.DISPUTES, date="1985"),
                ],
            ),
            Claim(
                id="claim_b",
                text="Stalin signed the execution lists.",
                relations=[ClaimRelation(type=RelationType.SUPPORTS, target="claim_a")],
                attributions=[
                    Attribution(actor="pers_conquest", date="1990"),
                    Attribution(actor="org_nkvd", stance=Stance.REPORTS),
                ],
            ),
            Claim(
                id="claim_c",
                text=NASTY_TEXT,
                relations=[ClaimRelation(type=RelationType.CONTRADICTS, target="claim_a")],
                attributions=[
                    Attribution(actor="pers_getty", stance=Stance.QUALIFIES),
                    Attribution(actor="pers_getty", stance=Stance.RETRACTS, date="1993"),
                ],
            ),
            Claim(
                id="claim_d",
                text="Stalin signed 383 lists.",
                relations=[ClaimRelation(type=RelationType.REFINES, target="claim_b")],
                attributions=[Attribution(actor="pers_conquest", date="2007")],
            ),
        ],
    )
