"""Attributions in single sentences: stances, pronouns, names the bibliography lacks, groups
and the claim text that reads alone. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_cues import CLAIM_CUES, parse_cue_option, register_cues
from purgehist.formats.text.claim_verbs import english_forms
from purgehist.formats.text.read import parse_text

KNOWN = {"getty": "pers_getty", "conquest": "pers_conquest", "weber": "pers_weber"}


def _stances(sentence: str, lang: str) -> dict[str, str]:
    found = read_sentence(sentence, lang, KNOWN, names={"Orlov", "Markov"}).found
    return {f.claimant.actor or f.claimant.name: f.stance for f in found}


def test_denying_and_rejecting_verbs_give_disputes() -> None:
    assert _stances("Getty ontkent dat het centrum alles plande.", "nl") == {
        "pers_getty": "disputes"
    }
    assert _stances("Conquest rejected the view that the plot was real.", "en") == {
        "pers_conquest": "disputes"
    }
    assert _stances("Weber bestreitet, dass die Listen vollständig waren.", "de") == {
        "pers_weber": "disputes"
    }
    assert _stances("Getty conteste que les listes soient complètes.", "fr") == {
        "pers_getty": "disputes"
    }


def test_concessions_give_qualifies() -> None:
    assert _stances("Conquest geeft wel toe dat zijn bronnen zwak zijn.", "nl") == {
        "pers_conquest": "qualifies"
    }
    assert _stances("Getty concedes that the figures are uncertain.", "en") == {
        "pers_getty": "qualifies"
    }
    assert _stances("Weber räumt ein, dass die Zahlen unsicher sind.", "de") == {
        "pers_weber": "qualifies"
    }


def test_a_negated_cue_disputes() -> None:
    assert _stances("Getty gelooft niet dat het een plan was.", "nl") == {"pers_getty": "disputes"}


def test_contrast_sets_the_claimant_against_the_author() -> None:
    reading = read_sentence(
        "In tegenstelling tot Conquest was het centrum niet almachtig.", "nl", KNOWN
    )
    assert [(f.claimant.actor, f.stance) for f in reading.found] == [("pers_conquest", "disputes")]
    assert reading.author == "asserts"
    english = read_sentence("Contrary to Getty, the lists were long.", "en", KNOWN)
    assert english.found[0].stance == "disputes"


def test_the_author_distances_themself() -> None:
    reading = read_sentence("Conquest beweert ten onrechte dat de lijsten vals waren.", "nl", KNOWN)
    assert reading.found[0].stance == "asserts"
    assert reading.author == "disputes"


def test_inverted_subjects_names_outside_the_bibliography_and_pronouns() -> None:
    assert _stances("Daarom zegt Orlov dat hij gewaarschuwd was.", "nl") == {"Orlov": "asserts"}
    found = read_sentence("Volgens hem was de moord gepland.", "nl", KNOWN).found
    assert [f.claimant.kind for f in found] == ["pronoun"]
    assert _stances("Markov beweert dit.", "nl") == {"Markov": "asserts"}
    assert _stances("Petrov beweert dit.", "nl") == {}  # not known to be a name


def test_groups_and_coordinated_names() -> None:
    found = read_sentence("De revisionisten betwijfelen dat er een plan was.", "nl", KNOWN).found
    assert [(f.claimant.kind, f.claimant.name, f.stance) for f in found] == [
        ("group", "revisionisten", "disputes")
    ]
    both = read_sentence("Volgens Getty en Conquest was het chaos.", "nl", KNOWN).found
    assert [f.claimant.actor for f in both] == ["pers_getty", "pers_conquest"]


def test_stance_cues_are_extendable() -> None:
    extra = parse_cue_option("en:disputes:gainsays")
    found = read_sentence("Getty gainsays the count.", "en", KNOWN, extra=extra).found
    assert [f.stance for f in found] == ["disputes"]
    register_cues("xx", qualifies=["grants"])
    assert CLAIM_CUES["xx"].stances["grants"] == "qualifies"
    del CLAIM_CUES["xx"]


TEXT = """\
Inleiding

