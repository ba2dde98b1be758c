"""French constructions of attribution: reporting verbs and their clitics, *selon*/*d’après*
and a detached *pour X*, relatives and *comme* with an inverted subject, views credited by a
passive, a view weighed by the author, the reportive conditional, and pronouns resolved in a
paragraph. The sentences are made up for the tests (a history of French grammar)."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import Found, Mentioned, read_sentence
from purgehist.formats.text.claim_continuation import continues
from purgehist.formats.text.claim_french import french_tokens, skip_words
from purgehist.formats.text.read import parse_text
from purgehist.model import Dataset

KNOWN = {"dubois": "pers_dubois", "lemaire": "pers_lemaire", "arnauld": "pers_arnauld"}
NAMES = {"Vasseur", "Morin"}


def _stances(sentence: str) -> dict[str, str]:
    found = read_sentence(sentence, "fr", KNOWN, names=NAMES).found
    return {f.claimant.actor or f.claimant.name: f.stance for f in found}


def _author(sentence: str) -> str | None:
    return read_sentence(sentence, "fr", KNOWN, names=NAMES).author


def test_elided_words_and_inverted_pronouns_are_split_from_names_and_verbs() -> None:
    low = french_tokens("Les règles qu’avance Arnauld, ajoute-t-il, l’affirment d’emblée.").low
    assert low == [
        "les", "règles", "qu’", "avance", "arnauld", ",", "ajoute", "il", ",", "l’",
        "affirment", "d’emblée",
    ]  # fmt: skip
    assert "d’après" in french_tokens("D’après Lemaire, la liaison recule.").low


def test_french_clitics_are_skipped_only_in_a_text_read_as_french() -> None:
    assert {"en", "a", "les", "y"} <= skip_words(["fr"])
    assert not {"en", "a", "les", "y"} & skip_words(["nl", "en", "de", "fr"])
    sentence = (
        "In zijn boek verzamelde Getty nieuwe cijfers en beweerde dat de terreur kleiner was."
    )
    found = read_sentence(sentence, None, {"getty": "pers_getty"}).found
    assert [(f.claimant.actor, f.stance) for f in found] == [("pers_getty", "asserts")]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Dubois soutient que le passé simple a disparu de l’oral.", "asserts"),
        ("Dubois propose que la liaison soit décrite comme une consonne latente.", "asserts"),
        ("Dubois suppose que les grammairiens du XVIIe siècle prononçaient la finale.",
         "asserts"),
        ("Dubois considère que la règle est une invention des maîtres d’école.", "asserts"),
        ("Dubois défend l’idée que l’orthographe a fixé la prononciation.", "asserts"),
        ("Dubois a montré que la règle date du XVIe siècle.", "asserts"),
        ("Dubois rejette l’hypothèse d’une origine picarde.", "disputes"),
        ("Dubois conteste qu’il y ait eu une réforme.", "disputes"),
        ("Dubois n’affirme pas que la règle soit ancienne.", "disputes"),
        ("Dubois les décrit comme des emprunts savants.", "asserts"),
        ("Dubois pose une distinction nette entre liaison et enchaînement.", "asserts"),
    ],
)  # fmt: skip
def test_french_reporting_verbs_over_clitics_and_auxiliaries(sentence: str, stance: str) -> None:
    assert _stances(sentence) == {"pers_dubois": stance}


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon Lemaire, le subjonctif imparfait ne s’emploie plus à l’oral.",
        "D’après Lemaire (1985), le subjonctif imparfait ne s’emploie plus.",
        "Pour Lemaire, le subjonctif imparfait est une forme littéraire.",
        "Le subjonctif imparfait est, pour Lemaire, une forme littéraire.",
        "Pour Lemaire en revanche, le subjonctif imparfait est une forme littéraire.",
        "Comme l’a souligné Lemaire (1985), le subjonctif imparfait est une forme littéraire.",
        "Lemaire, quant à elle, affirme que le subjonctif imparfait est une forme littéraire.",
        "L’idée de Lemaire selon laquelle le subjonctif recule est ancienne.",
    ],
)
def test_selon_pour_comme_and_a_subject_aside_name_the_source(sentence: str) -> None:
    assert _stances(sentence) == {"pers_lemaire": "asserts"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cette règle vaut pour Morin comme pour tout locuteur du Midi.",
        "La liaison est facultative pour Vasseur et obligatoire chez ses élèves.",
        "Le maître d’école l’interroge pour lui demander la règle du participe passé.",
    ],
)
def test_pour_before_a_beneficiary_names_no_source(sentence: str) -> None:
    assert _stances(sentence) == {}


def test_a_relative_clause_with_its_subject_after_the_verb() -> None:
    assert _stances("L’analyse que propose Lemaire repose sur des manuscrits.") == {
        "pers_lemaire": "asserts"
    }
    assert _stances("Les exemples que donne Vasseur sont tous tirés de Racine.") == {
        "Vasseur": "asserts"
    }
    assert _stances("Les règles qu’avance Arnauld valent pour toutes les langues.") == {
        "pers_arnauld": "asserts"
    }
    assert _stances("La question que pose Lemaire reste ouverte.") == {}
    assert _stances("Les formes que nomme Lemaire archaïsantes sont rares.") == {}


def test_what_a_relative_credits_is_its_subjects_unless_a_contrast_governs_it() -> None:
    assert _stances("Cette graphie reprend ce que proposent Dubois et Lemaire pour le picard.") == {
        "pers_dubois": "asserts",
        "pers_lemaire": "asserts",
    }
    assert _stances("À l’inverse de ce qu’affirme Lemaire, la liaison se maintient.") == {}
    assert _stances("À l’inverse de ce qu’a proposé Lemaire, la liaison se maintient.") == {}
    assert _stances("Contrairement à Dubois, Lemaire date la règle du XVIIe siècle.") == {
        "pers_dubois": "disputes"
    }


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Comme le montre Lemaire (1985), la forme est déjà ancienne.", "pers_lemaire"),
        ("Comme l’explique Dubois, la liaison recule dans la conversation.", "pers_dubois"),
        ("Comme Dubois l’a montré, la liaison recule dans la conversation.", "pers_dubois"),
        ("Comme le montre la tradition grammaticale française, l’usage prime sur la règle.",
         "tradition grammaticale française"),
    ],
)  # fmt: skip
def test_comme_with_a_verb_of_showing_makes_the_author_agree(sentence: str, claimant: str) -> None:
    assert _stances(sentence) == {claimant: "asserts"}
    assert _author(sentence) == "asserts"


def test_comme_before_an_example_names_no_one() -> None:
    assert _stances("Comme le montre l’exemple (4), la forme est déjà ancienne.") == {}


def test_a_view_credited_by_a_passive_needs_its_content() -> None:
    sentence = (
        "Cette hypothèse, avancée par Dubois puis développée par Lemaire, repose sur l’idée que "
        "l’orthographe fixe la prononciation."
    )
    assert _stances(sentence) == {"pers_dubois": "asserts", "pers_lemaire": "asserts"}
    assert _stances("Le terme de liaison, introduit par Dubois, est resté en usage.") == {}


def test_a_view_the_author_weighs_is_its_owners() -> None:
    sentence = "La définition de Dubois est suffisante pour notre propos."
    assert _stances(sentence) == {"pers_dubois": "asserts"}
    assert _author(sentence) == "asserts"
    sentence = "L’explication de Lemaire est inadéquate pour les verbes du troisième groupe."
    assert _stances(sentence) == {"pers_lemaire": "asserts"}
    assert _author(sentence) == "disputes"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous reviendrons juste après sur la définition de Dubois dans le chapitre suivant.",
        "Cette notion est fondée sur la définition de Dubois et reste en usage.",
    ],
)
def test_just_and_based_on_near_a_view_weigh_nothing(sentence: str) -> None:
    assert _stances(sentence) == {}
    assert _author(sentence) is None


def test_a_weighing_adjective_may_follow_degree_words_and_a_negation_turns_it() -> None:
    sentence = "L’analyse de Lemaire est tout à fait correcte pour les verbes pronominaux."
    assert _stances(sentence) == {"pers_lemaire": "asserts"}
    assert _author(sentence) == "asserts"
    sentence = "L’analyse de Lemaire n’est pas correcte pour les verbes pronominaux."
    assert _stances(sentence) == {"pers_lemaire": "asserts"}
    assert _author(sentence) == "disputes"


def test_a_possessive_view_opening_the_sentence_points_to_its_owner() -> None:
    found = read_sentence("Dans ses termes, la liaison est un fossile.", "fr", KNOWN).found
    assert [(f.claimant.kind, f.claimant.name) for f in found] == [("pronoun", "il")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle se distingue de la règle classique par son ancienneté.",
        "Cette règle est ancienne, du fait qu’elle suppose une prononciation disparue.",
        "Dubois précise ce que sont les liaisons obligatoires.",
        "Dubois explique ce qu’est une liaison obligatoire.",
    ],
)
def test_reflexives_pronouns_of_a_subordinate_clause_and_ce_que_report_nothing(
    sentence: str,
) -> None:
    assert _stances(sentence) == {}


def test_a_verb_before_que_reports_what_follows() -> None:
    sentence = "Dubois précise que les liaisons obligatoires sont rares."
    assert _stances(sentence) == {"pers_dubois": "asserts"}
    sentence = "Il faut citer Dubois, qui soutient que les liaisons obligatoires sont rares."
    assert _stances(sentence) == {"pers_dubois": "asserts"}


_BEFORE = [(Found(Mentioned("known", "Dubois", "pers_dubois"), "selon", "asserts"),
            ("pers_dubois", "Dubois"))]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("La forme serait d’origine picarde et aurait gagné Paris au XVIe siècle.", True),
        ("Et que la liaison se perd dans la conversation.", True),
        ("Si la forme était picarde, la liaison serait attestée au nord.", False),
        ("Mais s’il en était ainsi, la liaison serait attestée au nord.", False),
        ("La liaison serait attestée au nord si la forme était picarde.", False),
        ("La forme serait picarde, même si les chartes n’en disent rien.", True),
        ("La forme serait picarde ; on ignore si elle a gagné Paris.", True),
        ("La forme est d’origine picarde.", False),
    ],
)
def test_the_reportive_conditional_continues_and_a_hypothesis_does_not(
    sentence: str, reported: bool
) -> None:
    assert continues(sentence, "fr", _BEFORE) is reported


HISTORY = """\
Introduction

