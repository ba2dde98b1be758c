"""Constructions that name a claimant away from the reporting verb: the antecedent of a
relative clause (clefts included), a reporting passive before an infinitive, a plural noun
phrase pointing to texts named before, an adjunct between subject and verb, and a reporting
adjunct with *for* or an opening *on X's reading*. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.read import parse_text

KNOWN = {"getty": "pers_getty", "conquest": "pers_conquest", "weber": "pers_weber"}
NAMES = {"Orlov", "Stalin"}


def _found(sentence: str, lang: str) -> list[tuple[str, str, str]]:
    reading = read_sentence(sentence, lang, KNOWN, names=NAMES)
    return [(f.claimant.kind, f.claimant.name, f.stance) for f in reading.found]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("It is Getty who argues that the lists came from below.", "en"),
        ("It was Getty (1985) who first claimed that the lists came from below.", "en"),
        ("I side here with Getty who argues that the lists came from below.", "en"),
        ("Es ist Weber, der behauptet, dass die Listen echt sind.", "de"),
        ("Weber, der annimmt, dass die Listen echt sind, übersieht die Quellen.", "de"),
    ],
)
def test_a_cleft_or_relative_clause_gives_the_verb_its_antecedent(sentence: str, lang: str) -> None:
    assert [name for _, name, _ in _found(sentence, lang)][:1] in (["Getty"], ["Weber"])


def test_a_german_plural_relative_does_not_take_a_singular_name_before_it() -> None:
    found = _found("Weber kennt Studien, die behaupten, dass die Listen echt sind.", "de")
    assert ("known", "Weber", "asserts") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Getty is said to have argued that the lists were genuine.",
        "Getty was reported to believe that the lists were genuine.",
    ],
)
def test_a_reporting_passive_keeps_the_claim_with_its_raised_subject(sentence: str) -> None:
    assert _found(sentence, "en") == [("known", "Getty", "asserts")]


def test_an_agentless_reporting_passive_names_no_one() -> None:
    assert _found("The lists are said to be genuine.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("These studies argue that the lists came from below.", "en"),
        ("Both authors argue that the lists came from below.", "en"),
        ("Die beiden Autoren nehmen an, dass die Listen echt sind.", "de"),
        ("Ces deux auteurs affirment que les listes sont authentiques.", "fr"),
        ("Beide auteurs beweren dat de lijsten echt zijn.", "nl"),
    ],
)
def test_a_plural_phrase_for_texts_named_before_is_a_plural_pronoun(
    sentence: str, lang: str
) -> None:
    assert _found(sentence, lang) == [("pronoun", "they", "asserts")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Getty in his 1990 book argued that the lists came from below.",
        "Conquest (1968) in those years maintained that the lists came from below.",
    ],
)
def test_an_adjunct_between_subject_and_verb_keeps_the_subject(sentence: str) -> None:
    assert [name for _, name, _ in _found(sentence, "en")] in (["Getty"], ["Conquest"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The archives of Getty in Moscow suggest that the lists came from below.",
        "The colleagues around Getty at Riverside did not find that the lists were genuine.",
    ],
)
def test_a_name_inside_an_object_or_a_place_is_no_subject_over_an_adjunct(sentence: str) -> None:
    assert ("known", "Getty", "asserts") not in _found(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "lang", "who"),
    [
        ("For Getty, the lists came from below.", "en", "Getty"),
        ("For Getty (1990), the lists came from below.", "en", "Getty"),
        ("The famine was, for the author, the turning point of the decade.", "en", "author"),
        ("The famine was, for her, the turning point of the decade.", "en", "her"),
        ("Für Weber sind die Listen echt.", "de", "Weber"),
        ("Voor Getty waren de lijsten echt.", "nl", "Getty"),
        ("On Getty's reading, the lists came from below.", "en", "Getty"),
        ("In Getty's conception, the lists came from below.", "en", "Getty"),
    ],
)
def test_a_reporting_adjunct_makes_the_sentence_its_claimants_view(
    sentence: str, lang: str, who: str
) -> None:
    assert [(name, stance) for _, name, stance in _found(sentence, lang)] == [(who, "asserts")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He wrote a book for Getty, who liked it.",
        "For Getty's sake, the lists were kept.",
        "For example, the lists came from below.",
        "Getty's reading of the sources is careful.",
        "The focus is not on Getty's life or ideas but on the archive.",
        "The literature on the lists is large (for Getty, see chapter 2).",
        "The literature on the lists is large (for Getty, cf. chapter 2).",
    ],
)
def test_for_and_on_before_a_name_are_otherwise_no_source(sentence: str) -> None:
    assert _found(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Es gibt Autoren, die behaupten, dass die Listen echt sind.", "de"),
        ("There are scholars who argue that the lists came from below.", "en"),
    ],
)
def test_a_relative_clause_on_a_group_gives_the_group_the_claim(sentence: str, lang: str) -> None:
    assert [(kind, stance) for kind, _, stance in _found(sentence, lang)] == [("group", "asserts")]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Getty goes too far in claiming that the lists came from below.", "en"),
        ("Getty gaat te ver als hij beweert dat de lijsten echt zijn.", "nl"),
        ("Weber geht zu weit, wenn er behauptet, dass die Listen echt sind.", "de"),
        ("Selon Getty, qui va trop loin, les listes sont authentiques.", "fr"),
    ],
)
def test_a_reservation_in_the_claimants_clause_makes_the_author_qualify(
    sentence: str, lang: str
) -> None:
    assert read_sentence(sentence, lang, KNOWN, names=NAMES).author == "qualifies"


PAIR = """\
Introduction

