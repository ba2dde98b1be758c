"""Name matching measured on a gold set of persons and name pairs across transliterations.

The protocol: each name of a pair is indexed alone and the other asked with
:meth:`~purgehist.names.NameMatcher.match`; a same-person pair counts as found only when both
directions find the indexed actor, a different-person pair as rejected only when neither does.
A *namesake-absent* query, whose person is not in the index, must be answered "no match" or
"ambiguous". ``scripts/names_accuracy.py`` prints the figures; the gold set and its held-out
split are described in ``tests/names/data/README.md`` of a source checkout.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from attrs import Factory, define

from purgehist.evaluation.scoring import Tally as _Tally
from purgehist.model import Actor
from purgehist.names import NameMatcher

__all__ = [
    "FULL_ORDERS",
    "HELD_OUT",
    "HELD_OUT_SEED",
    "PARTS",
    "NameReport",
    "NameTally",
    "held_out",
    "in_part",
    "indexed_form",
    "load_gold",
    "measure",
    "summary",
]

HELD_OUT_SEED = 20250417
HELD_OUT_SHARE = 0.2
HELD_OUT = frozenset(
    {"allilueva_nadezhda", "enukidze", "khlevniuk", "khrushchev_nikita", "medvedeva_natalia",
     "mikoyan", "nikolaev", "orlov", "shkiryatov", "starkov", "trotsky", "ulrikh", "zemskov",
     "zinoviev"}
)  # fmt: skip
"""The persons kept apart (``random.Random(HELD_OUT_SEED).sample`` of the sorted ids, 20 %):
they were evaluated only once the matcher was finished, and are reported separately."""

PARTS = ("dev", "heldout", "all")
FULL_ORDERS = ("given_surname", "given_patronymic_surname", "surname_given")


def load_gold(data: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """The persons by id and the pairs file."""
    persons = json.loads((data / "persons.json").read_text(encoding="utf-8"))["persons"]
    pairs = json.loads((data / "pairs.json").read_text(encoding="utf-8"))
    return {p["id"]: p for p in persons}, pairs


def held_out(ids: Iterable[str]) -> frozenset[str]:
    """The held-out persons: a seeded sample of 20 % of the sorted ids."""
    ordered = sorted(ids)
    rng = random.Random(HELD_OUT_SEED)
    return frozenset(rng.sample(ordered, round(len(ordered) * HELD_OUT_SHARE)))


def in_part(person_ids: Iterable[str], part: str) -> bool:
    """Whether an item about *person_ids* belongs to *part* (held out if any person is)."""
    heldout = any(p in HELD_OUT for p in person_ids)
    return part == "all" or (part == "heldout") == heldout


def _script(lang: str) -> str:
    return "Cyrillic" if lang == "ru" else "Latin"


def _finds(indexed: str, query: str) -> bool:
    return NameMatcher([Actor(id="indexed", name=indexed)]).match(query) == "indexed"


@define
class NameTally(_Tally):
    """Right answers out of a total, with a label for each wrong one."""

    misses: list[str] = Factory(list)

    def note(self, ok: bool, label: str) -> None:
        """Count one answer, keeping *label* when it is wrong."""
        if not self.add(ok):
            self.misses.append(label)

    def __str__(self) -> str:
        return f"{self.right}/{self.total} ({100 * self.share:.1f} %)"


def _tallies() -> defaultdict[str, NameTally]:
    return defaultdict(NameTally)


@define
class NameReport:
    """The figures of one part of the gold set."""

    same: NameTally = Factory(NameTally)
    different: NameTally = Factory(NameTally)
    same_by_langs: defaultdict[str, NameTally] = Factory(_tallies)
    same_by_scripts: defaultdict[str, NameTally] = Factory(_tallies)
    different_by_scripts: defaultdict[str, NameTally] = Factory(_tallies)
    namesakes: defaultdict[str, NameTally] = Factory(_tallies)


def measure_pairs(pairs: Sequence[dict[str, Any]], part: str, report: NameReport) -> None:
    """Ask each pair in both directions with one name indexed alone."""
    for pair in pairs:
        if not in_part(pair["person"].split("|"), part):
            continue
        a, b = pair["a"], pair["b"]
        found = (_finds(a, b), _finds(b, a))
        langs = "–".join(sorted((pair["a_lang"], pair["b_lang"])))
        scripts = "–".join(sorted((_script(pair["a_lang"]), _script(pair["b_lang"]))))
        label = f"{a!r} ~ {b!r} [{pair['a_lang']}/{pair['b_lang']}] found {found}"
        if pair["same"]:
            report.same.note(all(found), label)
            report.same_by_langs[langs].note(all(found), label)
            report.same_by_scripts[scripts].note(all(found), label)
        else:
            report.different.note(not any(found), label)
            report.different_by_scripts[scripts].note(not any(found), label)


def indexed_form(person: dict[str, Any], how: str) -> str:
    """The one form a user indexes *person* under: ``en`` (English ``given surname`` as
    printed), ``ru`` (the Cyrillic original) or ``random`` (a seeded Latin full name)."""
    if how == "ru":
        return str(person["cyrillic"])
    forms = [f for f in person["forms"] if not f.get("alias")]
    if how == "en":
        return next(
            str(f["form"])
            for f in forms
            if f["lang"] == "en" and f["order"] == "given_surname" and f["evidence"] != "derived"
        )
    latin = sorted(str(f["form"]) for f in forms if f["lang"] != "ru" and f["order"] in FULL_ORDERS)
    return random.Random(f"{HELD_OUT_SEED}:{person['id']}").choice(latin)


def measure_namesakes(
    cases: Sequence[dict[str, Any]],
    persons: dict[str, dict[str, Any]],
    part: str,
    report: NameReport,
    how: str,
) -> None:
    """Ask each namesake-absent query of an index that lacks its person."""
    for case in cases:
        if not in_part([case["absent_person"], *case["namesakes_in_index"]], part):
            continue
        actors = [Actor(id=pid, name=indexed_form(persons[pid], how)) for pid in case["index"]]
        matcher = NameMatcher(actors)
        got = matcher.match(case["query"])
        status = _status(matcher, case["query"], got)
        label = f"{case['query']!r} [{case['query_lang']}] → {got} ({status})"
        report.namesakes[case["expected"]].note(got is None, label)
        report.namesakes["all"].note(got is None, label)
        try:  # a matcher told that a surname alone identifies no one
            strict = NameMatcher(actors, surname_alone=False).match(case["query"])
        except TypeError:  # the matcher before surname_alone
            continue
        report.namesakes["all (surname_alone=False)"].note(strict is None, label)


def _status(matcher: NameMatcher, query: str, got: str | None) -> str:
    identify = getattr(matcher, "identify", None)
    if identify is None:  # the matcher before identify(): None is "no match or ambiguous"
        return "match" if got else "none"
    return str(identify(query).status.value)


def measure(part: str, data: Path, how: str = "en") -> NameReport:
    """All figures of *part* (``dev``, ``heldout`` or ``all``)."""
    persons, pairs = load_gold(data)
    report = NameReport()
    measure_pairs(pairs["pairs"], part, report)
    measure_namesakes(pairs["namesake_absent"], persons, part, report, how)
    return report


def summary(report: NameReport) -> dict[str, Any]:
    """The figures as plain data."""

    def table(tallies: dict[str, NameTally]) -> dict[str, list[int]]:
        return {key: [t.right, t.total] for key, t in sorted(tallies.items())}

    return {
        "same_found": [report.same.right, report.same.total],
        "different_rejected": [report.different.right, report.different.total],
        "same_by_scripts": table(report.same_by_scripts),
        "different_by_scripts": table(report.different_by_scripts),
        "same_by_langs": table(report.same_by_langs),
        "namesake_absent_unmatched": table(report.namesakes),
    }
