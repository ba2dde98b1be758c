"""One list of a scholar's work nouns and one possessive, read alike by every reader of a
possessive view. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_sources import source_constructions
from purgehist.formats.text.claim_view_nouns import possessor

KNOWN = {"smith": "p_smith", "jones": "p_jones"}


@pytest.mark.parametrize(
    ("word", "name"),
    [("Smith’s", "Smith"), ("Smith's", "Smith"), ("Jones'", "Jones"), ("Smith'", None),
     ("smith's", None), ("Smith", None), ("S's", None)],
)  # fmt: skip
def test_a_possessive_names_its_owner(word: str, name: str | None) -> None:
    assert possessor(word) == name


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("As Jones's theory shows, the lists were local.", "p_jones"),
        ("As Smith’s findings suggest, the lists were local.", "p_smith"),
        ("As Smith's dissertation argues, the lists were local.", "p_smith"),
    ],
)
def test_a_work_as_subject_names_its_owner_as_claimant(sentence: str, actor: str) -> None:
    found = read_sentence(sentence, "en", KNOWN).found
    assert [(f.claimant.actor, f.stance) for f in found] == [(actor, "asserts")]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Smith's book shows that the lists were local.", "p_smith"),
        ("Jones' (1990) study of the archives demonstrates that the lists were local.",
         "p_jones"),
        ("Smith’s theory suggests that the lists were local.", "p_smith"),
    ],
)  # fmt: skip
def test_what_a_work_shows_is_its_owner_s(sentence: str, actor: str) -> None:
    read = source_constructions(sentence, "en", KNOWN)
    assert read is not None
    assert [(f.claimant.actor, f.stance) for f in read.found] == [(actor, "asserts")]
