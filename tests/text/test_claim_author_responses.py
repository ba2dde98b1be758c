"""The document author's bare response to the claim just reported (``I agree, which is why
…``, ``Ik ben het daar niet mee eens``, ``Dem stimme ich zu``): the claimants of the sentence
before keep their claim, the author's stance on it is recorded there, and agreeing with a
denial denies the claim. The texts are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.claim_responses import author_response
from purgehist.formats.text.read import parse_text

TEXT = """\
Introduction

The history of a field matters to those in it. Jansen tells us that history matters for every
discipline (2008, 98). I agree, which is why I have often written accounts of disciplinary
history.

Bibliography

Jansen, Sue. 2008. Walter Lippmann. New York: Lang.
"""


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        ("I agree, which is why I have written such accounts.", "en", "asserts"),
        ("We fully agree.", "en", "asserts"),
        ("I only partly agree: the archives tell another story.", "en", "qualifies"),
        ("But I disagree, for the letters show otherwise.", "en", "disputes"),
        ("Ik ben het daarmee eens.", "nl", "asserts"),
        ("Dem stimme ich nicht zu.", "de", "disputes"),
        ("Dem stimme ich nicht\nzu.", "de", "disputes"),
        ("Ik ben het niet  eens.", "nl", "disputes"),
    ],
)  # fmt: skip
def test_a_bare_response_gives_the_authors_stance(
    sentence: str, lang: str, stance: str | None
) -> None:
    assert author_response(sentence, lang) == stance


@pytest.mark.parametrize(
    "sentence",
    [
        "I agree with Jansen that history matters.",  # a cue of its own, read as such
        "Historians agree that the purge was planned.",
        "I argue that the purge was planned.",
        "I agree, however, with Park that the city grew.",
        "We agree, then, that the purge was planned.",
    ],
)
def test_a_response_with_its_own_object_or_another_subject_is_none(sentence: str) -> None:
    assert author_response(sentence, "en") is None


def _claims(text: str) -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    dataset = parse_text(text).dataset
    names = {a.id: a.name for a in dataset.actors}
    return [
        (
            (c.quote or c.text)[:12],
            [(names[a.actor], a.stance.value, a.note) for a in c.attributions],
        )
        for c in dataset.claims
    ]


def test_the_response_records_the_authors_stance_on_the_claim_before() -> None:
    assert _claims(TEXT) == [
        ("Jansen tells", [("Sue Jansen", "asserts", "cue: tells"),
                          ("the author of the document", "asserts", "author")]),
    ]  # fmt: skip


def test_agreeing_with_a_denial_denies_the_claim() -> None:
    text = TEXT.replace("tells us that", "denies that").replace(
        "I agree, which", "I agree, and this"
    )
    assert _claims(text) == [
        ("Jansen denie", [("Sue Jansen", "disputes", "cue: denies"),
                          ("the author of the document", "disputes", "author")]),
    ]  # fmt: skip


def test_disagreeing_with_a_denial_holds_the_claim() -> None:
    text = TEXT.replace("tells us that", "denies that").replace("I agree", "I disagree")
    [(_, attributions)] = _claims(text)
    assert attributions[-1] == ("the author of the document", "asserts", "author")
