"""Claims across sentences: pronouns resolved to the scholar under discussion, schools and
groups, passives, the wider Dutch cue constructions and sentences that go on reporting the
claim before. The sentences are made up for the tests."""

from __future__ import annotations

from typing import cast

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_continuation import continues as _continues
from purgehist.formats.text.claim_paragraphs import record_at, rejoined
from purgehist.formats.text.read import parse_text
from purgehist.formats.text.structure import Para
from purgehist.model import ActorKind, Claim, Dataset, Paragraph

KNOWN = {"getty": "pers_getty", "conquest": "pers_conquest", "weber": "pers_weber"}

TEXT = """\
Inleiding

Over de rol van Stalin in de zuiveringen bestaat weinig eenstemmigheid. Volgens Getty lag het
initiatief vaak bij regionale partijleiders en niet bij Stalin. Stalin reisde in die jaren
nauwelijks en Stalin ontving vooral rapporten. Volgens hem was het centrum daardoor slecht
geïnformeerd. De rapporten zouden bovendien vaak maanden te laat zijn aangekomen. Stalin
las ze toch allemaal.

De eerste revisionist die hier besproken wordt is Oleg Chlevnjoek, die veel in de archieven
werkte. Hij bouwt voort op het werk van andere onderzoekers zoals Getty. Hij schrijft dat de
terreur van boven werd gestuurd. Stalin tekende de lijsten. Verder spreekt Chlevnjoek van
een plan dat al in 1936 bestond.

Veel auteurs van de totalitaire school komen overeen dat het Politburo volgzaam was.
Volgens het paradigma was er geen ruimte voor initiatief van onderop. Deze opvatting wordt
door andere revisionisten aangevallen omdat de archieven iets anders tonen.

Bibliografie

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Stalin, Iosif, Stalin's Letters to Molotov (New Haven 1995).
"""


def _claims(dataset: Dataset) -> dict[str, list[tuple[str, str]]]:
    """The sentence of each claim → (actor name, stance) of its attributions."""
    names = {a.id: a.name for a in dataset.actors}
    return {
        (c.quote or c.text): [(names[a.actor], a.stance.value) for a in c.attributions]
        for c in dataset.claims
    }


def _claim(dataset: Dataset, opening: str) -> Claim:
    return next(c for c in dataset.claims if (c.quote or c.text).startswith(opening))


def test_a_pronoun_is_the_scholar_under_discussion_not_the_figure_narrated() -> None:
    dataset = parse_text(TEXT).dataset
    claim = _claim(dataset, "Volgens hem was het centrum")
    assert [a.actor for a in claim.attributions] == ["pers_getty"]
    assert claim.text.startswith("Volgens Getty was het centrum")
    assert "Stalin tekende de lijsten." not in _claims(dataset)
    assert not any(a.actor == "pers_stalin" for c in dataset.claims for a in c.attributions)


def test_a_name_after_a_preposition_does_not_take_the_paragraph_over() -> None:
    dataset = parse_text(TEXT).dataset
    claims = _claims(dataset)
    assert claims["Hij schrijft dat de terreur van boven werd gestuurd."] == [
        ("Chlevnjoek", "asserts")
    ]
    assert claims["Verder spreekt Chlevnjoek van een plan dat al in 1936 bestond."] == [
        ("Chlevnjoek", "asserts")
    ]
    made = next(a for a in dataset.actors if a.name == "Chlevnjoek")
    assert made.kind is ActorKind.PERSON
    assert made.provenance is not None
    assert made.provenance.line == 9  # where he is first named, not the pronoun's line (10)


def test_the_reportive_mood_continues_the_claim_before_and_the_indicative_does_not() -> None:
    claims = _claims(parse_text(TEXT).dataset)
    late = "De rapporten zouden bovendien vaak maanden te laat zijn aangekomen."
    assert claims[late] == [("J. Arch Getty", "asserts")]
    assert "Stalin las ze toch allemaal." not in claims


def test_a_school_keeps_its_actor_whatever_noun_names_it() -> None:
    dataset = parse_text(TEXT).dataset
    school = _claim(dataset, "Veel auteurs van de totalitaire school")
    paradigm = _claim(dataset, "Volgens het paradigma")
    assert school.attributions[0].actor == paradigm.attributions[0].actor
    actor = next(a for a in dataset.actors if a.id == school.attributions[0].actor)
    assert actor.kind is ActorKind.SCHOOL
    assert actor.name == "totalitaire school"


