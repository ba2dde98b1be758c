"""English verbs that report a view only before their *that*-clause: replies, comments,
agreement (*concurs*), reasoning, emphasis (*highlights*, *underscores*, *reminds us*) and
becoming aware (*realized*); the same verbs with an object or a preposition report nothing,
and one who *did not realize that* missed the point rather than rejected it. An agentless
*it has been argued that* says no one's view. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_findings import agentless_passive

KNOWN = {"winkin": "pers_winkin"}


@pytest.mark.parametrize(
    "verb",
    ["replied", "responds", "commented", "concurs", "reasoned", "highlights", "underscored",
     "reminds us", "realized"],
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
        "Winkin did not realize that the letters had been kept.",
    ],
)
def test_without_a_that_clause_the_verb_reports_nothing(sentence: str) -> None:
    assert read_sentence(sentence, "en", KNOWN).found == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "It has been argued that cities breed crime.",
        "It has thus been observed that the text is read.",
        "It is often assumed that the text is read.",
    ],
)
def test_an_impersonal_perfect_passive_goes_on_with_no_scholar(sentence: str) -> None:
    assert not agentless_passive(sentence, "en")
