"""The reporting verbs of academic writing in each language, in the tenses and constructions a
literature review uses them (:mod:`purgehist.formats.text.claim_academic`). The sentences are
made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_academic import french_forms
from purgehist.formats.text.read import parse_text

KNOWN = {"smith": "p_smith", "meyer": "p_meyer", "dubois": "p_dubois", "jansen": "p_jansen"}


def _stances(sentence: str, lang: str) -> list[tuple[str, str]]:
    return [(f.claimant.name, f.stance) for f in read_sentence(sentence, lang, KNOWN).found]


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("Smith (2007: 12) analyses the clitic as a marker of givenness.", "en", "asserts"),
        ("As Smith has shown, speakers prefer the short form.", "en", "asserts"),
        ("Smith (2007) interprets the clitic as a marker of givenness.", "en", "asserts"),
        ("Smith (2007) defines the clitic as a marker of givenness.", "en", "asserts"),
        ("Smith (2007) predicts that the clitic marks givenness.", "en", "asserts"),
        ("Smith (2007) remarks that the clitic marks givenness.", "en", "asserts"),
        ("Smith (2007) takes the view that the clitic marks givenness.", "en", "asserts"),
        ("Smith (2007) calls into question that the clitic marks givenness.", "en", "disputes"),
        ("Smith (2007) rightly recalls that the clitic marks givenness.", "en", "asserts"),
        ("Later Smith refers to Meyer as one of many pioneers of the field.", "en", "asserts"),
        (
            "Smith (2007) placed Meyer within a tradition of the authoritarian left.",
            "en",
            "asserts",
        ),
        ("Smith (2007) classified the clitic within the class of particles.", "en", "asserts"),
        ("Meyer (2007) kommt zu dem Ergebnis, dass die Partikel betont ist.", "de", "asserts"),
        ("Meyer (2007) macht deutlich, dass die Partikel betont ist.", "de", "asserts"),
        ("Meyer (2007) definiert die Partikel als Marker des Vorwissens.", "de", "asserts"),
        ("Wie Meyer (2007) feststellt, ist die Partikel betont.", "de", "asserts"),
        ("Meyer (2007) plädiert dafür, die Partikel als Marker zu sehen.", "de", "asserts"),
        ("Meyer (2007) stellt infrage, dass die Partikel betont ist.", "de", "disputes"),
        ("Dubois (2007) fait l'hypothèse que la particule est atone.", "fr", "asserts"),
        ("Dubois (2007) démontre que la particule est atone.", "fr", "asserts"),
        ("Dubois (2007) part de l’hypothèse que la particule est atone.", "fr", "asserts"),
        ("Dubois (2007) postulait que la particule est atone.", "fr", "asserts"),
        ("Jansen (2007) laat zien dat de partij werd gezuiverd.", "nl", "asserts"),
        ("Jansen (2007) is van mening dat de partij werd gezuiverd.", "nl", "asserts"),
        ("Jansen (2007) beschouwt de zuivering als een plan van bovenaf.", "nl", "asserts"),
        ("Jansen (2007) heeft betoogd dat de partij werd gezuiverd.", "nl", "asserts"),
        ("Jansen (2007) neemt aan dat de partij werd gezuiverd.", "nl", "asserts"),
        ("Jansen (2007) komt tot de conclusie dat de partij werd gezuiverd.", "nl", "asserts"),
    ],
)
def test_a_reporting_verb_of_academic_writing_attributes(
    sentence: str, lang: str, stance: str
) -> None:
    name = sentence.split()[1] if sentence.startswith(("Wie", "Later")) else sentence.split()[0]
    if sentence.startswith("As "):
        name = "Smith"
    assert (name, stance) in _stances(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The clitic, seen as a marker by Smith, is rare in the corpus.", "en"),
        ("Smith (2007) treats the clitics of Greek in his third chapter.", "en"),
        ("Smith (2007) refers to the clitics of Greek in his third chapter.", "en"),
        ("Smith (2007) placed the clitics of Greek in his third chapter.", "en"),
        ("I came to know many of the scholars described in these pages as my teachers.", "en"),
        ("Meyer (2007) spricht in Kapitel 3 über die Partikel von heute.", "de"),
    ],
)
def test_a_verb_of_topic_or_a_participle_alone_attributes_nothing(sentence: str, lang: str) -> None:
    assert _stances(sentence, lang) == []


def test_a_participle_after_a_governed_noun_leaves_the_subject_to_the_main_verb() -> None:
    sentence = "Smith, who knew some of the linguists cited above, notes that they never met."
    assert _stances(sentence, "en") == [("Smith", "asserts")]


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Many of his critics argued earlier that the journals failed.", "his critics"),
        ("Many of his critics claimed here that the journals failed.", "his critics"),
        ("Some of the historians argued in this book that the journals failed.", "historians"),
    ],
)  # fmt: skip
def test_a_finite_verb_after_a_governed_noun_still_reports(sentence: str, claimant: str) -> None:
    assert [(f.claimant.name, f.stance) for f in read_sentence(sentence, "en", {}).found] == [
        (claimant, "asserts")
    ]


def test_french_verbs_in_er_are_read_in_every_tense_of_a_review() -> None:
    assert french_forms("montr") == [
        "montre", "montrent", "montrait", "montraient", "montra", "montrèrent", "montré",
        "montrera", "montreront",
    ]  # fmt: skip
    assert "avança" in french_forms("avanc")
    assert "suggérait" in french_forms("suggér")


def test_bei_before_a_bibliography_author_names_the_source() -> None:
    sentence = "Bei Meyer (2007) wird die Partikel als Marker des Vorwissens analysiert."
    assert ("Meyer", "asserts") in _stances(sentence, "de")
    assert _stances("Bei Stalin wurden die Listen abgezeichnet.", "de") == []


TEXT = """\
Introduction

For Smith (2007), the clitic marks givenness in every dialect. For Greek, the clitic is rare.

References

Smith, John. 2007. Clitics. Oxford: Blackwell.
"""


def test_for_a_scholar_opening_the_sentence_frames_the_view_as_theirs() -> None:
    dataset = parse_text(TEXT).dataset
    names = {a.id: a.name for a in dataset.actors}
    claims = {
        (c.quote or c.text)[:10]: [names[a.actor] for a in c.attributions] for c in dataset.claims
    }
    assert claims == {"For Smith ": ["John Smith"]}
