"""English reporting constructions of a historiography of the Great Purge, written from the
language rather than from a document: verbs of saying, arguing, showing, estimating, denying
and conceding in the tenses and voices a literature review uses, with the claimant as subject,
agent, possessor, in an adjunct or as a pronoun or group, and the stance each gives; sentences
that attribute nothing beside them. Every sentence is made up for the tests."""

from __future__ import annotations

import pytest
from purge_scholars import claimants as _claimants_in
from purge_scholars import read


def _claimants(sentence: str) -> dict[str, str]:
    return _claimants_in(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "claimants"),
    [
        ("Conquest argues that the terror was planned from above.", {"pers_conquest": "asserts"}),
        ("Conquest argued that the terror was planned from above.", {"pers_conquest": "asserts"}),
        (
            "Conquest has argued that the terror was planned from above.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Conquest had argued that the terror was planned from above.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Conquest would later argue that the terror was planned from above.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Getty shows that the purge of 1933 was directed against passive members.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty has shown that the purge of 1933 was directed against passive members.",
            {"pers_getty": "asserts"},
        ),
        ("Getty suggests that regional leaders drove the arrests.", {"pers_getty": "asserts"}),
        ("Medvedev estimates that some twenty million died.", {"pers_medvedev": "asserts"}),
        (
            "Medvedev estimated the number of victims at twenty million.",
            {"pers_medvedev": "asserts"},
        ),
        (
            "Conquest says that the lists were signed by Stalin himself.",
            {"pers_conquest": "asserts"},
        ),
        ("Getty denies that Stalin planned the Kirov murder.", {"pers_getty": "disputes"}),
        ("Getty denied that Stalin planned the Kirov murder.", {"pers_getty": "disputes"}),
        (
            "Getty rejects the view that the terror was planned from the start.",
            {"pers_getty": "disputes"},
        ),
        ("Thurston disputes the figure of seven million arrests.", {"pers_thurston": "disputes"}),
        ("Thurston doubts that fear was widespread among workers.", {"pers_thurston": "disputes"}),
        (
            "Rittersporn concedes that the centre bore final responsibility.",
            {"pers_rittersporn": "qualifies"},
        ),
        (
            "Rittersporn conceded that the centre bore final responsibility.",
            {"pers_rittersporn": "qualifies"},
        ),
        (
            "Khlevniuk qualifies this view by pointing to Stalin's signatures.",
            {"pers_khlevniuk": "qualifies"},
        ),
        (
            "Khlevniuk nuances the revisionist picture of a chaotic centre.",
            {"pers_khlevniuk": "qualifies"},
        ),
        ("Getty does not deny that Stalin approved the quotas.", {"pers_getty": "qualifies"}),
        (
            "It has been argued by Conquest that the show trials were staged for foreign opinion.",
            {"pers_conquest": "asserts"},
        ),
        (
            "The view that the terror was planned was challenged by Getty.",
            {"pers_getty": "disputes"},
        ),
        ("The figure of twenty million was questioned by Thurston.", {"pers_thurston": "disputes"}),
        (
            "Getty's claim that the terror grew from local conflicts has been widely debated.",
            {"pers_getty": "asserts"},
        ),
        (
            "Conquest's argument that the famine was deliberate rests on emigre testimony.",
            {"pers_conquest": "asserts"},
        ),
        (
            "According to Getty, the centre lost control of the regions in 1937.",
            {"pers_getty": "asserts"},
        ),
        (
            "For Getty, the terror was a product of tensions between centre and periphery.",
            {"pers_getty": "asserts"},
        ),
        (
            "In Conquest's view, Stalin directed every stage of the purge.",
            {"pers_conquest": "asserts"},
        ),
        (
            "In the view of Rittersporn, the party lost control over its local organisations.",
            {"pers_rittersporn": "asserts"},
        ),
        ("The purge was driven by local officials (Getty 1985: 12).", {}),
        ("The purge was driven by local officials (Getty 1985).", {}),
        (
            "The revisionists argue that the terror was chaotic rather than planned.",
            {"revisionists": "asserts"},
        ),
        ("Both authors agree that the quotas came from Moscow.", {"they": "asserts"}),
        ("These historians reject the idea of a master plan.", {"These historians": "disputes"}),
        ("He argues that the regional secretaries drove the arrests.", {"he": "asserts"}),
        ("She shows that workers often welcomed the purge of their managers.", {"she": "asserts"}),
        (
            "They deny that the numbers were as high as Conquest claimed.",
            {"they": "disputes", "pers_conquest": "asserts"},
        ),
        ("Conquest overstates the number of victims.", {"pers_conquest": "asserts"}),
        ("Getty underestimates the role of Stalin in the purge.", {"pers_getty": "asserts"}),
        ("Conquest exaggerates the number of victims.", {"pers_conquest": "asserts"}),
        ("As Khlevniuk has shown, Stalin signed the lists himself.", {"pers_khlevniuk": "asserts"}),
        (
            "As Conquest points out, the archives confirm the scale of the terror.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Thurston points out that most workers did not fear arrest.",
            {"pers_thurston": "asserts"},
        ),
        (
            "Thurston maintains that fear was not the main feature of Soviet life.",
            {"pers_thurston": "asserts"},
        ),
        (
            "Rittersporn insists that the party apparatus resisted the centre.",
            {"pers_rittersporn": "asserts"},
        ),
        (
            "Khlevniuk concludes that the terror was centrally directed.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Getty contends that the purge was a response to chaos in the regions.",
            {"pers_getty": "asserts"},
        ),
        (
            "Getty takes issue with Conquest's account of the Kirov murder.",
            {"pers_getty": "disputes"},
        ),
        ("Thurston casts doubt on the reliability of the memoirs.", {"pers_thurston": "disputes"}),
        (
            "Khlevniuk calls into question the revisionist view of a weak centre.",
            {"pers_khlevniuk": "disputes"},
        ),
        ("Starkov argued that the military purge began in 1936.", {"Starkov": "asserts"}),
        (
            "The archives, Khlevniuk argues, show that Stalin directed the terror.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Getty was the first to argue that the terror was not planned.",
            {"pers_getty": "asserts"},
        ),
        ("Conquest is wrong to claim that twenty million died.", {"pers_conquest": "asserts"}),
        (
            "Contrary to Conquest, Getty sees the terror as a product of chaos.",
            {"pers_conquest": "disputes", "pers_getty": "asserts"},
        ),
        ("Getty acknowledges that Stalin bore ultimate responsibility.", {"pers_getty": "asserts"}),
        (
            "Conquest dismisses the revisionist account as apologetics.",
            {"pers_conquest": "disputes"},
        ),
        (
            "Medvedev claims that most of the victims were party members.",
            {"pers_medvedev": "asserts"},
        ),
        ("Getty might argue that the regions drove the terror.", {"pers_getty": "asserts"}),
        ("Khlevniuk qualified the revisionist claim.", {"pers_khlevniuk": "qualifies"}),
        ("Conquest overestimates the number of victims.", {"pers_conquest": "asserts"}),
        ("Getty plays down the role of Stalin in the purge.", {"pers_getty": "asserts"}),
        ("Getty downplays the role of Stalin in the purge.", {"pers_getty": "asserts"}),
        ("Getty calls into question the traditional account.", {"pers_getty": "disputes"}),
        ("Getty's critics have argued that he ignores the role of Stalin.", {"critics": "asserts"}),
        (
            "Khlevniuk's conclusion is that Stalin directed the terror.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "In Getty's account, the regional secretaries drove the terror.",
            {"pers_getty": "asserts"},
        ),
        ("As Getty puts it, the centre was weak.", {"pers_getty": "asserts"}),
        ("Getty's interpretation has been criticised by Conquest.", {"pers_conquest": "disputes"}),
        (
            "Other historians have not held the same assumptions about the purge.",
            {"Other historians": "disputes"},
        ),
        ("Getty holds the same view of the plenum.", {"pers_getty": "asserts"}),
        ("Thurston does not share this view.", {"pers_thurston": "disputes"}),
        ("Getty held a seminar in Moscow in 1991.", {}),
        (
            "Khlevniuk points out that this characterization may be too strong.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Getty suggested that the centre was weak, but at the same time he conceded that "
            "Stalin signed the lists.",
            {"pers_getty": "asserts", "he": "qualifies"},
        ),
        ("Getty argues that the NKVD went too far in 1937.", {"pers_getty": "asserts"}),
        (
            "Getty argues that the pressure from Moscow was too strong for the regional leaders.",
            {"pers_getty": "asserts"},
        ),
        (
            "Conquest argues that in the long term the pressure from below was too strong for "
            "the centre.",
            {"pers_conquest": "asserts"},
        ),
        (
            "Getty argues that the term purge covers arrests whose pressure was too strong.",
            {"pers_getty": "asserts"},
        ),
        ("Getty is arguing that the regions drove the terror.", {"pers_getty": "asserts"}),
        ("Getty was suggesting that the regions drove the terror.", {"pers_getty": "asserts"}),
        ("Getty is now denying that Stalin planned the murder.", {"pers_getty": "disputes"}),
        (
            "Thurston was pointing out that most workers did not fear arrest.",
            {"pers_thurston": "asserts"},
        ),
        (
            "The revisionists are arguing that the terror was chaotic.",
            {"revisionists": "asserts"},
        ),
        ("Getty was arguing with Conquest about the figures.", {}),
        (
            "Khlevniuk is right to point out that Stalin signed the lists.",
            {"pers_khlevniuk": "asserts"},
        ),
        (
            "Khlevniuk is careful to note that not every arrest was ordered from Moscow.",
            {"pers_khlevniuk": "asserts"},
        ),
        ("Getty was careful to avoid the archives.", {}),
        (
            "Thurston raises doubts about the reliability of the memoirs.",
            {"pers_thurston": "disputes"},
        ),
        (
            "Thurston has raised questions about the figure of seven million.",
            {"pers_thurston": "disputes"},
        ),
        ("Getty takes a different view.", {"pers_getty": "disputes"}),
        ("Getty takes a rather different view of the plenum.", {"pers_getty": "disputes"}),
        ("Thurston holds the opposite view.", {"pers_thurston": "disputes"}),
        ("Getty takes the view that the centre was weak.", {"pers_getty": "asserts"}),
        (
            "Getty argues that a different position on the quotas is needed.",
            {"pers_getty": "asserts"},
        ),
        ("Getty argues that the opposite view is untenable.", {"pers_getty": "asserts"}),
        ("Getty hardly denies that Stalin signed the lists.", {"pers_getty": "qualifies"}),
        ("Thurston scarcely believes that fear was general.", {"pers_thurston": "disputes"}),
    ],
)
def test_english_reporting_constructions(sentence: str, claimants: dict[str, str]) -> None:
    assert _claimants(sentence) == claimants


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Conquest overstates the number of victims.", "qualifies"),
        ("Getty underestimates the role of Stalin in the purge.", "qualifies"),
        ("The revisionists underestimate the role of Stalin in the purge.", "qualifies"),
        ("Historians overstate the number of victims.", "qualifies"),
        ("Getty minimizes the role of Stalin.", "qualifies"),
        ("Getty plays down the role of Stalin.", "qualifies"),
        ("Conquest has overestimated the number of victims.", "qualifies"),
        ("Conquest exaggerated the number of victims.", "qualifies"),
        ("Conquest is overstating the number of victims.", "qualifies"),
    ],
)
def test_english_weighing_too_much_or_too_little_is_a_view_the_author_keeps_from(
    sentence: str, author: str
) -> None:
    reading = read(sentence, "en")
    assert [f.stance for f in reading.found] == ["asserts"]
    assert reading.author == author