Getty schrijft in zijn studie uitgebreid over de partijarchieven van de jaren dertig.
Volgens hem was het centrum veel zwakker dan vaak wordt aangenomen. Orlov beweerde later
dat hij alles had gezien. Dit werd door Getty ten onrechte aangenomen als bewijs.

Bibliografie

Getty, J. Arch, Origins of the Great Purges (Cambridge 1985).
Orlov, Alexander, The Secret History of Stalin's Crimes (New York 1953).
"""


def test_parsed_claims_read_alone_and_keep_the_sentence() -> None:
    dataset = parse_text(TEXT).dataset
    by_text = {c.quote or c.text: c for c in dataset.claims}
    pronoun = by_text["Volgens hem was het centrum veel zwakker dan vaak wordt aangenomen."]
    assert pronoun.text.startswith("Volgens Getty was")
    assert pronoun.attributions[0].actor == "pers_getty"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Getty contends that the lists came from below.", "asserts"),
        ("Getty hypothesized that the lists came from below.", "asserts"),
        ("Conquest presumes that the plot was real.", "asserts"),
        ("Conquest refutes the idea that the lists came from below.", "disputes"),
        ("Getty repudiated the claim that the plot was real.", "disputes"),
        ("Getty concedes that some lists came from Moscow.", "qualifies"),
    ],
)
def test_an_english_reporting_verb_attributes_in_every_tense(sentence: str, stance: str) -> None:
    assert set(_stances(sentence, "en").values()) == {stance}


def test_english_verb_forms_follow_the_spelling_rules() -> None:
    assert english_forms("deny") == {
        "lemma": "deny", "third": "denies", "past": "denied", "participle": "denied"
    }  # fmt: skip
    assert english_forms("stress")["third"] == "stresses"
    assert english_forms("admit:admitted")["past"] == "admitted"
    assert english_forms("hold:held:held")["participle"] == "held"


def test_an_adverb_in_ly_between_subject_and_verb_keeps_the_subject() -> None:
    assert _stances("Conquest fiercely refuted the idea that the lists were local.", "en") == {
        "pers_conquest": "disputes"
    }
    assert _stances("Orlov oddly claimed that the epic was Doric.", "en") == {"Orlov": "asserts"}


def test_a_passive_agent_holds_the_view_it_adopted() -> None:
    found = _stances("This idea was adopted unquestioningly by many scholars.", "en")
    assert list(found.values()) == ["asserts"]
    assert next(iter(found)).endswith("scholars")


def test_a_verb_of_telling_attributes_only_with_what_is_told() -> None:
    assert _stances("Getty describes the archives of the region in detail.", "en") == {}
    assert _stances("Weber erwähnt die Kombination nur am Rande.", "de") == {}
    assert _stances("Getty describes how the lists were drawn up in the regions.", "en") == {
        "pers_getty": "asserts"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Weber schreibt, die Listen seien vollständig gewesen.",
        "Weber nimmt für die Listen an, die Zahlen gebe es nur regional.",
        "Weber hält die Listen für vollständig.",
        "Weber schreibt der Partikel eine rückverweisende Funktion zu.",
        "Weber führt die Abfolge darauf zurück, dass die Listen regional waren.",
        "Bei Weber (1999: 12) heißt es, die Listen seien vollständig.",
    ],
)
def test_german_indirect_speech_and_verbs_of_analysis_attribute(sentence: str) -> None:
    assert _stances(sentence, "de") == {"pers_weber": "asserts"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Weber schreibt, viele Beispiele zeigen das.",
        "Weber schreibt, mit Ausnahme der Sätze in (3) ist das klar.",
        "Weber schreibt, die Frage wäre also offen.",
    ],
)
def test_a_clause_after_a_comma_in_the_indicative_is_no_indirect_speech(sentence: str) -> None:
    assert _stances(sentence, "de") == {}


def test_zu_is_a_particle_only_where_it_closes_the_clause() -> None:
    found = read_sentence(
        "Weber schreibt über die Listen, dass schwer zu entscheiden ist, wer sie schrieb.",
        "de",
        KNOWN,
    ).found
    assert [f.cue for f in found] == ["schreibt"]
    assert _stances("Weber schreibt über die Listen, wenn er Zeit hat.", "de") == {}


def test_an_unnamed_scholar_is_a_claimant_unless_a_name_follows() -> None:
    found = read_sentence(
        "Around 1650, a Greek grammarian even claimed that the Turks changed the phrase.",
        "en",
        KNOWN,
    ).found
    assert [(f.claimant.kind, f.claimant.name) for f in found] == [("group", "a Greek grammarian")]
    named = "Soon a Calvinist scholar, Orlov, claimed that the epic was Doric."
    assert all(f.claimant.kind != "group" for f in read_sentence(named, "en", KNOWN).found)


def test_a_noun_in_ly_before_a_verb_is_no_adverb_to_skip() -> None:
    assert _stances("The Weber assembly claimed that the lists were local.", "en") == {}


def test_but_joins_a_second_verb_to_the_subject_in_english_only() -> None:
    assert _stances(
        "Conquest first counted the victims but then claimed that the plot was real.", "en"
    ) == {"pers_conquest": "asserts"}
    assert (
        _stances("Conquest telde de slachtoffers maar beweerde dat het complot echt was.", "nl")
        == {}
    )


def test_an_english_relative_who_gives_the_verb_its_antecedent() -> None:
    assert _stances(
        "The lists were first studied by Getty (1985: 7), who assumed that they were local.", "en"
    ) == {"pers_getty": "asserts"}
    assert _stances("Orlov ascribed the feature to the Doric dialect.", "en") == {
        "Orlov": "asserts"
    }


def test_an_object_pronoun_is_no_subject_of_a_reporting_verb() -> None:
    assert _stances("Daarna viel Orlov hem aan voor zijn laksheid.", "nl") == {"Orlov": "disputes"}
    assert _stances("Deze viel hem aan voor laksheid.", "nl") == {}


def test_a_name_after_a_preposition_is_no_subject_but_an_agent_is() -> None:
    assert _stances("Het enige wat Orlov tegen Markov zei, was dat het genoeg was.", "nl") != {
        "Markov": "asserts"
    }
    assert _stances("Zoals Getty ook zegt: de oppositie was zwak.", "nl") == {
        "pers_getty": "asserts"
    }
    assert _stances("Die von Weber beobachtete Verteilung zeigt, dass MPn vorne stehen.", "de") == {
        "pers_weber": "asserts"
    }


def test_a_dutch_relative_die_gives_the_verb_its_antecedent() -> None:
    assert _stances(
        "Veel leiders eisten straffen, waaronder Orlov die zei dat het genoeg was.", "nl"
    ) == {"Orlov": "asserts"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Getty incorrectly claims that the centre was weak.", "en"),
        ("Getty wrongly assumes that the centre was weak.", "en"),
        ("Getty nimmt irrtümlich an, dass die Zentrale schwach war.", "de"),
        ("Getty behauptet zu Unrecht, dass die Zentrale schwach war.", "de"),
        ("Getty stelt ten onrechte dat het centrum zwak was.", "nl"),
        ("Getty affirme à tort que le centre était faible.", "fr"),
    ],
)
def test_a_view_the_author_calls_wrong_is_held_and_rejected(sentence: str, language: str) -> None:
    reading = read_sentence(sentence, language, KNOWN)
    assert [(f.claimant.actor, f.stance) for f in reading.found] == [("pers_getty", "asserts")]
    assert reading.author == "disputes"
