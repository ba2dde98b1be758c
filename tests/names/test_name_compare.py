"""Same person? Surnames across systems, then given names, patronymics and initials."""

from __future__ import annotations

import pytest

from purgehist import NameAgreement, same_person
from purgehist.names import parse_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("N. S. Chruschtschow", "Nikita Sergejewitsch Chruschtschow"),
        ("Никита Сергеевич Хрущёв", "Khrushchev, N. S."),
        ("Хрущев Н. С.", "Nikita Khrouchtchev"),  # Russian order, ё written as е
        ("J. V. Stalin", "Иосиф Виссарионович Сталин"),  # J. through Joseph
        ("Joseph Stalin", "Jozef Stalin"),
        ("Leon Trotsky", "Лев Давидович Троцкий"),
        ("Schores Medwedew", "Жорес Александрович Медведев"),
        ("Zh. A. Medvedev", "Medwedew, Schores"),
        ("Ezhov, N. I. (Nikolaĭ Ivanovich), 1895-1940", "Nikolaï Iejov"),
        ("Stalin, Joseph, 1878-1953", "I. V. Stalin"),
        ("Kamenev", "Lev Borisovich Kamenev"),  # a surname alone: nothing contradicts
    ],
)
def test_the_same_person(a: str, b: str) -> None:
    verdict = same_person(a, b)
    assert verdict.same, verdict.reason
    assert verdict.same == same_person(b, a).same


@pytest.mark.parametrize(
    ("a", "b", "given", "patronymic"),
    [
        ("Sergei Khrushchev", "Nikita Khrushchev", "disagree", "unknown"),  # son, father
        ("Roy Medvedev", "Zhores Medvedev", "disagree", "unknown"),  # twins
        ("L. M. Kaganovich", "Михаил Моисеевич Каганович", "disagree", "initial"),  # brothers
        ("S. A. Medwedew", "Sergei Pawlowitsch Medwedew", "initial", "disagree"),
        ("Н. С. Аллилуева", "Svetlana Alliluyeva", "disagree", "unknown"),
    ],
)
def test_namesakes_are_told_apart_by_given_names(
    a: str, b: str, given: str, patronymic: str
) -> None:
    verdict = same_person(a, b)
    assert not verdict.same
    assert verdict.surname is not None  # the surnames are one: the given names decide
    assert (verdict.given.value, verdict.patronymic.value) == (given, patronymic)
    assert verdict.score == 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [("Nikolai Yezhov", "Yevgenia Yezhova"), ("Georgy Zhukov", "Sergei Zhuk"), ("Radek", "Rykov")],
)
def test_different_surnames_are_different_people(a: str, b: str) -> None:
    verdict = same_person(a, b)
    assert (verdict.same, verdict.surname, verdict.score) == (False, None, 0.0)
    assert verdict.reason == "the surnames do not read as one name"


def test_the_verdict_names_the_forms_and_the_systems_that_connect_them() -> None:
    verdict = same_person("Jeschow, Nikolai Iwanowitsch", "Nikolaj Jezjov")
    assert verdict.a == parse_name("Jeschow, Nikolai Iwanowitsch")
    assert verdict.b.family == "Jezjov"
    assert verdict.surname is not None
    assert verdict.surname.cyrillic == "ежов"
    assert (verdict.surname.systems_a, verdict.surname.systems_b) == (("de",), ("nl",))
    assert verdict.given is NameAgreement.AGREE
    assert verdict.patronymic is NameAgreement.UNKNOWN
    assert "ежов" in verdict.reason
    assert "de ~ nl" in verdict.reason


def test_the_score_grows_with_the_evidence() -> None:
    scores = [
        same_person("Yezhov", "Ежов").score,
        same_person("N. Yezhov", "Николай Ежов").score,
        same_person("Nikolai Yezhov", "Николай Ежов").score,
        same_person("Nikolai Ivanovich Yezhov", "Николай Иванович Ежов").score,
    ]
    assert scores == sorted(scores)
    assert scores[0] == 60.0
    assert scores[-1] == 100.0


@pytest.mark.parametrize(
    ("text", "surname", "given"),
    [
        ("Ежов Николай Иванович", "Ежов", ("Николай", "Иванович")),
        ("Ежов Н. И.", "Ежов", ("Н.", "И.")),
        ("N.S Chroesjtsjov", "Chroesjtsjov", ("N.", "S")),
        ("Iagoda, G. G. (Genrikh Grigorʹevich), 1891-1938", "Iagoda", ("Genrikh", "Grigorʹevich")),
        ("Lazar Moiseevich Kaganovich", "Kaganovich", ("Lazar", "Moiseevich")),
        ("A. P. van Goudoever", "van Goudoever", ("A.", "P.")),
    ],
)
def test_names_are_split_in_any_order(text: str, surname: str, given: tuple[str, ...]) -> None:
    parts = parse_name(text)
    assert (parts.surname, parts.given) == (surname, given)
