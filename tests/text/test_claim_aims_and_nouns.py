"""Cue words that report no view: a reporting verb whose object is an aim (``states her
intention to give an account``) reports an action to come, as the aims of studies are no
claims; a cue word before a modal or a plural verb is a plural noun (``cultural objects can``,
``his doubts are``). The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence

KNOWN = {"varela": "pers_varela", "jones": "pers_jones"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Varela explicitly states her intention to give an account of the field's ideas.",
        "Varela declared her aim to write a history of the journals.",
    ],
)
def test_an_aim_as_the_object_is_no_claim(sentence: str) -> None:
    assert read_sentence(sentence, "en", KNOWN).found == ()


def test_an_aim_inside_the_that_clause_leaves_the_claim() -> None:
    sentence = "Varela states that the aim of the journals was to denounce the media."
    found = read_sentence(sentence, "en", KNOWN).found
    assert [(f.claimant.actor, f.stance) for f in found] == [("pers_varela", "asserts")]


@pytest.mark.parametrize(
    "sentence",
    [
        "After his question about what is an author, cultural objects can no longer be taken "
        "as given.",
        "His objections were many, and his doubts are well known.",
    ],
)
def test_a_cue_word_before_a_modal_or_plural_verb_is_a_noun(sentence: str) -> None:
    assert read_sentence(sentence, "en", KNOWN).found == ()


def test_the_claim_around_the_noun_is_still_read() -> None:
    sentence = (
        "Varela (2001) rightly recalls that after Foucault, after his question about what is "
        "an author, cultural objects can no longer be taken as given."
    )
    found = read_sentence(sentence, "en", KNOWN).found
    assert [(f.claimant.actor, f.stance) for f in found] == [("pers_varela", "asserts")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jones (2001) argues the plan to annex the province failed within a year.",
        "The letters, which Jones believes were forged in 1920, were burnt.",
        "What Jones claims are the real causes of the war lie elsewhere.",
    ],
)
def test_a_verb_after_its_subject_still_reports(sentence: str) -> None:
    found = read_sentence(sentence, "en", KNOWN).found
    assert [f.claimant.actor for f in found] == ["pers_jones"]
