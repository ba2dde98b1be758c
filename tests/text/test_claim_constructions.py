"""Stance and recall constructions beyond a reporting verb next to its subject, in Dutch,
English, German and French: the author's own stance, statement nouns, gerunds of saying,
hedges and the wider verb lists. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claims import sentences

KNOWN = {"getty": "pers_getty", "conquest": "pers_conquest", "weber": "pers_weber"}
NAMES = {"Orlov", "Chroesjtsjov", "Stalin"}


def _author(sentence: str, lang: str) -> str | None:
    return read_sentence(sentence, lang, KNOWN, names=NAMES).author


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("Getty heeft gelijk dat de lijsten van onderop kwamen.", "nl", "asserts"),
        ("Getty is right that the lists came from below.", "en", "asserts"),
        ("Volgens Conquest, die zich hierin vergist, was alles gepland.", "nl", "disputes"),
        ("Getty was wrong: the lists came from the centre.", "en", "disputes"),
        ("I disagree with Getty, who argues that the lists came from below.", "en", "disputes"),
        ("Conquest argues convincingly that the terror was planned.", "en", "asserts"),
        ("Weber behauptet zu Recht, dass die Listen unvollständig waren.", "de", "asserts"),
        ("Laut Weber, der hier irrt, waren die Listen vollständig.", "de", "disputes"),
        ("Getty affirme à tort que les listes venaient d'en bas.", "fr", "disputes"),
        ("Selon Getty, qui a raison sur ce point, les listes venaient d'en bas.", "fr", "asserts"),
    ],
)
def test_the_wording_shows_the_authors_own_stance(sentence: str, lang: str, stance: str) -> None:
    assert _author(sentence, lang) == stance


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Toch blijven ze volgens Getty leunen op het idee van een plan.", "nl"),
        ("De zogenaamde samenzwering bestond volgens Conquest al in 1934.", "nl"),
        ("Scholars still cling to the idea, Getty argues, that Stalin planned it all.", "en"),
        ("Die angebliche Verschwörung war laut Weber schon 1934 geplant.", "de"),
        ("Le prétendu complot existait déjà en 1934 selon Conquest.", "fr"),
    ],
)
def test_distance_and_persistence_make_the_author_qualify(sentence: str, lang: str) -> None:
    assert _author(sentence, lang) == "qualifies"


def test_a_concessive_opening_sets_the_claim_against_the_author() -> None:
    dutch = "Toch zet Conquest die analyses opzij, omdat volgens hem alles vastlag."
    assert _author(dutch, "nl") == "disputes"
    assert _author("Nevertheless the plenum, according to Getty, ended in silence.", "en") == (
        "disputes"
    )
    assert _author("Dennoch war die Kampagne laut Weber ein Erfolg.", "de") == "disputes"
    assert _author("Pourtant la campagne fut, selon Getty, un échec.", "fr") == "disputes"


def test_a_concessive_before_the_claimants_own_verb_is_the_claimants_contrast() -> None:
    assert _author("Toch schrijft hij ook dat er al in 1938 oppositie was.", "nl") is None
    assert _author("Yet Getty argues that the plenum changed little.", "en") is None


def test_no_author_stance_without_an_attribution() -> None:
    assert _author("Toch bleef de partij ten onrechte zwijgen over de lijsten.", "nl") is None


def test_a_list_ending_in_etc_ends_its_sentence() -> None:
    text = "Er zijn studies over structuren, geopolitiek etc. Toch zet Conquest ze opzij."
    assert [text[a:b] for a, b in sentences(text)][-1] == "Toch zet Conquest ze opzij."
    assert len(list(sentences("Lenin, Trotski etc. werden genoemd."))) == 1
