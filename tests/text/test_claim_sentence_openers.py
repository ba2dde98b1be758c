"""A surname that is a word of the text, written in lower case and capitalised only where a
sentence begins, is no claimant there (``Thus, the journal proposed``, after a note misread
as a work by *Thus*); a surname also used as a word but cited with a year stays one. The
texts are made up for the tests."""

from __future__ import annotations

from purgehist.formats.text.claim_roles import without_openers
from purgehist.formats.text.claimants import WORD
from purgehist.formats.text.read import parse_text
from purgehist.formats.text.structure import Para


def _para(text: str) -> Para:
    return Para(text=text, line=1, page=0, line_starts=[(0, 1)])


def _kept(texts: list[str], known: dict[str, str]) -> dict[str, str]:
    paras = [_para(t) for t in texts]
    vocabulary = {w for t in texts for w in WORD.findall(t) if w.islower()}
    return without_openers(paras, known, vocabulary)


def test_a_word_capitalised_only_at_sentence_starts_is_no_surname() -> None:
    texts = ["The debate was thus political. Thus, the journal proposed a review of the field."]
    assert _kept(texts, {"thus": "pers_thus", "klein": "pers_klein"}) == {"klein": "pers_klein"}


def test_a_surname_that_is_also_a_word_stays_when_named_inside_a_sentence() -> None:
    texts = ["The price was high. As De Sola Price argued, colleges are networks."]
    assert _kept(texts, {"price": "pers_price"}) == {"price": "pers_price"}


def test_a_surname_cited_with_a_year_at_a_sentence_start_stays() -> None:
    texts = ["The young scholars agreed. Young (1990) argues that colleges are networks."]
    assert _kept(texts, {"young": "pers_young"}) == {"young": "pers_young"}


TEXT = """\
Introduction

The debate was thus political from the start. Thus, the Madrid journal Telos, in its 19th
volume (1989), proposed a review of the field.

Bibliography

Thus, Anna. 1990. A Misread Note. Paris: Minuit.
"""


def test_a_sentence_opening_with_the_word_gives_no_claim() -> None:
    claims = parse_text(TEXT).dataset.claims
    assert not any((c.quote or c.text).startswith("Thus, the Madrid") for c in claims)
