"""Attributions in single sentences: stances, pronouns, names the bibliography lacks, groups
and the claim text that reads alone. The sentences are made up for the tests."""

from __future__ import annotations

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.claim_cues import CLAIM_CUES, parse_cue_option, register_cues
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
