"""The document author's verdict on a claim they report, in English: a rejection (*proved …
incorrect*, *a straw man*), a distance (*the fact that … does not mean*, *a sweeping
generalization*, *overstates*, *the supposed*) or an agreement (*teaches that*, *makes great
sense*, *a useful distinction*, *points to*). The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.author_stance import author_stance

KNOWN = {"winkin": "pers_winkin", "entel": "pers_entel", "moore": "pers_moore"}


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Winkin (2022) has examined the assumption that he rarely travelled and proved that "
         "to be incorrect.", "disputes"),
        ("Entel attacks a straw man when she describes the early work.", "disputes"),
        ("However, the fact that he never built a team, as Winkin says, does not mean he "
         "never worked with colleagues.", "qualifies"),
        ("It is puzzling that she makes such a sweeping generalization of his later work.",
         "qualifies"),
        ("Entel overstates the break, emphasizing the supposed turn of the 1980s.",
         "qualifies"),
        ("Pierre Bourdieu teaches that knowledge starts from the constructed object.",
         "asserts"),
        ("Moore (1982) draws another useful distinction, that between insider and outsider "
         "histories.", "asserts"),
        ("Camic argued for attending to joint work, a position that makes great sense to me.",
         "asserts"),
        ("Entel (1994) observed that the book had been a pioneering study.", "asserts"),
    ],
)  # fmt: skip
def test_the_wording_shows_the_authors_verdict(sentence: str, stance: str) -> None:
    assert author_stance(sentence, ["en"]) == stance


def test_a_verdict_in_the_claimants_own_words_is_not_the_authors() -> None:
    sentence = "Lenarduzzi proposed dismantling certain dichotomous, simplistic readings."
    assert author_stance(sentence, ["en"]) is None


def test_the_verdict_comes_with_the_claimant_of_the_sentence() -> None:
    reading = read_sentence(
        "Moore (1982) draws another useful distinction, that between insider and outsider "
        "histories.",
        "en",
        KNOWN,
    )
    assert [f.claimant.actor for f in reading.found] == ["pers_moore"]
    assert reading.author == "asserts"
