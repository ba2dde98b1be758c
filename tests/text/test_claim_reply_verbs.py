"""English verbs that report a view only before their *that*-clause: replies, comments,
agreement (*concurs*), reasoning and emphasis (*highlights*, *underscores*, *reminds us*); the
same verbs with an object or a preposition report nothing. The sentences are made up for the
tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence

KNOWN = {"winkin": "pers_winkin"}


@pytest.mark.parametrize(
    "verb",
    ["replied", "responds", "commented", "concurs", "reasoned", "highlights", "underscored",
     "reminds us"],
)  # fmt: skip
def test_the_verb_before_a_that_clause_reports_a_view(verb: str) -> None:
    sentence = f"Winkin (2022) {verb} that Goffman travelled widely in the 1950s."
    found = read_sentence(sentence, "en", KNOWN).found
    assert [(f.claimant.actor, f.stance) for f in found] == [("pers_winkin", "asserts")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Winkin replied to the letter at once.",
        "Winkin commented on the draft in the margins.",
        "Winkin highlighted the passage in red.",
        "They did not consider the idea that it was an artificial language.",
    ],
)
def test_without_a_that_clause_the_verb_reports_nothing(sentence: str) -> None:
    assert read_sentence(sentence, "en", KNOWN).found == ()
