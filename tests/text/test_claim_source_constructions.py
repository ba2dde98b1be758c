"""Constructions naming a claim's source without a reporting verb it is the subject of: view
nouns owned by a name, impersonal passives with a citation, the German perfect and Konjunktiv,
*Following X*, in English, German, French and Dutch. The sentences are made up for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from claim_scan_counts import Scans, grows_linearly

from purgehist.formats.text import claim_joint, claim_sources
from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_headings import heading_end
from purgehist.formats.text.claim_roles import CITATION
from purgehist.formats.text.claim_sources import source_constructions
from purgehist.formats.text.read import parse_text
from purgehist.formats.text.structure import Para

KNOWN = {"smith": "pers_smith", "meyer": "pers_meyer", "dupont": "pers_dupont",
         "jansen": "pers_jansen", "clark": "pers_clark"}  # fmt: skip


def _read(sentence: str, lang: str) -> tuple[list[tuple[str | None, str]], str | None]:
    read = read_sentence(sentence, lang, KNOWN)
    if not read.found:
        read = source_constructions(sentence, lang, KNOWN) or read
    return [(f.claimant.actor, f.stance) for f in read.found], read.author


@pytest.mark.parametrize(
    ("sentence", "lang", "actor"),
    [
        ("It has been argued (Smith 2007) that the quotas were set locally.", "en", "pers_smith"),
        ("It has often been suggested that the quotas were set locally (Smith 2007).", "en",
         "pers_smith"),
        ("Es wurde argumentiert (Meyer 2001), dass die Quoten lokal festgelegt wurden.", "de",
         "pers_meyer"),
        ("Es ist gezeigt worden (vgl. Meyer 2001: 12), dass die Quoten lokal waren.", "de",
         "pers_meyer"),
        ("Il a été montré (Dupont 1999) que les quotas étaient fixés localement.", "fr",
         "pers_dupont"),
        ("Er is betoogd (Jansen 2003) dat de quota lokaal werden vastgesteld.", "nl",
         "pers_jansen"),
    ],
)  # fmt: skip
def test_an_impersonal_passive_is_held_by_the_cited_author(
    sentence: str, lang: str, actor: str
) -> None:
    assert _read(sentence, lang)[0] == [(actor, "asserts")]


def test_an_impersonal_passive_citing_a_joint_work_gives_its_first_author() -> None:
    sentence = "It has been shown (Smith & Clark 2007) that the quotas were set locally."
    assert _read(sentence, "en")[0] == [("pers_smith", "asserts")]


def test_an_impersonal_passive_without_a_citation_names_no_one() -> None:
    assert _read("It has been argued that the quotas were set locally.", "en")[0] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Meyer hat gezeigt, dass die Quoten lokal festgelegt wurden.",
        "Meyer (2001) hat argumentiert, dass die Quoten lokal festgelegt wurden.",
        "Meyer habe nachgewiesen, dass die Quoten lokal festgelegt wurden.",
        "Meyer behaupte, dass die Quoten lokal festgelegt wurden.",
    ],
)
def test_the_german_perfect_and_konjunktiv_report_the_subject(sentence: str) -> None:
    assert _read(sentence, "de")[0] == [("pers_meyer", "asserts")]


@pytest.mark.parametrize(
    ("sentence", "lang", "actor"),
    [
        ("Following Smith, I assume that the quotas were set locally.", "en", "pers_smith"),
        ("Following Smith (2007), the quotas are taken to be local.", "en", "pers_smith"),
        ("Im Anschluss an Meyer nehme ich an, dass die Quoten lokal waren.", "de", "pers_meyer"),
        ("À la suite de Dupont, nous supposons que les quotas étaient locaux.", "fr",
         "pers_dupont"),
        ("In navolging van Jansen neem ik aan dat de quota lokaal waren.", "nl", "pers_jansen"),
    ],
)  # fmt: skip
def test_following_a_scholar_the_author_agrees(sentence: str, lang: str, actor: str) -> None:
    assert _read(sentence, lang) == ([(actor, "asserts")], "asserts")


def test_following_a_name_without_citation_or_author_is_not_a_source() -> None:
    assert _read("Following Smith, the delegates left the hall.", "en")[0] == []


@pytest.mark.parametrize(
    ("sentence", "lang", "actor"),
    [
        ("Smith's analysis of the lists shows that the quotas were local.", "en", "pers_smith"),
        ("Meyers Analyse zufolge waren die Quoten lokal.", "de", "pers_meyer"),
    ],
)
def test_a_view_or_work_owned_by_a_name_is_its_claim(sentence: str, lang: str, actor: str) -> None:
    assert _read(sentence, lang)[0] == [(actor, "asserts")]


@pytest.mark.parametrize(
    "run",
    [
        lambda n: "Aa, " * (n // 4),  # names and no year
        lambda n: "(Aa, " * (n // 5) + "Bb (2007)",  # a run of names before one year
        lambda n: "Aa und Bb (2000), " * (n // 18),  # a citation after each
    ],
)
def test_a_long_run_of_names_is_read_for_joint_works_in_linear_work(
    monkeypatch: pytest.MonkeyPatch, run: Callable[[int], str]
) -> None:
    scans = Scans(monkeypatch)
    scans.watch(claim_joint)
    sizes, work = [2_000, 20_000], []
    for size in sizes:
        before = scans.work()
        claim_joint.joint_citations(run(size))
        work.append(scans.work() - before)
    assert grows_linearly(work, sizes), work


def test_a_long_clause_after_a_part_of_a_work_is_searched_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans = Scans(monkeypatch)
    scans.watch(claim_sources)
    sizes, work = [4_000, 40_000], []
    for size in sizes:  # verbs of showing and no that-clause
        clause = "Die Karte in Meyer (1997) " + "zeigt Roggen im Süden " * (size // 22)
        before = scans.work()
        assert claim_sources.source_constructions(clause, "de", {"meyer": "pers_meyer"}) is None
        work.append(scans.work() - before)
    assert grows_linearly(work, sizes), work


def test_a_joint_work_is_not_gone_on_with_in_a_later_paragraph() -> None:
    text = (
        "Smith & Clark (2007) describe the peasants.\n\n"
        "Many peasants fled. They said that the collective farms starved them.\n\n"
        "Literature\n\nSmith, John & Ann Clark. 2007. Peasants. London: Verso.\n"
    )
    assert parse_text(text).dataset.claims == ()


@pytest.mark.parametrize(
    "line",
    [
        "5. März 1953 meinte Chruschtschow, Stalin habe",
        "1. Getty (1985) argues that the purge was",
        "12. Dezember 1937: Jeschow meldet Stalin",
    ],
)
def test_a_numbered_line_with_a_date_citation_or_reporting_verb_is_no_heading(line: str) -> None:
    para = Para(
        text=f"{line} Die Listen selbst unterschrieben.",
        line=1,
        page=0,
        line_starts=[(0, 1), (len(line) + 1, 2)],
    )
    assert heading_end(para) == 0


def test_a_numbered_heading_is_still_one() -> None:
    line = "6.2 Williamson’s treatment of IHRCs"
    para = Para(text=f"{line} Williamson (1987) claims that x.", line=1, page=0,
                line_starts=[(0, 1), (len(line) + 1, 2)])  # fmt: skip
    assert heading_end(para) == len(line) + 1


def test_a_name_before_a_year_outside_brackets_is_no_citation() -> None:
    assert [
        m[1] or m[2] for m in CITATION.finditer("Unter Stalin 1937, als (vgl. Potts 2003: 7)")
    ] == ["Potts"]
