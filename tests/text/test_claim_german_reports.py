"""German ways of going on reporting a scholar's account or reading it from their work: the
plural Konjunktiv II standing in for the Konjunktiv I, a study's map or data that shows
something, a part of a cited work a statement is read from; and numbered examples with their
source lines, which are no sentences of the text. The text is made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.author_stance import author_stance
from purgehist.formats.text.claim_continuation import continues
from purgehist.formats.text.claim_examples import is_example, text_start
from purgehist.formats.text.claim_findings import finding
from purgehist.formats.text.claim_readings import Found, Mentioned
from purgehist.formats.text.claim_sources import source_constructions
from purgehist.formats.text.read import parse_text

BEFORE = [(Found(Mentioned("known", "Weber", "pers_weber"), "nimmt an", "asserts"),
           ("pers_weber", "Weber"))]  # fmt: skip


def test_a_plural_konjunktiv_ii_goes_on_reporting_after_a_report() -> None:
    sentence = "Prinzipiell hätten die Bauern häufiger Roggen angebaut als die Städter."
    assert continues(sentence, "de", BEFORE)
    assert not continues(sentence, "de", [])  # no account to go on with
    conditional = "Wenn die Quoten fehlten, würden die Bauern häufiger Roggen anbauen."
    assert not continues(conditional, "de", BEFORE)  # the author's conditional


@pytest.mark.parametrize(
    ("sentence", "np"),
    [
        ("Freilich zeigt die Karte zudem, dass Roggen im Süden angebaut wurde.", "die Karte"),
        ("Die Daten, die 2002 erhoben wurden (vgl. Weber 2005: 51), zeigen, dass er "
         "zurückging.", "Die Daten"),
        ("Seine Ergebnisse belegen deutlich, dass die Quoten lokal festgelegt wurden.",
         "Seine Ergebnisse"),
    ],
)  # fmt: skip
def test_a_studys_map_or_data_that_shows_something_is_its_finding(sentence: str, np: str) -> None:
    found = finding(sentence, "de")
    assert found is not None
    assert found.claimant.name == np


def test_what_the_author_reads_off_is_no_finding() -> None:
    assert finding("In der Tabelle lässt sich ablesen, dass Roggen überwog.", "de") is None
    assert finding("Dies zeigt, dass die Karte stimmt.", "de") is None


KNOWN = {"weber": "pers_weber", "smith": "pers_smith"}


@pytest.mark.parametrize(
    ("sentence", "lang", "actor"),
    [
        ("Der Karte in Weber (1995: 41) ist zu entnehmen, dass überall Roggen wuchs.", "de",
         "pers_weber"),
        ("Der Karte aus Weber (1978: 103) ist eine klare Grenze am Main zu entnehmen.", "de",
         "pers_weber"),
        ("Der zentrale Punkt in Weber (2000: 213) ist, dass die Quoten lokal waren.", "de",
         "pers_weber"),
        ("The main point in Smith (2000: 3) is that the quotas were set locally.", "en",
         "pers_smith"),
    ],
)  # fmt: skip
def test_a_part_of_a_cited_work_a_statement_is_read_from_names_its_holder(
    sentence: str, lang: str, actor: str
) -> None:
    read = source_constructions(sentence, lang, KNOWN)
    assert read is not None
    assert [(f.claimant.actor, f.stance) for f in read.found] == [(actor, "asserts")]


def test_a_part_of_a_cited_work_that_only_presents_is_no_source() -> None:
    sentence = "Die Ergebnisse werden in Weber (1978) durch Karten präsentiert."
    assert source_constructions(sentence, "de", KNOWN) is None


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("B: Er ist eben ein Bauer.        nach Weber (1988: 98)", ""),
        ("B: Dann geh eben zum Markt!      nach Weber (1988: 101) A müsste es wissen.",
         "A müsste es wissen."),
        ("Das ist ja nicht so schlimm. nach Weber (1989: 122)", ""),
        ("Weber (1989: 286) Auf dieser Grundlage wird argumentiert.",
         "Auf dieser Grundlage wird argumentiert."),
        ("Die Partikel wirkt nach Weber (1988: 101) abschwächend.",
         "Die Partikel wirkt nach Weber (1988: 101) abschwächend."),
    ],
)  # fmt: skip
def test_an_example_and_its_source_line_are_cut_off_the_text(sentence: str, rest: str) -> None:
    assert sentence[text_start(sentence) :] == rest


def test_an_example_may_open_with_a_stage_direction() -> None:
    assert is_example("(7)   (A hebt die Hand) Dann sind alle einverstanden.")
    assert not is_example("Die Partikel (vgl. 16) ist hier betont.")


REPORT = """\
Einleitung

