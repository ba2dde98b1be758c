"""A claimant's judgement of the statement reported sets their stance: implausible disputes,
a possibility raised qualifies; and German *ihr* right before its verb is no subject. The
sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_judgements import judged
from purgehist.formats.text.claim_objects import without_objects

KNOWN = {"weber": "pers_weber", "smith": "pers_smith", "jansen": "pers_jansen"}


def _stances(sentence: str, lang: str) -> dict[str | None, str]:
    found = read_sentence(sentence, lang, KNOWN).found
    found = judged(without_objects(found, sentence), sentence)
    return {f.claimant.actor or f.claimant.name: f.stance for f in found}


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("Da es auch andere Quellen gibt, ist es Weber (1986: 174) zufolge unplausibel, dass "
         "die Listen vollständig sind.", "de", "disputes"),
        ("Smith argues that it is unlikely that the lists were complete.", "en", "disputes"),
        ("To Smith's mind, it was erroneous to state that the lists were complete.", "en",
         "disputes"),
        ("Smith holds that it is absurd to say that the lists were complete.", "en",
         "disputes"),
        ("Volgens Jansen is het onwaarschijnlijk dat de lijsten volledig waren.", "nl",
         "disputes"),
        ("Weber (1986: 176) führt zudem die Möglichkeit an, dass man die Listen "
         "fälschte.", "de", "qualifies"),
        ("Smith raises the possibility that the lists were forged.", "en", "qualifies"),
        ("Weber (1986: 176) zufolge ist es klar, dass die Listen vollständig sind.", "de",
         "asserts"),
    ],
)  # fmt: skip
def test_a_judgement_of_the_statement_sets_the_stance(
    sentence: str, lang: str, stance: str
) -> None:
    assert set(_stances(sentence, lang).values()) == {stance}


def test_a_judgement_before_the_claimant_is_not_theirs() -> None:
    sentence = "Es ist unwahrscheinlich, dass die Listen echt sind, wie Weber (1999) meint."
    assert _stances(sentence, "de") == {"pers_weber": "asserts"}


def test_german_ihr_right_before_its_verb_is_a_dative_not_a_claimant() -> None:
    sentence = "Ein Bauer könne die Quote nicht in Zweifel ziehen oder ihr widersprechen."
    assert _stances(sentence, "de") == {}
    assert read_sentence(sentence, "de", KNOWN).found  # what the filter takes away
    assert _stances("Ihr zufolge sind die Listen vollständig.", "de") == {"ihr": "asserts"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In Smith's estimation, the lists were complete.",
        "In his estimation, the lists were complete, as Smith (1990) wrote.",
        "In Smith's understanding, the lists were complete.",
    ],
)
def test_a_view_noun_after_in_names_its_owner(sentence: str) -> None:
    assert set(_stances(sentence, "en").values()) == {"asserts"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The conception of the book owes much to Smith's estimation of the sources.",
        "The book owes much to his estimation of the sources.",
    ],
)
def test_a_view_noun_as_an_object_names_no_owner(sentence: str) -> None:
    assert _stances(sentence, "en") == {}