Getty and Conquest wrote on the same lists. The latter argues that the lists were made in \
Moscow. The former holds that they came from the regions.

References

Conquest, Robert. 1990. The Great Terror. Oxford: Oxford University Press.
Getty, J. Arch. 1985. Origins of the Great Purges. Cambridge: Cambridge University Press.
"""


def test_the_former_and_the_latter_pick_one_of_the_pair_named_before() -> None:
    dataset = parse_text(PAIR).dataset
    names = {a.id: a.name for a in dataset.actors}
    claims = {
        (c.quote or c.text)[:10]: [names[a.actor] for a in c.attributions] for c in dataset.claims
    }
    assert claims == {"The latter": ["Robert Conquest"], "The former": ["J. Arch Getty"]}
    assert dataset.claims[0].text.startswith("Conquest argues that")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Letzterer nimmt an, dass die Listen echt sind.", "de"),
        ("Laatstgenoemde beweert dat de lijsten echt zijn.", "nl"),
        ("Ce dernier affirme que les listes sont authentiques.", "fr"),
    ],
)
def test_the_latter_is_a_pronoun_in_every_language(sentence: str, lang: str) -> None:
    assert [(kind, stance) for kind, _, stance in _found(sentence, lang)] == [
        ("pronoun", "asserts")
    ]


def test_for_the_latter_is_no_reporting_adjunct() -> None:
    assert _found("For the latter, no archive was ever opened.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "lang", "stance"),
    [
        (
            "Dabei bestreitet Weber (2005) zusammen mit Getty (1990), dass die Listen echt sind.",
            "de",
            "disputes",
        ),
        ("Getty, together with Conquest, argues that the lists came from below.", "en", "asserts"),
    ],
)
def test_a_person_acting_with_the_subject_shares_its_claim(
    sentence: str, lang: str, stance: str
) -> None:
    assert {(name, s) for _, name, s in _found(sentence, lang)} == {
        ("Weber" if lang == "de" else "Getty", stance),
        ("Getty" if lang == "de" else "Conquest", stance),
    }


def test_english_with_after_the_verb_is_its_object_not_a_co_claimant() -> None:
    found = _found("Getty argues with Conquest that the lists came from below.", "en")
    assert found == [("known", "Getty", "asserts")]


def test_bare_with_after_the_subject_is_no_co_claimant() -> None:
    found = _found(
        "Dabei kritisiert Weber (2005) mit Recht die These, dass die Listen echt sind.", "de"
    )
    assert all(name != "Recht" for _, name, _ in found)
    found = _found("Dabei kritisiert Weber (2005) mit Getty (1990) die Fragestellung.", "de")
    assert [name for _, name, _ in found] == ["Weber"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Für Weber, siehe Kapitel 2.", "de"),
        ("Für Weber, vgl. Kapitel 2.", "de"),
        ("Voor Getty, zie hoofdstuk 2.", "nl"),
        ("Voor Getty zijn boek publiceerde, dacht men dat de lijsten echt waren.", "nl"),
    ],
)
def test_a_pointer_or_dutch_voor_meaning_before_is_no_reporting_adjunct(
    sentence: str, lang: str
) -> None:
    assert ("known", "Getty", "asserts") not in _found(sentence, lang)
    assert ("known", "Weber", "asserts") not in _found(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Getty argues that the NKVD exaggerated the numbers.", "en"),
        ("Conquest argues that the regional leaders went too far.", "en"),
        ("Getty stelt dat de NKVD de aantallen overdreef.", "nl"),
        ("Weber behauptet, dass die Presse übertrieb.", "de"),
        ("Getty affirme que la presse exagère le danger.", "fr"),
    ],
)
def test_a_reservation_inside_the_reported_clause_is_the_claimants_not_the_authors(
    sentence: str, lang: str
) -> None:
    assert read_sentence(sentence, lang, KNOWN, names=NAMES).author is None


FORMER_ADJECTIVE = PAIR.replace(
    "The latter argues that the lists were made in Moscow. The former holds that they came "
    "from the regions.",
    "According to the former Soviet officials, the lists were made in Moscow.",
)


def test_the_former_before_a_noun_is_an_adjective_not_a_pronoun() -> None:
    assert "former Soviet" in FORMER_ADJECTIVE
    assert not parse_text(FORMER_ADJECTIVE).dataset.claims
