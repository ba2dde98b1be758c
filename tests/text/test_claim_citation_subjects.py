"""Citation subjects of scholarly reporting: a first author with *et al.*/*u. a.*, co-authors
joined by an ampersand, and a numbered heading the layout reads into the paragraph under it.
The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_coauthors import joint_authors
from purgehist.formats.text.claim_headings import heading_end
from purgehist.formats.text.structure import Para

KNOWN = {"smith": "p_smith", "clark": "p_clark", "meyer": "p_meyer", "dubois": "p_dubois"}


def _claimants(sentence: str, lang: str) -> list[tuple[str, str]]:
    found = read_sentence(sentence, lang, KNOWN).found
    return [(f.claimant.name, f.stance) for f in joint_authors(found, sentence, KNOWN)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Smith et al. (2007: 12) conclude that short forms are preferred.", "en"),
        ("Smith et al. found that speakers prefer short forms.", "en"),
        ("Meyer u. a. (1997) nehmen an, dass die Partikel betont ist.", "de"),
        ("Dubois et al. (2007) soutiennent que la particule est atone.", "fr"),
    ],
)
def test_a_first_author_with_et_al_is_the_subject(sentence: str, lang: str) -> None:
    assert _claimants(sentence, lang)[:1] == [(sentence.split()[0], "asserts")]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Smith & Clark (2007) argue that speakers prefer short forms.", "en"),
        ("Smith and Clark (2007: 3) argue that speakers prefer short forms.", "en"),
        ("Dubois et Clark (2007) soutiennent que la particule est atone.", "fr"),
        ("Smith, Clark and Meyer (2007) argue that speakers prefer short forms.", "en"),
        ("Smith & Clark & Meyer (2007) argue that speakers prefer short forms.", "en"),
        ("Smith, Clark, and Meyer (2007) argue that speakers prefer short forms.", "en"),
        ("Meyer, Clark und Smith (2007) nehmen an, dass Sprecher kurze Formen wählen.", "de"),
    ],
)
def test_co_authors_of_a_cited_work_hold_one_claim(sentence: str, lang: str) -> None:
    assert _claimants(sentence, lang) == [(sentence.split()[0].rstrip(","), "asserts")]


def test_people_named_together_without_a_joint_citation_each_hold_the_claim() -> None:
    sentence = "Smith and Clark argue that speakers prefer short forms."
    assert _claimants(sentence, "en") == [("Smith", "asserts"), ("Clark", "asserts")]


def _para(lines: list[str]) -> Para:
    text, starts = "", []
    for n, line in enumerate(lines, 1):
        starts.append((len(text), n))
        text += line + " "
    return Para(text=text.rstrip(), line=1, page=0, line_starts=starts)


def test_numbered_headings_read_into_a_paragraph_are_left_out() -> None:
    para = _para(
        [
            "4.4 Lakota",
            "4.4.1 Smith’s treatment of clitics",
            "Smith (2007) claims that all",
            "clitics",
        ]
    )
    assert para.text[heading_end(para) :].startswith("Smith (2007) claims")


@pytest.mark.parametrize(
    "lines",
    [
        ["1936 was the year in which Smith first claimed that", "Clark had erred."],
        ["2.1 percent of the speakers use the long form, as", "Smith shows."],
        ["Smith (2007) claims that all", "Clark erred."],
        ["12 Partikeln werden von Meyer (1989) als", "Modalpartikeln bezeichnet."],
        ["17 Historians, among them Smith and", "Clark, argue that it was planned."],
        ["3 Dutch historians argue that the purge", "Stalin ordered was planned."],
    ],
)
def test_a_paragraph_opening_with_a_number_keeps_its_first_line(lines: list[str]) -> None:
    assert heading_end(_para(lines)) == 0