def test_a_passive_gives_its_agent_the_participle_stance() -> None:
    claims = _claims(parse_text(TEXT).dataset)
    attacked = next(v for k, v in claims.items() if k.startswith("Deze opvatting wordt door"))
    assert attacked == [("andere revisionisten", "disputes")]
    english = read_sentence("This reading was criticised by Getty in his review.", "en", KNOWN)
    assert [(f.claimant.actor, f.stance) for f in english.found] == [("pers_getty", "disputes")]
    german = read_sentence("Diese These wird von Weber bestritten, weil Akten fehlen.", "de", KNOWN)
    assert [(f.claimant.actor, f.stance) for f in german.found] == [("pers_weber", "disputes")]
    assert read_sentence("De brief werd door Getty gevonden in Moskou.", "nl", KNOWN).found == ()


def _found(sentence: str, names: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    found = read_sentence(sentence, "nl", KNOWN, names=names).found
    return [(f.claimant.actor or f.claimant.name, f.cue) for f in found]


def test_dutch_cue_constructions_beyond_the_verb_list() -> None:
    assert _found("Getty ziet de zuivering in de provincies als een reeks losse campagnes.") == [
        ("pers_getty", "ziet")
    ]
    assert _found(
        "Ook noemt hij de benoeming van de nieuwe volkscommissaris als een keerpunt."
    ) == [("hij", "noemt")]
    assert _found("Verder beschrijft Conquest hoe de leiding van de politie werd vervangen.") == [
        ("pers_conquest", "beschrijft")
    ]
    assert _found("Terwijl Getty juist erop wijst dat de lijsten vaak onvolledig waren.") == [
        ("pers_getty", "wijst")
    ]
    assert _found("Toch blijven ze leunen op het idee dat het centrum alles wist.") == [
        ("ze", "leunen")
    ]
    assert _found("De cijfers komen overeen met wat in de rapporten van Getty staat.") == []
    infinitive = "De invloed van de revisionisten is te zien aan het feit dat velen ze lezen."
    assert _found(infinitive) == []


def test_a_preposition_is_a_particle_only_right_after_the_subject() -> None:
    names = frozenset({"Orlov", "Zhdanov"})
    assert _found("Verder spreekt Orlov van een samenzwering in het leger.", names) == [
        ("Orlov", "spreekt … van")
    ]
    assert _found("Zhdanov sprak over de scholing van de leden van de partij.", names) == []


def test_a_name_stops_at_the_cue_before_it_and_at_a_known_surname() -> None:
    names = frozenset({"Friedrich", "Enukidze"})
    found = read_sentence(
        "Volgens C. J. Friedrich was de terreur een kenmerk van het systeem.",
        "nl",
        KNOWN,
        names=names,
    ).found
    assert [f.claimant.name for f in found] == ["C J Friedrich"]
    assert _found("Verder noemt Conquest Enukidze als een van de gematigde leiders.", names) == [
        ("pers_conquest", "noemt")
    ]


def test_a_closing_quote_does_not_hide_a_group() -> None:
    found = read_sentence(
        "Volgens de ‘revisionisten’ was er geen centraal plan.", "nl", KNOWN
    ).found
    assert [(f.claimant.kind, f.claimant.name) for f in found] == [("group", "revisionisten")]


def test_only_a_main_clause_or_a_that_fragment_continues_a_claim() -> None:
    assert _continues("Dit terwijl het centrum de lijsten zou hebben goedgekeurd.", "nl")
    assert _continues("En dat de lijsten later zouden zijn aangevuld.", "nl")
    assert _continues("De lijsten zouden vooral uit de provincie zijn gekomen.", "nl")
    assert not _continues("Dat kwam omdat het de productie zou schaden.", "nl")
    assert not _continues("Maar dat wordt door de archieven weerlegd.", "nl")
    assert not _continues("Ook zou hij de lijsten hebben getekend.", "nl")
    assert not _continues("De lijsten werden in Moskou getekend.", "nl")
    assert _continues("Die Listen seien in der Provinz entstanden.", "de")


FIGURE = """\
Inleiding

Stalin las de rapporten van Jezjov elke ochtend. Stalin schreef in de kantlijn, Stalin
tekende de lijsten en Stalin liet ze naar Jezjov terugsturen. Stalin sprak er zelden over.

Volgens hem waren de lijsten nodig voor de veiligheid van de staat. Volgens Getty was dat
een verklaring achteraf.

Bibliografie

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Stalin, Iosif, Stalin's Letters to Molotov (New Haven 1995).
"""


def test_a_figure_of_the_period_is_not_the_default_for_a_pronoun() -> None:
    claims = _claims(parse_text(FIGURE).dataset)
    assert "Volgens hem waren de lijsten nodig voor de veiligheid van de staat." not in claims
    assert claims["Volgens Getty was dat een verklaring achteraf."] == [
        ("J. Arch Getty", "asserts")
    ]


def test_a_paragraph_that_stops_mid_sentence_at_a_page_break_reads_on() -> None:
    first = Para("In his commentary, Conquest (1968: 13) contended that", 10, 0, [], [], [(0, 10)])
    second = Para("Thucydides wrote thalassa.", 40, 1, [(26, 7)], [], [(0, 40)])
    third = Para("A new section opens here.", 50, 1, [], [], [(0, 50)])
    records = cast("list[Paragraph]", ["p1", "p2", "p3"])  # stand-ins: only passed along
    joined = rejoined([first, second, third], records, [False, True, True])
    shift = len(first.text) + 1
    assert [(p.text, [(o, str(r)) for o, r in ids], h) for p, ids, h in joined] == [
        (f"{first.text} {second.text}", [(0, "p1"), (shift, "p2")], False),
        (third.text, [(0, "p3")], True),
    ]
    para = joined[0][0]
    assert para.line_starts == [(0, 10), (shift, 40)]
    assert para.markers == [(26 + shift, 7)]
    assert para.page_breaks == [(shift, 1)]
    assert str(record_at(joined[0][1], shift + 3)) == "p2"
    assert str(record_at(joined[0][1], 3)) == "p1"


def test_a_paragraph_stopping_mid_sentence_on_the_same_page_stands_alone() -> None:
    item = Para("the lists, the letters and the minutes", 10, 0, [], [], [(0, 10)])
    heading_after = Para("Getty argued that the lists were local.", 12, 0, [], [], [(0, 12)])
    records = cast("list[Paragraph]", ["p1", "p2"])
    joined = rejoined([item, heading_after], records, [False, True])
    assert [(p.text, heading) for p, _, heading in joined] == [
        (item.text, False),
        (heading_after.text, True),
    ]


NARRATED = """\
Introduction

Getty (1985) argued that the lists were drawn up in the regions. Orlov came to Moscow in
1936. Orlov met the minister. Orlov wrote to the committee. Orlov returned to Kiev. Orlov
fell ill. The
engineer Ivan Orlov assumed that the lists were fake, since he believed that the minister
forged them.

Bibliography

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Orlov, Ivan, Letters (Kiev 1937).
"""


def test_a_pronoun_stands_for_the_person_who_opens_its_sentence() -> None:
    claim = _claim(parse_text(NARRATED).dataset, "The engineer Ivan Orlov")
    assert [a.actor for a in claim.attributions] == ["pers_orlov"]


CITED = """\
Einleitung

Weber (1999) nimmt an, dass die Partikeln geordnet sind. Die Listen seien im Großen und
Ganzen vollständig (vgl. Kallmeyer 1988: 125). Ich werde später darauf zurückkommen.

Literatur

Kallmeyer, Werner, Partikeln (Berlin 1988).
Weber, Max, Die Listen (Berlin 1999).
"""


def test_a_reportive_sentence_is_the_view_of_the_scholars_it_cites() -> None:
    claims = _claims(parse_text(CITED).dataset)
    assert claims[
        "Die Listen seien im Großen und Ganzen vollständig (vgl. Kallmeyer 1988: 125)."
    ] == [("Werner Kallmeyer", "asserts")]
    assert "Ich werde später darauf zurückkommen." not in claims
