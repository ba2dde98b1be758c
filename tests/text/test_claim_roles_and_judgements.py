"""The author under discussion named by a role noun after *according to* and its equivalents,
the author's judgement as an adverb between a reporter and the verb, and the verbs by which a
text goes on with a scholar's account, in English, German, Dutch and French. The sentences are
made up for the tests."""

from __future__ import annotations

import pytest

from purgehist.formats.text.attribution import read_sentence
from purgehist.formats.text.read import parse_text

KNOWN = {"smith": "pers_smith", "weber": "pers_weber", "jansen": "pers_jansen"}


def _found(sentence: str, lang: str) -> tuple[list[tuple[str, str, str | None]], str | None]:
    read = read_sentence(sentence, lang, KNOWN)
    return [(f.claimant.kind, f.claimant.name, f.claimant.actor) for f in read.found], read.author


@pytest.mark.parametrize(
    ("sentence", "lang", "role"),
    [
        ("According to the author, the lists were drawn up locally.", "en", "author"),
        ("The lists were drawn up locally, according to the author.", "en", "author"),
        ("Volgens de auteur werden de lijsten lokaal opgesteld.", "nl", "auteur"),
        ("Selon l'auteur, les listes étaient établies localement.", "fr", "l'auteur"),
        ("Nach der Autorin seien die Listen lokal erstellt worden.", "de", "autorin"),
        ("Nach dem Verfasser waren die Listen lokal.", "de", "verfasser"),
    ],
)
def test_a_role_noun_after_according_to_points_to_the_author_discussed(
    sentence: str, lang: str, role: str
) -> None:
    assert _found(sentence, lang)[0] == [("pronoun", role, None)]


def test_a_title_before_a_name_is_no_role() -> None:
    found = _found("According to the author Smith, the lists were local.", "en")[0]
    assert found == [("known", "Smith", "pers_smith")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach dem Krieg wurden die Listen lokal erstellt.",
        "Nach der Reform stellten die Behörden die Listen lokal auf.",
    ],
)
def test_nach_before_anything_but_a_role_means_after(sentence: str) -> None:
    assert _found(sentence, "de")[0] == []


@pytest.mark.parametrize(
    ("sentence", "lang", "author"),
    [
        ("As Smith convincingly shows, the lists were drawn up locally.", "en", "asserts"),
        ("Zoals Jansen overtuigend aantoont, werden de lijsten lokaal opgesteld.", "nl", "asserts"),
        ("Wie Weber überzeugend zeigt, wurden die Listen lokal erstellt.", "de", "asserts"),
        ("Wie Weber zu Recht bemerkt, wurden die Listen lokal erstellt.", "de", "asserts"),
        ("Jansen stelt ten onrechte dat de lijsten lokaal werden opgesteld.", "nl", "disputes"),
        ("Jansen stelt terecht dat de lijsten lokaal werden opgesteld.", "nl", "asserts"),
        ("Weber behauptet fälschlicherweise, dass die Listen lokal waren.", "de", "disputes"),
        ("Smith affirme à tort que les listes étaient locales.", "fr", "disputes"),
    ],
)
def test_the_authors_judgement_between_reporter_and_verb_keeps_the_reporter(
    sentence: str, lang: str, author: str
) -> None:
    found, stance = _found(sentence, lang)
    assert [actor for _, _, actor in found] == [KNOWN[found[0][1].casefold()]]
    assert stance == author


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("He goes on to argue that the lists were drawn up locally.", "en"),
        ("She went on to claim that the lists were drawn up locally.", "en"),
        ("He continues: the lists were drawn up locally.", "en"),
        ("Er fügt hinzu, dass die Listen lokal erstellt wurden.", "de"),
        ("Sie ergänzt, dass die Listen lokal erstellt wurden.", "de"),
        ("Hij voegt eraan toe dat de lijsten lokaal werden opgesteld.", "nl"),
        ("Zij vult aan dat de lijsten lokaal werden opgesteld.", "nl"),
        ("Hij vervolgt dat de lijsten lokaal werden opgesteld.", "nl"),
    ],
)
def test_a_pronoun_going_on_with_an_account_is_a_claimant(sentence: str, lang: str) -> None:
    assert [kind for kind, _, _ in _found(sentence, lang)[0]] == ["pronoun"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The debate continues to this day.", "en"),
        ("Er fügt der Liste einen Namen hinzu.", "de"),
        ("Hij vult de lijst aan met namen.", "nl"),
        ("To go on to argue that the lists were local would be rash.", "en"),
    ],
)
def test_adding_to_a_thing_rather_than_a_statement_attributes_nothing(
    sentence: str, lang: str
) -> None:
    assert _found(sentence, lang)[0] == []


def test_the_author_after_nach_is_the_scholar_the_paragraph_discusses() -> None:
    text = (
        "Einleitung\n\n"
        "Weber (1999) bezweifelt, dass die Listen zentral erstellt wurden. Nach dem Autor "
        "seien die Listen vielmehr in den Bezirken entstanden.\n\n"
        "Literatur\n\n"
        "Weber, Max, Die Listen (Berlin 1999).\n"
    )
    dataset = parse_text(text).dataset
    names = {a.id: a.name for a in dataset.actors}
    claim = next(c for c in dataset.claims if (c.quote or c.text).startswith("Nach dem Autor"))
    assert [(names[a.actor], a.stance.value) for a in claim.attributions] == [
        ("Max Weber", "asserts")
    ]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Smith (1990) and Weber (2003: 12) argue that the lists were drawn up locally.", "en"),
        ("According to Smith (1990) and Weber (2003), the lists were drawn up locally.", "en"),
        ("Bei Smith (1990: 120–121) und Weber (2003: 340) heißt es, die Listen seien lokal.", "de"),
        ("Smith (1990) und Weber (2003) nehmen an, dass die Listen lokal waren.", "de"),
        ("Volgens Smith (1990) en Jansen (2003) werden de lijsten lokaal opgesteld.", "nl"),
    ],
)
def test_names_joined_over_their_citations_are_all_claimants(sentence: str, lang: str) -> None:
    assert len(_found(sentence, lang)[0]) == 2


@pytest.mark.parametrize(
    ("sentence", "claimants"),
    [
        ("Weber (2002: 80) spricht von Absolutheit und Kategorizität.", ["Weber"]),
        ("Weber sprach über die Reform von 1990.", []),
    ],
)
def test_speaking_of_a_notion_is_a_view_and_speaking_about_a_topic_is_not(
    sentence: str, claimants: list[str]
) -> None:
    assert [name for _, name, _ in _found(sentence, "de")[0]] == claimants


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Doch wie er selbst bemerkt, ist diese Version nicht eindeutig.", "de"),
        ("Aber wie Weber zeigt, ist diese Version nicht eindeutig.", "de"),
        ("But as Smith notes, the lists were drawn up locally.", "en"),
        ("Maar zoals Jansen opmerkt, werden de lijsten lokaal opgesteld.", "nl"),
    ],
)
def test_an_as_clause_after_an_opening_conjunction_is_the_reporters(
    sentence: str, lang: str
) -> None:
    assert len(_found(sentence, lang)[0]) == 1
