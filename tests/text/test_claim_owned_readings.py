"""A scholar's reading named by a noun as the subject of a verb of showing, in Dutch, German
and French, read through the whole text parser. Every sentence is made up for the tests."""

from __future__ import annotations

import pytest
from purge_scholars import parsed_attributions


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Getty's lezing van het plenum benadrukt de zwakte van het centrum.", "nl"),
        ("Gettys Deutung des Plenums betont die Schwäche der Zentrale.", "de"),
        ("Gettys Analyse der Quoten unterstreicht die Schwäche der Zentrale.", "de"),
        ("L'interprétation de Getty souligne la faiblesse du centre.", "fr"),
        ("La lecture de Getty du plénum montre la faiblesse du centre.", "fr"),
    ],
)
def test_the_owner_of_a_reading_holds_what_it_shows(sentence: str, lang: str) -> None:
    assert parsed_attributions(sentence, lang) == [("pers_getty", "asserts")]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Gettys Studie erschien 1985 in Cambridge.", "de"),
        ("L'étude de Getty a paru en 1985 à Cambridge.", "fr"),
        ("Getty's studie verscheen in 1985 in Cambridge.", "nl"),
    ],
)
def test_a_reading_that_shows_nothing_is_no_claim(sentence: str, lang: str) -> None:
    assert parsed_attributions(sentence, lang) == []
