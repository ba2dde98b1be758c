"""Claimants named only by a closing author–year citation: a view reported by an agentless
passive (*This view has been challenged (Khlevniuk 2009)*) and some modern scholars left
unnamed (*Several historians have argued … (Getty 1985; Thurston 1996)*), read through the
whole text parser. Every sentence is made up for the tests."""

from __future__ import annotations

import pytest
from purge_scholars import parsed_attributions


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        (
            "This view has been challenged in recent years (Khlevniuk 2009).",
            "en",
            [("pers_khlevniuk", "disputes")],
        ),
        (
            "The figure of twenty million was questioned (Thurston 1996).",
            "en",
            [("pers_thurston", "disputes")],
        ),
        (
            "It has been suggested that the regions drove the terror in the provinces "
            "(Getty 1985).",
            "en",
            [("pers_getty", "asserts")],
        ),
        ("Cette analyse a été contestée (Getty 1985).", "fr", [("pers_getty", "disputes")]),
        ("Deze these werd later bekritiseerd (Getty 1985).", "nl", [("pers_getty", "disputes")]),
        (
            "Diese These wurde von Getty bestritten (Thurston 1996).",
            "de",
            [("pers_getty", "disputes")],
        ),
        ("The lists were signed by Stalin himself (Khlevniuk 2009).", "en", []),
        ("The archives were opened in 1991 (Khlevniuk 2009).", "en", []),
        ("Bukharin's appeal for clemency was rejected (Getty 1985).", "en", []),
        ("The draft constitution was criticized in the regional press (Getty 1985).", "en", []),
        ("Bucharins Gnadengesuch wurde abgelehnt (Getty 1985).", "de", []),
        ("Le recours de Boukharine a été rejeté (Getty 1985).", "fr", []),
        ("Het verzoek van Boecharin werd verworpen (Getty 1985).", "nl", []),
        (
            "Kirov was assumed to be the next target, and he was killed in 1934 (Getty 1985).",
            "en",
            [],
        ),
        (
            "Es wurde behauptet, dass die Regionen den Terror antrieben (Getty 1985).",
            "de",
            [("pers_getty", "asserts")],
        ),
        (
            "Il a été soutenu que les régions poussaient la terreur (Getty 1985).",
            "fr",
            [("pers_getty", "asserts")],
        ),
    ],
)
def test_an_agentless_passive_of_reporting_is_the_cited_authors_view(
    sentence: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert parsed_attributions(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Several historians have argued that the regions drove the terror in the provinces "
            "(Getty 1985; Thurston 1996).",
            "en",
        ),
        (
            "Einige Forscher haben behauptet, dass die Regionen den Terror antrieben "
            "(Getty 1985; Thurston 1996).",
            "de",
        ),
    ],
)
def test_some_scholars_left_unnamed_are_the_scholars_cited(sentence: str, lang: str) -> None:
    assert parsed_attributions(sentence, lang) == [
        ("pers_getty", "asserts"),
        ("pers_thurston", "asserts"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a population counted, for which a study is cited
        "As so often, only few scholars disputed his authorship of the treatise (Getty 1985).",
        # a party of the period, for which a modern study is cited
        "Some Early Christian authors held that Greek was the first language (Getty 1985).",
    ],
)
def test_a_group_a_study_is_cited_for_stays_the_group(sentence: str) -> None:
    actors = [actor for actor, _ in parsed_attributions(sentence, "en")]
    assert actors
    assert all(actor.startswith("grp_") for actor in actors)
