"""A publication, a study or a group as the subject of a reporting verb: ``A 1965 study found
that`` (a nameless source under its own label), ``His book argued that`` (the scholar under
discussion), ``The Chicago sociologists argued that`` and ``the scholars discussed above
argue that`` (a group). The texts are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_publications import publication
from purgehist.formats.text.read import parse_text

TEXT = """\
Introduction

The city was studied by many. A 1965 study found that the city was a laboratory of change.
Later, the report concluded that the council had failed the poor.

Park (1925) wrote on the city and its people. His book argued that the city was a laboratory.
The Chicago sociologists argued that migrants adapted quickly. The book was reprinted often.

Bibliography

Park, Robert. 1925. The City. Chicago: University of Chicago Press.
"""


def _claims() -> dict[str, list[tuple[str, str]]]:
    dataset = parse_text(TEXT).dataset
    names = {a.id: a.name for a in dataset.actors}
    return {
        (c.quote or c.text)[:24]: [
            (names[a.actor], a.stance.value) for a in c.attributions if a.note != "author"
        ]
        for c in dataset.claims
    }


def test_an_indefinite_study_is_a_claimant_under_its_label() -> None:
    assert _claims()["A 1965 study found that "] == [("1965 study", "asserts")]


def test_a_definite_publication_with_no_one_under_discussion_keeps_its_label() -> None:
    assert _claims()["Later, the report conclu"] == [("report", "asserts")]


def test_a_possessive_publication_is_the_work_of_the_scholar_under_discussion() -> None:
    assert _claims()["His book argued that the"] == [("Robert Park", "asserts")]


def test_members_of_a_discipline_are_a_group() -> None:
    assert _claims()["The Chicago sociologists"] == [("Chicago sociologists", "asserts")]


def test_a_publication_without_a_reported_view_gives_no_claim() -> None:
    assert not any(k.startswith("The book was") for k in _claims())


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Thus, the Madrid journal, in its 19th volume, argued that research was political.",
         "the Madrid journal"),
        ("The report of the commission concluded that the purge was planned.",
         "The report of the commission"),
        ("Her 1972 article claims that colleges are networks.", "Her 1972 article"),
    ],
)  # fmt: skip
def test_the_publication_is_the_subject_before_the_verb(sentence: str, mention: str) -> None:
    found = publication(sentence)
    assert found is not None
    assert found.claimant.name == mention


@pytest.mark.parametrize(
    "sentence",
    [
        "The book was published in 1925 and reprinted often.",
        "We found that the report was incomplete.",
        "The study of the city shows how migrants lived.",
        "This book argues that the war was lost by 1916.",
        "The present study shows that the city grew.",
        "In this chapter, the analysis found that the city grew.",
        "Our survey suggests that the city grew.",
        "This issue suggests that the city grew.",
    ],
)
def test_no_publication_subject_no_claim(sentence: str) -> None:
    assert publication(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("In summary, most translation scholars introduced in this chapter agree that MT "
         "technology is here to stay.", "most translation scholars"),
        ("The historians discussed above argue that the purge was planned.", "historians"),
    ],
)  # fmt: skip
def test_a_group_the_document_points_back_to_is_the_subject(sentence: str, label: str) -> None:
    found = read_sentence(sentence, "en", {}).found
    assert [(f.claimant.kind, f.claimant.name) for f in found] == [("group", label)]


def test_a_participle_of_the_claim_itself_is_no_pointer() -> None:
    sentence = "The archives discussed in this chapter were opened in 1991."
    assert read_sentence(sentence, "en", {}).found == ()


def test_the_document_speaking_of_itself_is_no_claim_of_the_scholar_cited() -> None:
    text = TEXT.replace(
        "The book was reprinted often.", "This book argues that the city failed its migrants."
    )
    claims = parse_text(text).dataset.claims
    assert not any((c.quote or c.text).startswith("This book argues") for c in claims)
