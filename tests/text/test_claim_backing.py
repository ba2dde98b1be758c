"""A sentence without a reporting cue credited to the scholars its closing bracket cites with
*compare* or *for example* when it reports a view or goes on with their account
(:mod:`purgehist.formats.text.claim_backing`)."""

from __future__ import annotations

import pytest
from claim_scan_counts import Scans, grows_linearly

from purgehist.formats.text import claim_backing
from purgehist.formats.text.claim_backing import backing_citations
from purgehist.formats.text.claim_continuation import bracket_citations
from purgehist.formats.text.read import parse_text


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "Es wird angenommen, dass die Listen von unten erstellt wurden (vgl. z.B. "
            "Weber 1999: 40, Kallmeyer 2001: 12).",
            ["Weber", "Kallmeyer"],
        ),
        (
            "The lists are best seen as drawn up locally (cf. Weber 1999; Kallmeyer 2001: 3).",
            ["Weber", "Kallmeyer"],
        ),
        ("Les listes viendraient d’en bas (cf. aussi Weber 1999 : 40).", ["Weber"]),
        (
            "Die Säuberung sei gegen die Kader gerichtet (z.B. Schlieben- Lange 1979: 9, "
            "vgl. auch Kall- meyer 2001: 12).",
            ["Schlieben-Lange", "Kallmeyer"],
        ),
    ],
)
def test_a_closing_compare_bracket_credits_its_scholars(sentence: str, cited: list[str]) -> None:
    assert backing_citations(sentence) == cited


@pytest.mark.parametrize(
    "sentence",
    [
        "The lists were drawn up locally (see Weber 1999: 40).",  # where to read more
        "Die Listen wurden 1937 erstellt (vgl. die Daten in Weber 1999: 40).",  # the data
        "Ich nehme an, dass die Listen echt sind (vgl. Weber 1999).",  # the author's own view
        "In (11) und (12) fehlt jede Begründung (vgl. Weber 1999: 3).",  # the author's examples
        "Weber (1999: 40) zufolge waren die Listen echt, vgl. Kallmeyer 2001.",  # no bracket
        "Die Listen (vgl. Weber 1999) wurden 1937 erstellt.",  # a bracket inside the sentence
        "The study was conducted with pen and paper (cf. Krings 2001: 186).",  # design
        "Ionic forms are frequent in the later inscriptions (e.g. Smith 2003: 12; Jones 2010).",
        "Homer mixed the dialects freely (cf. Brown 1999, who rejects this).",  # their comment
        "Die Listen wurden 1937 erstellt (vgl. Weber 1999: 40).",  # a datum
    ],
)
def test_other_brackets_and_sentences_of_data_or_design_credit_no_one(sentence: str) -> None:
    assert backing_citations(sentence) == []


def test_a_datum_goes_on_with_the_account_of_a_scholar_named_just_before() -> None:
    datum = "Die Listen wurden 1937 erstellt (vgl. Weber 1999: 40, Kallmeyer 2001: 3)."
    assert backing_citations(datum, "Weber (1999) beschreibt die Listen.") == ["Weber"]
    assert backing_citations(datum, "Die Listen sind kurz.", ["Laura Kallmeyer"]) == ["Kallmeyer"]
    assert backing_citations(datum, "Die Listen sind kurz.", ["Anna Seghers"]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The study was conducted with pen and paper (cf. Krings 2001: 186).",
        "Ionic forms are frequent in the later inscriptions (e.g. Smith 2003: 12; Jones 2010).",
        "Homer mixed the dialects freely (cf. Brown 1999, who rejects this).",
    ],
)
def test_design_evidence_or_a_dissenting_bracket_is_no_ones_claim(sentence: str) -> None:
    text = f"Introduction\n\nThe corpus is small. {sentence}\n"
    assert parse_text(text).dataset.claims == ()


def test_a_hyphen_at_a_line_break_is_mended_in_a_citation() -> None:
    names = [c.name for c in bracket_citations("(vgl. Thur- mair 1989: 2; Rost- Roth 1998)")]
    assert names == ["Thurmair", "Rost-Roth"]


BACKED = """\
Einleitung

Weber (1999) nimmt an, dass die Listen echt sind. Die Listen seien vollständig. Konkreter
wird für die Listen angenommen, dass sie von unten kamen (vgl. z.B. Kallmeyer 2001: 12). Nach
Ansicht der Autorin waren sie vollständig. Es ist darauf hingewiesen worden, dass sie auch
die Kader erfassten (vgl. Kallmeyer 2001: 14).

Literatur

Weber, Anna, Listen (Tübingen 1999).
Kallmeyer, Laura, Bäume (Tübingen 2001).
"""


def test_the_backed_sentence_is_the_cited_scholars_claim_and_not_their_topic() -> None:
    dataset = parse_text(BACKED).dataset
    names = {a.id: a.name for a in dataset.actors}
    backed = next(c for c in dataset.claims if c.text.startswith("Konkreter"))
    assert [(names[a.actor], a.stance.value) for a in backed.attributions] == [
        ("Laura Kallmeyer", "asserts")
    ]
    after = next(c for c in dataset.claims if c.text.startswith("Nach Ansicht"))
    assert [names[a.actor] for a in after.attributions] == ["Anna Weber"]


def test_the_authors_stance_on_a_backed_sentence_is_read_from_its_wording() -> None:
    dataset = parse_text(BACKED).dataset
    pointed = next(c for c in dataset.claims if c.text.startswith("Es ist darauf"))
    assert {a.note: a.stance.value for a in pointed.attributions} == {
        "cue: backing citation": "asserts",
        "author": "asserts",
    }


def test_a_long_sentence_of_auxiliaries_is_scanned_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans = Scans(monkeypatch)
    scans.watch(claim_backing)
    sizes, work = [4_000, 40_000], []
    for size in sizes:
        before = scans.work()
        sentence = "Es wird " * (size // 8) + "gut (vgl. Weber 1999)."
        assert claim_backing.backing_citations(sentence) == []
        work.append(scans.work() - before)
    assert grows_linearly(work, sizes), work


def test_an_agentless_passive_is_read_within_a_clauses_reach() -> None:
    near = "Es wird " + "ganz " * 20 + "angenommen, dass die Listen lokal waren (vgl. Weber 1999)."
    far = "Es wird " + "ganz " * 40 + "angenommen, dass die Listen lokal waren (vgl. Weber 1999)."
    assert backing_citations(near) == ["Weber"]
    assert backing_citations(far) == []  # its participle out of reach: no search to the end