Weber (1999) bestreitet, dass die Quoten zentral festgelegt wurden. Die Bezirke hätten sie
selbst bestimmt. Dazu habe die Zentrale kaum Einfluss gehabt.

Literatur

Weber, Anna, Quoten (Tübingen 1999).
"""


def test_what_goes_on_being_reported_after_a_dispute_is_asserted() -> None:
    dataset = parse_text(REPORT).dataset
    stances = {
        " ".join((c.quote or c.text).split()[:2]): [a.stance.value for a in c.attributions]
        for c in dataset.claims
    }
    assert stances == {
        "Weber (1999)": ["disputes"],
        "Die Bezirke": ["asserts"],
        "Dazu habe": ["asserts"],
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie weist selbst darauf hin, dass ihre Listen lückenhaft sind.",
        "Oft ist darauf hingewiesen worden, dass die Quoten lokal waren.",
        "Wie sie selbst bemerkt, bleibt die Liste unvollständig.",
    ],
)
def test_pointing_out_and_noting_oneself_are_factive(sentence: str) -> None:
    assert author_stance(sentence, ["de"]) == "asserts"


@pytest.mark.parametrize(
    ("sentence", "lang", "actor"),
    [
        ("Die früheste Beobachtung dieser Sorte geht zurück auf Weber (1978) im Atlas.", "de",
         "pers_weber"),
        ("Diese Überlegungen stammen aus Weber (1988: 98) und werden oft zitiert.", "de",
         "pers_weber"),
        ("These considerations stem from Smith (1988: 4).", "en", "pers_smith"),
        ("In diesem Fall ist nach Webers Argumentation die Liste vollständig.", "de",
         "pers_weber"),
    ],
)  # fmt: skip
def test_an_origin_in_a_cited_work_and_nach_a_view_name_the_holder(
    sentence: str, lang: str, actor: str
) -> None:
    read = source_constructions(sentence, lang, KNOWN)
    assert read is not None
    assert [f.claimant.actor for f in read.found] == [actor]


def test_a_figure_without_a_cited_work_is_no_origin() -> None:
    assert source_constructions("Die Säuberung geht zurück auf Weber.", "de", KNOWN) is None


def test_a_numbered_statement_owned_by_a_cited_work_reports_its_content() -> None:
    sentence = "Hypothese 2 von Weber (1989) besagt, dass die Listen vollständig sind."
    found = read_sentence(sentence, "de", KNOWN).found
    assert [(f.claimant.actor, f.stance) for f in found] == [("pers_weber", "asserts")]


PAIR = """\
Einleitung

Weber und Kallmeyer (2001) nehmen an, dass die Listen echt sind. Unter dieser Annahme leitet
Schmidt (1999) die Zahlen auf diese Weise ab: Sie argumentiert, dass die Quoten lokal waren.

Literatur

Weber, Anna, Listen (Tübingen 2001).
Kallmeyer, Laura, Bäume (Tübingen 2001).
Schmidt, Eva, Zahlen (Tübingen 1999).
"""


def test_sie_with_a_singular_verb_opening_a_clause_is_no_pair() -> None:
    dataset = parse_text(PAIR).dataset
    names = {a.id: a.name for a in dataset.actors}
    claim = next(c for c in dataset.claims if "Sie argumentiert" in (c.quote or c.text))
    assert [names[a.actor] for a in claim.attributions] == ["Eva Schmidt"]
