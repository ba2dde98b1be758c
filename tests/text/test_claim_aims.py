"""A reporting verb whose object is an aim (``states her intention to give an account``,
``announced his plan to``) reports an action to come, not a view, as the designs and aims of
studies are no claims. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence

KNOWN = {"varela": "pers_varela"}


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
