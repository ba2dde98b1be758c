"""Who is this? One answer, an ambiguous one, or none, with the candidates' evidence."""

from __future__ import annotations

import pytest

from purgehist import (
    Actor,
    ActorKind,
    IdentificationStatus,
    NameMatcher,
    NameVariant,
    same_person,
)

MATCH, AMBIGUOUS, NO_MATCH = (
    IdentificationStatus.MATCH,
    IdentificationStatus.AMBIGUOUS,
    IdentificationStatus.NO_MATCH,
)


@pytest.fixture(scope="module")
def matcher() -> NameMatcher:
    return NameMatcher(
        [
            Actor(id="roy", name="Roy Medvedev"),
            Actor(id="zhores", name="Жорес Александрович Медведев"),
            Actor(id="yezhov", name="Nikolai Yezhov"),
            Actor(id="bukharin", name="Бухарин Николай Иванович"),
            Actor(
                id="stalin",
                name="Joseph Stalin",
                variants=[NameVariant(name="Иосиф Виссарионович Джугашвили", lang="ru")],
            ),
            Actor(id="nkvd", kind=ActorKind.ORGANISATION, name="NKVD"),
        ]
    )


@pytest.mark.parametrize(
    ("query", "actor"),
    [
        ("Schores Medwedew", "zhores"),
        ("R. A. Medvedev", "roy"),
        ("Jeschow", "yezhov"),  # the one indexed person of that surname
        ("Ежов Н. И.", "yezhov"),
        ("N. I. Boukharine", "bukharin"),
        ("I. V. Stalin", "stalin"),
        ("Джугашвили", "stalin"),  # a variant is indexed too
        ("NKVD", "nkvd"),
    ],
)
def test_one_actor_is_found(matcher: NameMatcher, query: str, actor: str) -> None:
    found = matcher.identify(query)
    assert (found.status, found.best, matcher.match(query)) == (MATCH, actor, actor)


def test_a_surname_borne_by_two_people_is_ambiguous(matcher: NameMatcher) -> None:
    found = matcher.identify("Medwedew")
    assert found.status is AMBIGUOUS
    assert found.ambiguous
    assert found.best is None
    assert matcher.match("Medwedew") is None
    assert [c.actor_id for c in found.candidates] == ["roy", "zhores"]
    assert set(matcher.candidates("Medwedew")) == {"roy", "zhores"}


@pytest.mark.parametrize(
    "query",
    ["Sergei Medvedev", "N. Yezhova", "Vasily Stalin", "Conquest", "Kir", "Nikolaev"],
)
def test_namesakes_who_are_not_indexed_are_not_found(matcher: NameMatcher, query: str) -> None:
    found = matcher.identify(query)
    assert (found.status, found.candidates, found.best) == (NO_MATCH, (), None)


def test_the_candidates_carry_their_evidence(matcher: NameMatcher) -> None:
    assert matcher.identify("Chruschtschow, Nikita").candidates == ()  # not indexed
    found = matcher.identify("Nikolaj Jezjov")
    (candidate,) = found.candidates
    assert candidate.name == "Nikolai Yezhov"
    assert candidate.verdict is not None
    assert candidate.verdict.surname is not None
    assert candidate.verdict.surname.systems_a == ("nl",)
    verdict = same_person("Nikolaj Jezjov", "Nikolai Yezhov")
    assert candidate.score == candidate.verdict.score == verdict.score


def test_an_answer_from_the_surname_alone_says_so(matcher: NameMatcher) -> None:
    assert matcher.identify("Jeschow").surname_only
    assert not matcher.identify("Nikolai Jeschow").surname_only
    strict = NameMatcher([Actor(id="yezhov", name="Nikolai Yezhov")], surname_alone=False)
    assert strict.identify("Jeschow").status is AMBIGUOUS
    assert strict.identify("N. Jeschow").best == "yezhov"


def test_the_person_whose_given_name_agrees_wins_over_a_bare_surname() -> None:
    matcher = NameMatcher([Actor(id="roy", name="Roy Medvedev"), Actor(id="m", name="Medvedev")])
    assert matcher.identify("Roi Medvedev").best == "roy"
    assert matcher.identify("Medvedev").ambiguous


def test_actors_added_later_are_found() -> None:
    matcher = NameMatcher()
    assert matcher.identify("Iejov").status is NO_MATCH
    matcher.add(Actor(id="yezhov", name="Николай Иванович Ежов"))
    assert matcher.match("Iejov") == "yezhov"


def test_organisations_are_found_by_their_whole_name_nearly_spelled() -> None:
    matcher = NameMatcher(
        [Actor(id="gulag", kind=ActorKind.ORGANISATION, name="Glavnoe upravlenie lagerei")]
    )
    assert matcher.match("Glavnoe upravlenie lagerej") == "gulag"
    assert matcher.match("upravlenie") is None
