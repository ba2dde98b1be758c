"""The gold set of names: the targets, on the development persons and the held-out ones.

``python scripts/names_accuracy.py --misses`` prints the figures per language pair and every
miss; ``tests/names/data/README.md`` describes the set, the protocol and the held-out split.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from purgehist import Actor, NameMatcher, same_person
from purgehist.evaluation import names as accuracy

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def gold() -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    persons, pairs = accuracy.load_gold(DATA)
    return persons, pairs


def test_the_held_out_persons_follow_from_their_seed(gold: tuple[dict[str, Any], Any]) -> None:
    persons, _ = gold
    assert accuracy.held_out(persons) == accuracy.HELD_OUT
    assert len(accuracy.HELD_OUT) == 14


@pytest.mark.parametrize("part", ["dev", "heldout", "all"])
def test_pairs_meet_the_targets(part: str) -> None:
    report = accuracy.measure(part, DATA)
    assert report.same.share >= 0.95, report.same.misses
    assert report.different.share >= 0.95, report.different.misses


@pytest.mark.parametrize("index", ["en", "ru", "random"])
def test_namesakes_not_indexed_are_not_taken_for_the_one_who_is(
    gold: tuple[dict[str, dict[str, Any]], dict[str, Any]], index: str
) -> None:
    """A query whose given name, initials or gendered surname rule the indexed namesake out
    finds no one; a bare surname finds the one indexed bearer only as a surname-only answer."""
    persons, pairs = gold
    for case in pairs["namesake_absent"]:
        actors = [Actor(id=i, name=accuracy.indexed_form(persons[i], index)) for i in case["index"]]
        found = NameMatcher(actors).identify(case["query"])
        if case["expected"] == "no_match":
            assert found.best is None, (case["query"], found)
        else:
            assert found.best is None or found.surname_only, (case["query"], found)


def test_same_person_agrees_with_the_matcher_and_is_symmetric(
    gold: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    _, pairs = gold
    for pair in pairs["pairs"]:
        a, b = pair["a"], pair["b"]
        verdict = same_person(a, b)
        assert verdict.same == same_person(b, a).same, (a, b)
        found = NameMatcher([Actor(id="a", name=a)]).match(b)
        assert verdict.same == (found == "a"), (a, b)
