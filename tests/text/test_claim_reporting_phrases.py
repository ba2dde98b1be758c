"""Reporting constructions of academic prose beyond the single reporting verb: verbs of
teaching and telling before a *that*-clause, *draw a distinction*, *points to*, a scholar's
work as the subject (*Smith's study shows*), and the author's agreement with a clause of
manner opening the sentence (*As Smith argues, …*). The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence

KNOWN = {"smith": "p_smith", "meyer": "p_meyer", "dubois": "p_dubois", "jansen": "p_jansen"}


def _found(sentence: str, lang: str) -> list[tuple[str, str]]:
    return [(f.claimant.name, f.stance) for f in read_sentence(sentence, lang, KNOWN).found]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Smith tells us that the clitic marks givenness.", "en", [("Smith", "asserts")]),
        ("Smith teaches that the clitic marks givenness.", "en", [("Smith", "asserts")]),
        ("Smith recommends a narrower definition of the clitic.", "en", [("Smith", "asserts")]),
        (
            "Smith (1982) draws a useful distinction between clitics and affixes.",
            "en",
            [("Smith", "asserts")],
        ),
        (
            "Smith (1972) and Jansen (1991) both draw a distinction between clitics and affixes.",
            "en",
            [("Smith", "asserts"), ("Jansen", "asserts")],
        ),
        ("Smith points to the speakers' wish to be brief.", "en", [("Smith", "asserts")]),
        ("As Smith’s study shows, the clitic marks givenness.", "en", [("Smith", "asserts")]),
        ("Smith's article suggests that the clitic is old.", "en", [("Smith", "asserts")]),
        ("Meyer lehrt, dass die Partikel betont ist.", "de", [("Meyer", "asserts")]),
        ("Dubois enseigne que la particule est atone.", "fr", [("Dubois", "asserts")]),
    ],
)
def test_reporting_constructions_name_their_claimant(
    sentence: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence, lang) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith teaches linguistics at Leeds.",
        "Smith told him to leave the room.",
        "Smith pointed the reader to an older edition.",
        "Smith made a trip to Leeds.",
        "Smith’s book was published in 1990.",
        "The press’s study shows that sales fell.",
    ],
)
def test_acts_and_topics_are_no_claims(sentence: str) -> None:
    assert _found(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("As Smith (2009 [1977]) argues, every tradition is selective.", "en"),
        ("In conclusion, as Smith’s article shows, the clitic marks givenness.", "en"),
        ("As Smith suggests, disciplines “are communities of inquiry”.", "en"),
        ("Wie Meyer (2007) betont, ist die Partikel unbetont.", "de"),
        ("Zoals Jansen opmerkt, is de partikel beklemtoond.", "nl"),
    ],
)
def test_opening_clause_of_manner_shows_the_author_agrees(sentence: str, lang: str) -> None:
    reading = read_sentence(sentence, lang, KNOWN)
    assert reading.found
    assert reading.author == "asserts"


@pytest.mark.parametrize(
    "sentence",
    [
        "As it turned out, Smith argued that the clitic is old.",
        "Smith argues that the clitic is old.",
        "As Smith claims, the clitic is old.",
    ],
)
def test_no_agreement_without_an_opening_clause_of_a_factive_verb(sentence: str) -> None:
    reading = read_sentence(sentence, "en", KNOWN)
    assert reading.found
    assert reading.author is None


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("Smith is right to emphasize the clitic.", "asserts"),
        ("Smith was mistaken when he lumped the clitics together with the affixes.", "disputes"),
    ],
)
def test_judgement_of_what_a_scholar_did_attributes_the_view(sentence: str, author: str) -> None:
    reading = read_sentence(sentence, "en", KNOWN)
    assert [(f.claimant.name, f.stance) for f in reading.found] == [("Smith", "asserts")]
    assert reading.author == author


@pytest.mark.parametrize(
    "sentence",
    ["Smith was wrong to leave Leeds.", "Smith is right in the middle of the picture."],
)
def test_judgement_of_an_act_that_is_no_view_attributes_nothing(sentence: str) -> None:
    assert _found(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Wie die Notation zeigt, fasst Meyer die Partikel als Marker auf.", "de"),
        ("As the table suggests, Smith argues that the clitic is old.", "en"),
        ("As we will argue, Smith claims too much when he says that the clitic is old.", "en"),
    ],
)
def test_opening_clause_of_a_thing_or_the_author_shows_no_agreement(
    sentence: str, lang: str
) -> None:
    reading = read_sentence(sentence, lang, KNOWN)
    assert reading.found
    assert reading.author is None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("In the author’s view, the clitic marks givenness.", "in … view"),
        ("The author's argument that the clitic marks givenness is weak.", "argument"),
    ],
)
def test_the_authors_view_stands_for_the_scholar_discussed(sentence: str, cue: str) -> None:
    found = read_sentence(sentence, "en", KNOWN).found
    assert [(f.claimant.kind, f.claimant.name, f.cue) for f in found] == [
        ("pronoun", "author", cue)
    ]


def test_the_authors_work_as_a_topic_is_no_claim() -> None:
    assert _found("The author’s book was published in 1990.", "en") == []
