"""The document author's verdict on a claim they report, in English: a rejection (*proved …
incorrect*, *a straw man*), a distance (*the fact that … does not mean*, *overstates*, *the
supposed*) or an agreement (*makes sense*), only outside the reported *that*-clause; a plain
reporting verb (*observes that*, *teaches that*, *points to*) shows no verdict. The sentences
are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.author_stance import author_stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Winkin (2022) has examined the assumption that he rarely travelled and proved that "
         "to be incorrect.", "disputes"),
        ("Entel attacks a straw man when she describes the early work.", "disputes"),
        ("However, the fact that he never built a team, as Winkin says, does not mean he "
         "never worked with colleagues.", "qualifies"),
        ("It is puzzling that she reads so much into his later work.", "qualifies"),
        ("Entel overstates the break, emphasizing the supposed turn of the 1980s.",
         "qualifies"),
        ("Camic argued for attending to joint work, a position which makes sense.",
         "asserts"),
    ],
)  # fmt: skip
def test_the_wording_shows_the_authors_verdict(sentence: str, stance: str) -> None:
    assert author_stance(sentence, ["en"]) == stance


def test_a_verdict_in_the_claimants_own_words_is_not_the_authors() -> None:
    sentence = "Lenarduzzi proposed dismantling certain dichotomous, simplistic readings."
    assert author_stance(sentence, ["en"]) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Pierre Bourdieu teaches that knowledge starts from the constructed object.",
        "Jones (2001) observes that the war was lost by 1916.",
        "Jones (2001) points to the famine of 1916, which others doubt.",
        "Jones (2001) argues that this does not mean the war was lost.",
        "Jones (2001) argues that the supposed famine never happened.",
        "Jones (2001) argues that the famine was puzzling to contemporaries.",
        "Jones (2001) holds that the thesis of Park is debatable.",
    ],
)
def test_a_plain_report_or_the_claimants_own_verdict_is_no_stance(sentence: str) -> None:
    assert author_stance(sentence, ["en"]) is None