Dubois (1970) étudie la liaison dans le parler parisien. Il soutient qu’elle recule depuis
un siècle dans la conversation. Selon Lemaire (1985), au contraire, elle se maintient dans
la lecture à haute voix.

Comment Dubois définit-il la liaison ? La liaison est une consonne latente qui n’apparaît
que devant une voyelle. Cette consonne est notée dans l’orthographe.

Bibliographie

Dubois, Jean, La liaison en français parlé (Paris 1970).
Lemaire, Anne, Le français lu à haute voix (Lyon 1985).
"""


def _claims(dataset: Dataset) -> dict[str, list[tuple[str, str]]]:
    names = {a.id: a.name for a in dataset.actors}
    return {
        (c.quote or c.text)[:20]: [(names[a.actor], a.stance.value) for a in c.attributions]
        for c in dataset.claims
    }


def test_il_is_the_scholar_under_discussion_and_a_question_is_answered_in_his_name() -> None:
    claims = _claims(parse_text(HISTORY).dataset)
    assert claims["Il soutient qu’elle "] == [("Jean Dubois", "asserts")]
    assert claims["Selon Lemaire (1985)"] == [("Anne Lemaire", "asserts")]
    assert claims["La liaison est une c"] == [("Jean Dubois", "asserts")]
    assert "Cette consonne est n" not in claims


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon l’analyse de Lemaire, la finale était encore prononcée au XVIIe siècle.",
        "Selon l’analyse lemairienne, la finale était encore prononcée au XVIIe siècle.",
        "La thèse de Lemaire est que la finale était encore prononcée au XVIIe siècle.",
        "L’hypothèse de Lemaire prédit que la finale était encore prononcée.",
        "Chez Lemaire (1985), la finale est encore prononcée au XVIIe siècle.",
    ],
)
def test_a_view_named_by_its_owner_reports_the_owner(sentence: str) -> None:
    assert _stances(sentence) == {"pers_lemaire": "asserts"}


@pytest.mark.parametrize(
    "sentence",
    [
        "La thèse de Lemaire que nous adoptons ici sera discutée au chapitre 3.",
        "Nous reviendrons sur l’analyse de Lemaire au chapitre suivant.",
        "Le livre de Lemaire est paru en 1985.",
        "Chez Lemaire on trouve aussi des exemples picards.",
    ],
)
def test_a_view_only_mentioned_reports_nothing(sentence: str) -> None:
    assert _stances(sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Dubois s’oppose à l’analyse de Lemaire sur ce point.",
        "Dubois critique l’analyse de Lemaire.",
        "Dubois reproche à Lemaire de négliger les manuscrits.",
    ],
)
def test_an_objection_disputes_and_its_target_holds_the_view(sentence: str) -> None:
    assert _stances(sentence) == {"pers_dubois": "disputes", "pers_lemaire": "asserts"}


def test_opposing_two_things_is_no_objection() -> None:
    assert _stances("Dubois oppose la liaison à l’enchaînement.") == {}


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Selon la théorie de la variation, la liaison dépend du registre.",
         "théorie de la variation"),
        ("Dans la tradition des remarqueurs, l’usage de la cour fait la règle.",
         "tradition des remarqueurs"),
        ("La tradition des remarqueurs considère que l’usage de la cour fait la règle.",
         "tradition des remarqueurs"),
    ],
)  # fmt: skip
def test_a_theory_named_by_its_modifier_is_a_claimant(sentence: str, label: str) -> None:
    assert _stances(sentence) == {label: "asserts"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon l’analyse par décomposition, la forme verbale est un composé.",
        "La théorie de la variation est enseignée depuis les années 1970.",
    ],
)
def test_an_analysis_names_no_holder_and_a_theory_only_mentioned_holds_nothing(
    sentence: str,
) -> None:
    assert _stances(sentence) == {}


def test_the_particles_of_a_surname_are_part_of_its_span_not_its_text() -> None:
    t = french_tokens("Selon van der Brugge, la liaison vient de van den Bosch et de van.")
    assert t.text == [
        "Selon", "Brugge", ",", "la", "liaison", "vient", "de", "Bosch", "et", "de", "van",
    ]  # fmt: skip
    assert t.spans[1] == (6, 20)
    assert t.spans[7] == (42, 55)


def test_the_particles_of_a_surname_belong_to_it() -> None:
    known = {**KNOWN, "brugge": "pers_van_brugge"}
    sentence = "Selon van der Brugge, la liaison recule depuis 1950."
    found = read_sentence(sentence, "fr", known).found
    assert [(f.claimant.actor, f.claimant.start) for f in found] == [("pers_van_brugge", 6)]
