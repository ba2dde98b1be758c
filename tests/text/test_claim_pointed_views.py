"""English views named by a noun: a scholar's possessive insight or reading, and a view a
sentence points back to (*This romantic view*). The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_pointed_views import owned_views, pointed_view
from purgehist.formats.text.read import TextOptions, parse_text

KNOWN = {"coser": "pers_coser", "crane": "pers_crane", "simpson": "pers_simpson"}


def _owners(sentence: str) -> list[tuple[str | None, str]]:
    return [(f.claimant.actor, f.stance) for f in owned_views(sentence, "en", KNOWN, set())]


@pytest.mark.parametrize(
    "sentence",
    [
        "Crane points out Coser’s (1965) insight that most intellectuals need their peers.",
        "Coser's argument that scholars need debate was widely shared.",
        "Here we follow Coser’s view (1965) that solitude is rare.",
    ],
)
def test_a_possessive_view_with_its_content_is_its_owner_s(sentence: str) -> None:
    assert _owners(sentence) == [("pers_coser", "asserts")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Simpson’s reading (1986) does a good job of expressing these practices.",
        "Nuance notwithstanding, Simpson’s reading of this issue reproduces the dominant theses.",
    ],
)
def test_a_possessive_reading_as_subject_is_its_owner_s(sentence: str) -> None:
    assert _owners(sentence) == [("pers_simpson", "asserts")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coser’s book on intellectuals appeared in 1965.",  # a work, not a view
        "Simpson’s reading of the archive and his notes were lost.",  # no finite verb
        "The argument that scholars need debate is old.",  # nobody owns it
    ],
)
def test_a_possessive_without_a_view_s_content_is_no_claim(sentence: str) -> None:
    assert _owners(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "mention", "author"),
    [
        ("This romantic view might not coincide with the other perspective.", "this romantic view",
         None),
        ("This conclusion is perplexing to say the least.", "this conclusion", "disputes"),
        ("This appeal to the myth of the founding fathers abstracts the texts.",
         "this appeal to the myth", "disputes"),
        ("But the misreading did not derive only from a confused chronology.", "the misreading",
         "disputes"),
        ("Counter to this line of interpretation, we will argue that he revised it early.",
         "this line of interpretation", "disputes"),
    ],
)  # fmt: skip
def test_a_sentence_pointing_back_to_a_view_mentions_its_holder(
    sentence: str, mention: str, author: str | None
) -> None:
    read = pointed_view(sentence, "en")
    assert read is not None
    [found] = read.found
    assert (found.claimant.kind, found.claimant.name, found.stance) == (
        "implicit",
        mention,
        "asserts",
    )
    assert read.author == author


@pytest.mark.parametrize(
    "sentence",
    [
        "This was a year before the protests of 1968.",
        "This approach assigns a leading role to institutions.",
        "This made the reputation of the Hamburg firm for a generation.",
        "This led to claims that the port was closed.",
        "The conclusion of the chapter returns to Chile.",
        "Dit standpunt is oud.",
    ],
)
def test_other_openings_point_to_no_view(sentence: str) -> None:
    assert pointed_view(sentence, "nl" if sentence.startswith("Dit") else "en") is None


DOCUMENT = """Chapter One

Coser (1965) argued that intellectuals cannot work in solitude and always need the
debate of their peers. This romantic view might not coincide with what the archives of
the period show about the solitary habits of many writers.

References

Coser, Lewis. 1965. Men of Ideas. New York: Free Press.
"""


def test_the_view_pointed_to_is_resolved_to_the_scholar_under_discussion() -> None:
    dataset = parse_text(DOCUMENT, options=TextOptions(language="en")).dataset
    names = {a.id: a.name for a in dataset.actors}
    pointed = [c for c in dataset.claims if (c.quote or c.text).startswith("This romantic")]
    assert [[names[a.actor] for a in c.attributions] for c in pointed] == [["Lewis Coser"]]


@pytest.mark.parametrize(
    ("sentence", "kind", "mention"),
    [
        ("But this does not mean others did not want him at the university.", "implicit",
         "this"),
        ("However, the fact that he never built a team does not mean he never worked with "
         "others.", "pronoun", "the fact that"),
    ],
)  # fmt: skip
def test_a_point_granted_and_its_inference_denied_is_qualified(
    sentence: str, kind: str, mention: str
) -> None:
    read = pointed_view(sentence, "en")
    assert read is not None
    [found] = read.found
    assert (found.claimant.kind, found.claimant.name, found.stance) == (kind, mention, "asserts")
    assert read.author == "qualifies"


GRANTED = """Chapter Two

Miller (2014) studied the department for a decade and wrote about its members at length.
Equally, the fact that "he stayed an outsider to the department" (Miller 2014, 88) does not
mean he was an outsider to other departments. However, the fact that he never built a team
does not mean he never worked with others.

References

Miller, Anna. 2014. The Department. Boston: Beacon.
"""


def test_the_point_granted_is_held_by_the_scholar_its_sentence_cites_else_by_no_one() -> None:
    dataset = parse_text(GRANTED, options=TextOptions(language="en")).dataset
    names = {a.id: a.name for a in dataset.actors}
    granted = {
        (c.quote or c.text).split(",")[0]: sorted(
            (names[a.actor], a.stance.value) for a in c.attributions
        )
        for c in dataset.claims
        if "does not mean" in (c.quote or c.text)
    }
    assert granted == {
        "Equally": [("Anna Miller", "asserts"), ("the author of the document", "qualifies")]
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "This letter shows that the king did not mean to go to war.",
        "This source did not show up in the catalogue of 1931.",
        "The fact that the envoy did not show up surprised the court.",
        "But this did not mean to him what it meant to his brother.",
    ],
)
def test_a_denial_in_a_clause_of_its_own_or_of_an_intention_grants_no_point(
    sentence: str,
) -> None:
    read = pointed_view(sentence, "en")
    assert read is None or read.author != "qualifies"


LETTER = """Chapter Three

Coser (1965) argued that the court always wanted peace with its neighbours in the north.
This letter shows that the king did not mean to go to war.

References

Coser, Lewis. 1965. Men of Ideas. New York: Free Press.
"""


def test_a_narrative_sentence_after_a_report_is_not_the_reported_scholar_s() -> None:
    dataset = parse_text(LETTER, options=TextOptions(language="en")).dataset
    assert not [c for c in dataset.claims if (c.quote or c.text).startswith("This letter")]


def test_perplexing_in_reported_speech_is_not_the_author_s_rejection() -> None:
    sentence = "Coser (1965) notes that it is perplexing that so few writers worked alone."
    found = read_sentence(sentence, "en", KNOWN)
    assert [(f.claimant.actor, f.stance) for f in found.found] == [("pers_coser", "asserts")]
    assert found.author != "disputes"
